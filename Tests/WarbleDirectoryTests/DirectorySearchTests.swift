import Testing
import WarbleConfig
import WarbleDirectory
import WarbleTestSupport

@Suite("Searching the demo directory in a real slapd")
struct DirectorySearchTests {
    let people = "ou=people,\(TestServices.ldapSuffix)"

    @Test("the service account finds the demo organisation's staff")
    func findsStaff() async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let staff = try await client.search(base: people, filter: "(objectClass=inetOrgPerson)", attributes: ["uid", "title"])
        #expect(staff.count >= 20)
        #expect(staff.allSatisfy { $0.value("uid") != nil && $0.value("title") != nil })
    }

    @Test("names with special characters are found by their escaped value, and only they", arguments: [
        "d'arcy", "björn", "chris (ops)", "sam*", "zoë(qa)*o'hara\\lab",
    ])
    func findsEscapedNames(uid: String) async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let filter = LDAPFilter.fill(LDAPSettings.defaultUserFilter, username: uid)
        let found = try await client.search(base: people, filter: filter, attributes: ["uid", "cn", "mail"])
        #expect(found.count == 1)
        #expect(found.first?.value("uid") == uid)
    }

    @Test("wildcards and filter injection typed as a name match nothing", arguments: ["*", ")(uid=*", "*)(uid=*", "alice)(|(uid=*"])
    func injectionMatchesNothing(uid: String) async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let filter = LDAPFilter.fill(LDAPSettings.defaultUserFilter, username: uid)
        #expect(try await client.search(base: people, filter: filter).isEmpty)
    }

    @Test("group membership shows as memberOf on a person")
    func memberOf() async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let alice = try await client.search(base: people, filter: "(uid=alice)", attributes: ["memberOf"])
        #expect(alice.first?.values("memberOf") == ["cn=warble-admins,ou=groups,\(TestServices.ldapSuffix)"])
    }

    @Test("a wrong service password and an unreachable server give typed, readable errors")
    func failures() async throws {
        var settings = try TestServices.ldapSettings()
        settings.bindPassword = "wrong"
        let refused = await #expect(throws: LDAPError.self) { try await DirectoryClient(settings: settings).checkService() }
        #expect(refused?.isInvalidCredentials == true)
        #expect(refused?.description.contains("Invalid credentials") == true)

        settings = try TestServices.ldapSettings(timeout: 1)
        settings.url = try #require(.init(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/"))
        let down = await #expect(throws: LDAPError.self) { try await DirectoryClient(settings: settings).checkService() }
        #expect(down?.isUnavailable == true)
    }

    @Test("a bind with an empty password is refused before it reaches the server")
    func emptyPassword() async throws {
        var settings = try TestServices.ldapSettings()
        settings.bindPassword = ""
        let error = await #expect(throws: LDAPError.self) { try await DirectoryClient(settings: settings).checkService() }
        #expect(error?.diagnostic == "empty password refused")
    }
}
