import Foundation
import Testing
import WarbleConfig

@Suite("Loading warble.yaml and WARBLE_* variables")
struct ConfigurationLoadingTests {
    let database = "postgres://warble:secret@db.internal:5433/warble"

    @Test("the environment alone is enough, and defaults fill the rest")
    func environmentOnly() throws {
        let configuration = try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL": database])
        #expect(configuration.http.host == "127.0.0.1")
        #expect(configuration.http.port == 8080)
        #expect(configuration.http.publicURL.absoluteString == "http://127.0.0.1:8080")
        #expect(configuration.database.endpoint == DatabaseEndpoint(host: "db.internal", port: 5433, username: "warble", password: "secret", database: "warble"))
        #expect(configuration.database.poolSize == 8)
        #expect(configuration.ldap == nil)
        #expect(configuration.federation.enabled == false)
        #expect(configuration.policies.directory == "Policies")
    }

    @Test("variables win over the file, and file values keep their line")
    func environmentOverridesFile() throws {
        let file = try TemporaryFile("""
            http:
              port: 9000
              public_url: https://warble.example.com
            database:
              url: \(database)
              pool_size: 4
            federation:
              enabled: true
            """)
        let configuration = try WarbleConfiguration.load(path: file.path, environment: ["WARBLE_HTTP_PORT": "9100"])
        #expect(configuration.http.port == 9100)
        #expect(configuration.http.isSecure)
        #expect(configuration.database.poolSize == 4)
        #expect(configuration.federation.enabled)
    }

    @Test("a malformed file is reported with its line")
    func malformedYAML() throws {
        let file = try TemporaryFile("http:\n  port: 8080\n  host: [unclosed\ndatabase:\n  url: x\n")
        let error = #expect(throws: ConfigurationError.self) { try WarbleConfiguration.load(path: file.path, environment: [:]) }
        let text = try #require(error?.description)
        #expect(text.contains("\(file.path) line"))
        #expect(text.contains("not valid YAML"))
    }

