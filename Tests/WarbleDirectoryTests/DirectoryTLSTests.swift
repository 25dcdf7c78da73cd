import Testing
import WarbleConfig
import WarbleDirectory
import WarbleTestSupport

@Suite("TLS to the directory: ldaps://, StartTLS, CA files")
struct DirectoryTLSTests {
    static func settings(ldaps: Bool, caFile: String?, startTLS: Bool = false, skipVerify: Bool = false) throws -> LDAPSettings {
        var settings = try TestServices.ldapSettings(timeout: 3)
        if ldaps { settings.url = try TestServices.ldapsURL() }
        settings.caFile = caFile
        settings.startTLS = startTLS
        settings.insecureSkipTLSVerify = skipVerify
        return settings
    }

    @Test("ldaps:// with the directory's CA file signs in")
    func ldapsWithCA() async throws {
        let client = DirectoryClient(settings: try Self.settings(ldaps: true, caFile: TestServices.ldapCAFile()))
        try await client.checkService()
        #expect(try await client.authenticate(username: "alice", password: TestServices.demoPassword).uid == "alice")
    }

    @Test("StartTLS on ldap:// with the CA file signs in")
    func startTLSWithCA() async throws {
        let client = DirectoryClient(settings: try Self.settings(ldaps: false, caFile: TestServices.ldapCAFile(), startTLS: true))
        #expect(try await client.authenticate(username: "d'arcy", password: TestServices.demoPassword).uid == "d'arcy")
    }

    @Test("a certificate from a CA that is not trusted is refused, over ldaps:// and StartTLS")
    func untrusted() async throws {
        for settings in [try Self.settings(ldaps: true, caFile: nil), try Self.settings(ldaps: false, caFile: nil, startTLS: true)] {
            let error = await #expect(throws: LDAPError.self) { try await DirectoryClient(settings: settings).checkService() }
            #expect(error?.isUnavailable == true, "\(String(describing: error))")
            #expect(error?.description.contains("ldap.ca_file") == true)
        }
    }

    @Test("the lab-only switch accepts the untrusted certificate")
    func skipVerify() async throws {
        try await DirectoryClient(settings: try Self.settings(ldaps: true, caFile: nil, skipVerify: true)).checkService()
    }
}
