import Foundation
import Hummingbird
import Logging
import WarbleConfig
import WarbleServer
import WarbleTestSupport

/// The whole application built as `warble serve` builds it, on a test database and the test directory.
enum TestApplication {
    static func make(database: DatabaseSettings, ldap: LDAPSettings? = nil, login: LoginSettings = LoginSettings()) throws -> some ApplicationProtocol {
        var configuration = try WarbleConfiguration(raw: RawConfiguration([.databaseURL: "postgres://placeholder@127.0.0.1/x"]))
        configuration.database = database
        configuration.ldap = ldap
        configuration.login = login
        configuration.policies.directory = TestPolicies.shipped
        return try buildApplication(configuration: configuration, logger: Logger(label: "test"))
    }

    /// The test directory with the demo role groups.
    static func directory(timeout: Double = 5) throws -> LDAPSettings {
        var settings = try TestServices.ldapSettings(timeout: timeout)
        let groups = "ou=groups,\(TestServices.ldapSuffix)"
        settings.roleGroups = [.admin: "cn=warble-admins,\(groups)", .compliance: "cn=warble-compliance,\(groups)", .auditor: "cn=warble-auditors,\(groups)"]
        return settings
    }
}

extension Dictionary where Key == String, Value == String {
    /// The dictionary as an `application/x-www-form-urlencoded` body.
    var formBody: ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = map { "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return ByteBuffer(string: text)
    }
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