    @Test("every mistake is reported at once, naming key, source and what is expected")
    func everyProblemAtOnce() throws {
        let file = try TemporaryFile("""
            http:
              port: eighty
              hots: 0.0.0.0
            database:
              pool_size: 0
            """)
        let error = #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: file.path, environment: ["WARBLE_LOG_LEVEL": "loud"])
        }
        let problems = try #require(error?.problems)
        let byKey = Dictionary(grouping: problems, by: \.key)
        #expect(byKey["http.port"]?.first?.source == .file(path: file.path, line: 2))
        #expect(byKey["http.port"]?.first?.message.contains("whole number from 0 to 65535") == true)
        #expect(byKey["http.hots"]?.first?.source == .file(path: file.path, line: 3))
        #expect(byKey["database.pool_size"]?.first?.source == .file(path: file.path, line: 5))
        #expect(byKey["database.url"]?.first?.message.contains("missing") == true)
        #expect(byKey["log.level"]?.first?.source == .environment(variable: "WARBLE_LOG_LEVEL"))
        #expect(problems.count == 5)
    }

    @Test("an explicit file that does not exist is an error; the default one may be absent")
    func missingFile() throws {
        #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: "/nonexistent/warble.yaml", environment: ["WARBLE_DATABASE_URL": database])
        }
        #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: ["WARBLE_CONFIG": "/nonexistent/warble.yaml", "WARBLE_DATABASE_URL": database])
        }
    }

    @Test("secrets can come from files named by _FILE variables, never both ways at once")
    func secretFiles() throws {
        let secret = try TemporaryFile("\(database)\n")
        let configuration = try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL_FILE": secret.path])
        #expect(configuration.database.endpoint.password == "secret")
        #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL_FILE": secret.path, "WARBLE_DATABASE_URL": database])
        }
        #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL_FILE": "/nonexistent/secret"])
        }
    }

    @Test("a misspelt variable in a known section is an error, other variables are ignored")
    func unknownVariables() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL": database, "WARBLE_HTTP_PROT": "1"])
        }
        #expect(error?.problems.first?.key == "WARBLE_HTTP_PROT")
        _ = try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL": database, "WARBLE_TEST_THING": "1", "HOME": "/root"])
    }

    @Test("a bad database URL is explained without repeating its password")
    func badDatabaseURL() throws {
        for (url, expected) in [
            ("mysql://u:hunter2@h/db", "postgres://user:password@host:port/database"),
            ("postgres://u:hunter2@h", "names no database"),
            ("postgres://h/db", "names no user"),
            ("postgres://u:hunter2@h/db?sslmode=sometimes", "sslmode must be"),
        ] {
            let error = #expect(throws: ConfigurationError.self) { try WarbleConfiguration.load(path: nil, environment: ["WARBLE_DATABASE_URL": url]) }
            let text = try #require(error?.description)
            #expect(text.contains(expected), "\(url): \(text)")
            #expect(!text.contains("hunter2"))
        }
    }

    @Test("URL parts are decoded and TLS modes understood")
    func databaseURLParts() throws {
        let endpoint = try DatabaseEndpoint(url: "postgresql://app%40corp:p%2Fss@db:6000/warble?sslmode=verify-full")
        #expect(endpoint.username == "app@corp")
        #expect(endpoint.password == "p/ss")
        #expect(endpoint.port == 6000)
        #expect(endpoint.tls == .verifyFull)
        #expect(endpoint.description == "postgres://app@corp@db:6000/warble")
    }

    @Test("directory settings are checked together")
    func ldapSettings() throws {
        let base = ["WARBLE_DATABASE_URL": database]
        let withoutURL = #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: base.merging(["WARBLE_LDAP_BIND_DN": "cn=x"]) { $1 })
        }
        #expect(withoutURL?.problems.first?.message.contains("ldap.url is not") == true)
        let badFilter = #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: base.merging([
                "WARBLE_LDAP_URL": "ldap://dir:389", "WARBLE_LDAP_USER_BASE": "ou=people,dc=x", "WARBLE_LDAP_USER_FILTER": "(uid=*)",
            ]) { $1 })
        }
        #expect(badFilter?.problems.map(\.key) == ["ldap.user_filter"])
        let good = try WarbleConfiguration.load(path: nil, environment: base.merging([
            "WARBLE_LDAP_URL": "ldaps://dir:636", "WARBLE_LDAP_USER_BASE": "ou=people,dc=x",
            "WARBLE_LDAP_BIND_DN": "cn=svc,dc=x", "WARBLE_LDAP_BIND_PASSWORD": "pw", "WARBLE_LDAP_TIMEOUT": "1500ms",
        ]) { $1 })
        #expect(good.ldap?.userFilter == LDAPSettings.defaultUserFilter)
        #expect(good.ldap?.attributes == DirectoryAttributes())
        let mapped = try WarbleConfiguration.load(path: nil, environment: base.merging([
            "WARBLE_LDAP_URL": "ldap://dir", "WARBLE_LDAP_USER_BASE": "ou=people,dc=x",
            "WARBLE_LDAP_DISPLAY_NAME_ATTRIBUTE": "displayName, cn", "WARBLE_LDAP_USERNAME_ATTRIBUTE": "sAMAccountName",
        ]) { $1 })
        #expect(mapped.ldap?.attributes.displayName == ["displayName", "cn"])
        #expect(mapped.ldap?.attributes.username == ["sAMAccountName"])
        let badAttribute = #expect(throws: ConfigurationError.self) {
            try WarbleConfiguration.load(path: nil, environment: base.merging([
                "WARBLE_LDAP_URL": "ldap://dir", "WARBLE_LDAP_USER_BASE": "ou=people,dc=x", "WARBLE_LDAP_EMAIL_ATTRIBUTE": "mail)(x=*",
            ]) { $1 })
        }
        #expect(badAttribute?.problems.map(\.key) == ["ldap.email_attribute"])
        #expect(good.ldap?.timeout == 1.5)
    }
}

/// A file with the given text that lives as long as the value.
final class TemporaryFile {
    let path: String

    init(_ text: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("warble-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
