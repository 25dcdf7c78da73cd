import Foundation
import WarbleConfig

/// The PostgreSQL and slapd that `make test` starts for a test run, found through the environment
/// variables it sets. Integration tests fail, rather than skip, when they are missing: a green run
/// must mean the real services were exercised.
public enum TestServices {
    /// A superuser URL of the run's PostgreSQL (`WARBLE_TEST_DATABASE_URL`).
    public static func databaseEndpoint() throws -> DatabaseEndpoint {
        try DatabaseEndpoint(url: try variable("WARBLE_TEST_DATABASE_URL"))
    }

    /// The run's demo directory, with the service account (`WARBLE_TEST_LDAP_URL`).
    public static func ldapSettings(timeout: Double = 5) throws -> LDAPSettings {
        let text = try variable("WARBLE_TEST_LDAP_URL")
        guard let url = URL(string: text) else { throw MissingTestService(message: "WARBLE_TEST_LDAP_URL is not a URL: \(text)") }
        return LDAPSettings(
            url: url,
            bindDN: "cn=warble,ou=services,\(ldapSuffix)",
            bindPassword: "warble-service",
            userBase: "ou=people,\(ldapSuffix)",
            timeout: timeout
        )
    }

    /// The run's directory over ldaps://, and the CA file that signed its certificate.
    public static func ldapsURL() throws -> URL {
        let text = try variable("WARBLE_TEST_LDAPS_URL")
        guard let url = URL(string: text) else { throw MissingTestService(message: "WARBLE_TEST_LDAPS_URL is not a URL: \(text)") }
        return url
    }

    public static func ldapCAFile() throws -> String { try variable("WARBLE_TEST_LDAP_CA_FILE") }

    /// The demo directory's suffix and its people's password (Deploy/dev/ldap.sh).
    public static let ldapSuffix = "dc=warble,dc=example"
    public static let demoPassword = "demo-password"

    static func variable(_ name: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw MissingTestService(message: "\(name) is not set: run the tests with 'make test', which starts PostgreSQL and slapd for them")
        }
        return value
    }
}

/// The environment does not say where a service the test needs is.
public struct MissingTestService: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
