import Testing
import WarbleConfig
import WarbleDirectory
import WarbleTestSupport

@Suite("Search-then-bind sign-in against the demo directory")
struct AuthenticationTests {
    @Test("staff sign in with their directory password, whatever characters their name holds", arguments: [
        "alice", "d'arcy", "björn", "chris (ops)", "sam*", "zoë(qa)*o'hara\\lab",
    ])
    func signsIn(uid: String) async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let person = try await client.authenticate(username: uid, password: TestServices.demoPassword)
        #expect(person.uid == uid)
        #expect(person.dn.hasSuffix("ou=people,\(TestServices.ldapSuffix)"))
        #expect(!person.displayName.isEmpty)
        #expect(person.title != nil && person.department != nil)
    }

    @Test("the directory's attributes and groups come back")
    func readsAttributes() async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let alice = try await client.authenticate(username: "alice", password: TestServices.demoPassword)
        #expect(alice.displayName == "Alice Chen")
        #expect(alice.email == "alice@warble.example")
        #expect(alice.title == "Head of IT")
        #expect(alice.department == "IT")
        #expect(alice.groups == ["cn=warble-admins,ou=groups,\(TestServices.ldapSuffix)"])
    }

    @Test("each refusal has its own reason", arguments: [
        ("alice", "wrong-password", LoginFailure.wrongPassword),
        ("nobody-here", TestServices.demoPassword, LoginFailure.unknownUser),
        ("alice", "", LoginFailure.emptyPassword),
        ("", TestServices.demoPassword, LoginFailure.unknownUser),
    ])
    func refusals(username: String, password: String, expected: LoginFailure) async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let error = await #expect(throws: LoginFailure.self) { try await client.authenticate(username: username, password: password) }
        #expect(error == expected)
    }

    @Test("wildcards and filter injection as a name sign nobody in", arguments: ["*", "*)(uid=*", "alice)(|(uid=*", "a*"])
    func injection(username: String) async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings())
        let error = await #expect(throws: LoginFailure.self) { try await client.authenticate(username: username, password: TestServices.demoPassword) }
        #expect(error == .unknownUser)
    }

    @Test("a filter that matches several entries is refused rather than guessing")
    func ambiguous() async throws {
        var settings = try TestServices.ldapSettings()
        settings.userFilter = "(&(objectClass=inetOrgPerson)(departmentNumber={username}))"
        let error = await #expect(throws: LoginFailure.self) {
            try await DirectoryClient(settings: settings).authenticate(username: "Engineering", password: TestServices.demoPassword)
        }
        if case .ambiguousUser = error {} else { Issue.record("expected ambiguousUser, got \(String(describing: error))") }
    }

    @Test("an unreachable directory is reported as unavailable, not as a wrong password")
    func unavailable() async throws {
        var settings = try TestServices.ldapSettings(timeout: 1)
        settings.url = try #require(.init(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/"))
        let error = await #expect(throws: LoginFailure.self) {
            try await DirectoryClient(settings: settings).authenticate(username: "alice", password: TestServices.demoPassword)
        }
        guard case .directoryUnavailable = error else {
            Issue.record("expected directoryUnavailable, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("unavailable") == true)
    }
}

@Suite("Configurable attribute mapping")
struct AttributeMappingTests {
    @Test("the configured attributes fill the person, first present one wins")
    func mapping() async throws {
        var settings = try TestServices.ldapSettings()
        settings.attributes = DirectoryAttributes(displayName: ["nickname", "sn"], email: ["mail"], title: ["employeeNumber"], department: ["ou"])
        let person = try await DirectoryClient(settings: settings).authenticate(username: "alice", password: TestServices.demoPassword)
        #expect(person.displayName == "Chen")
        #expect(person.title == "1001")
        #expect(person.department == "IT")
    }
}
