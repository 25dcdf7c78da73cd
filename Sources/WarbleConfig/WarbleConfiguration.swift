import Foundation
import WarbleCore

/// The whole, checked configuration of one Warble installation: what the server, `warblectl` and
/// the tests all start from.
public struct WarbleConfiguration: Sendable {
    public var http: HTTPSettings
    public var database: DatabaseSettings
    public var ldap: LDAPSettings?
    public var policies: PolicySettings
    public var retention: RetentionSettings
    public var federation: FederationSettings
    public var log: LogSettings
    public var login: LoginSettings
    public var posts: PostSettings
    public var media: MediaSettings
    public var exports: ExportSettings

    /// Loads `warble.yaml` (or the file named by `path` / `WARBLE_CONFIG`) and the `WARBLE_*`
    /// environment variables, and checks every value.
    ///
    /// ```swift
    /// let configuration = try WarbleConfiguration.load(path: options.config, environment: ProcessInfo.processInfo.environment)
    /// ```
    public static func load(path: String?, environment: [String: String]) throws(ConfigurationError) -> WarbleConfiguration {
        let explicit = path ?? environment["WARBLE_CONFIG"]
        let raw = try RawConfiguration.load(path: explicit ?? "warble.yaml", fileRequired: explicit != nil, environment: environment)
        return try WarbleConfiguration(raw: raw)
    }

    /// Checks and types raw settings; throws every problem at once.
    public init(raw: RawConfiguration) throws(ConfigurationError) {
        var reader = SettingsReader(raw: raw)
        http = HTTPSettings(&reader)
        database = DatabaseSettings(&reader)
        ldap = LDAPSettings(&reader)
        policies = PolicySettings(directory: reader.string(.policiesDir, default: "Policies"))
        retention = RetentionSettings(interval: reader.seconds(.retentionInterval, default: 86_400, in: 0...31_536_000))
        federation = FederationSettings(enabled: reader.boolean(.federationEnabled, default: false))
        log = LogSettings(&reader)
        login = LoginSettings(&reader)
        posts = PostSettings(&reader)
        media = MediaSettings(&reader)
        exports = ExportSettings(&reader)
        if !reader.problems.isEmpty { throw ConfigurationError(problems: reader.problems) }
    }
}

/// Where the server listens and the address people use to reach it.
public struct HTTPSettings: Sendable {
    public var host: String
    public var port: Int
    /// The URL people and clients use (behind a proxy, the proxy's); decides links and cookie security.
    public var publicURL: URL
    /// Seconds between the comment lines that keep idle streaming connections open through proxies.
    public var streamingHeartbeat: Double
    /// Requests one token may make per five minutes (0: no limit), as Mastodon limits them.
    public var rateLimit: Int
    /// Requests one address may make per five minutes without a token (0: no limit).
    public var rateLimitPerAddress: Int
    /// The reverse proxies whose `X-Forwarded-For` names the client.
    public var trustedProxies: TrustedProxies

    init(_ reader: inout SettingsReader) {
        rateLimit = reader.integer(.httpRateLimit, default: 300, in: 0...10_000_000)
        rateLimitPerAddress = reader.integer(.httpRateLimitPerAddress, default: 7500, in: 0...10_000_000)
        switch TrustedProxies.parse(reader.text(.httpTrustedProxies) ?? "") {
        case .success(let proxies): trustedProxies = proxies
        case .failure(let invalid):
            reader.fail(.httpTrustedProxies, "'\(invalid.entry)' is not an IP address or CIDR range (for example 127.0.0.1, 10.0.0.0/8 or fd00::/8)")
            trustedProxies = .none
        }
        streamingHeartbeat = reader.seconds(.httpStreamingHeartbeat, default: 15, in: 0.1...300)
        host = reader.string(.httpHost, default: "127.0.0.1")
        port = reader.integer(.httpPort, default: 8080, in: 0...65535)
        let fallback = URL(string: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)") ?? URL(string: "http://127.0.0.1:8080")!
        if let text = reader.text(.httpPublicURL) {
            publicURL = reader.url(.httpPublicURL, schemes: ["http", "https"], value: text) ?? fallback
        } else {
            publicURL = fallback
        }
    }

    /// Whether people reach the server over TLS, so cookies must be `Secure`.
    public var isSecure: Bool { publicURL.scheme?.lowercased() == "https" }
}

/// The PostgreSQL database and the connection pool to it.
public struct DatabaseSettings: Sendable {
    public var endpoint: DatabaseEndpoint
    public var poolSize: Int
    /// How long start-up and readiness checks wait for the database before they give up.
    public var connectTimeout: Double

    public init(endpoint: DatabaseEndpoint, poolSize: Int = 8, connectTimeout: Double = 5) {
        self.endpoint = endpoint
        self.poolSize = poolSize
        self.connectTimeout = connectTimeout
    }

    init(_ reader: inout SettingsReader) {
        endpoint = DatabaseEndpoint(host: "127.0.0.1", username: "warble", password: nil, database: "warble")
        if let text = reader.required(.databaseURL, expected: "postgres://user:password@host:port/database") {
            do {
                endpoint = try DatabaseEndpoint(url: text)
            } catch {
                reader.fail(.databaseURL, error.message)
            }
        }
        poolSize = reader.integer(.databasePoolSize, default: 8, in: 1...200)
        connectTimeout = reader.seconds(.databaseConnectTimeout, default: 5, in: 0.1...300)
    }
}

/// The corporate directory staff sign in with; nil when `ldap.url` is not set.
public struct LDAPSettings: Sendable {
    public var url: URL
    public var bindDN: String?
    public var bindPassword: String?
    public var userBase: String
    /// A search filter with `{username}` where the escaped login name goes.
    public var userFilter: String
    /// How long one directory operation may take.
    public var timeout: Double
    /// The directory group whose members get each role; everyone else is a member.
    public var roleGroups: [Role: String]
    /// Entries matching this filter count as disabled: directory sync suspends their accounts.
    public var disabledFilter: String?
    /// Seconds between directory syncs run by the server; 0 turns the schedule off.
    public var syncInterval: Double
    /// Which directory attributes hold what Warble shows about a person.
    public var attributes: DirectoryAttributes
    /// TLS: the CA certificates to trust (PEM), whether to upgrade `ldap://` with StartTLS, and
    /// the lab-only switch that accepts any certificate.
    public var caFile: String?
    public var startTLS: Bool
    public var insecureSkipTLSVerify: Bool

    public static let defaultUserFilter = "(&(objectClass=inetOrgPerson)(uid={username}))"

    public init(
        url: URL, bindDN: String?, bindPassword: String?, userBase: String, userFilter: String = defaultUserFilter,
        timeout: Double = 5, roleGroups: [Role: String] = [:], disabledFilter: String? = nil, syncInterval: Double = 3600,
        caFile: String? = nil, startTLS: Bool = false, insecureSkipTLSVerify: Bool = false, attributes: DirectoryAttributes = DirectoryAttributes()
    ) {
        self.url = url
        self.attributes = attributes
        self.caFile = caFile
        self.startTLS = startTLS
        self.insecureSkipTLSVerify = insecureSkipTLSVerify
        self.roleGroups = roleGroups
        self.disabledFilter = disabledFilter
        self.syncInterval = syncInterval
        self.bindDN = bindDN
        self.bindPassword = bindPassword
        self.userBase = userBase
        self.userFilter = userFilter
        self.timeout = timeout
    }

    init?(_ reader: inout SettingsReader) {
        guard let text = reader.text(.ldapURL) else {
            for key in [ConfigurationKey.ldapBindDN, .ldapBindPassword, .ldapUserBase, .ldapUserFilter, .ldapAdminGroup, .ldapComplianceGroup, .ldapAuditorGroup, .ldapDisabledFilter] where reader.text(key) != nil {
                reader.fail(key, "is set but ldap.url is not; set ldap.url to the directory's address (ldap:// or ldaps://)")
            }
            return nil
        }
        let url = reader.url(.ldapURL, schemes: ["ldap", "ldaps"], value: text)
        bindDN = reader.text(.ldapBindDN)
        bindPassword = reader.text(.ldapBindPassword)
        if bindDN != nil && bindPassword == nil {
            reader.fail(.ldapBindPassword, "missing; ldap.bind_dn is set, so the service account needs its password (or use WARBLE_LDAP_BIND_PASSWORD_FILE)")
        }
        userBase = reader.required(.ldapUserBase, expected: "the DN under which staff entries live, such as ou=people,dc=example,dc=com") ?? ""
        userFilter = reader.string(.ldapUserFilter, default: Self.defaultUserFilter)
        if !userFilter.contains("{username}") || !userFilter.hasPrefix("(") || !userFilter.hasSuffix(")") {
            reader.fail(.ldapUserFilter, "'\(userFilter)' must be a parenthesised LDAP filter containing {username}, such as \(Self.defaultUserFilter)")
        }
        timeout = reader.seconds(.ldapTimeout, default: 5, in: 0.1...120)
        var groups: [Role: String] = [:]
        for (role, key) in [(Role.admin, ConfigurationKey.ldapAdminGroup), (.compliance, .ldapComplianceGroup), (.auditor, .ldapAuditorGroup)] {
            guard let dn = reader.text(key) else { continue }
            if dn.contains("=") { groups[role] = dn } else { reader.fail(key, "'\(dn)' is not a distinguished name such as cn=warble-admins,ou=groups,dc=example,dc=com") }
        }
        roleGroups = groups
        disabledFilter = reader.text(.ldapDisabledFilter)
        if let filter = disabledFilter, !(filter.hasPrefix("(") && filter.hasSuffix(")")) {
            reader.fail(.ldapDisabledFilter, "'\(filter)' must be a parenthesised LDAP filter such as (employeeType=disabled)")
        }
        syncInterval = reader.seconds(.ldapSyncInterval, default: 3600, in: 0...604_800)
        attributes = DirectoryAttributes(&reader)
        caFile = reader.text(.ldapCAFile)
        if let file = caFile, !FileManager.default.isReadableFile(atPath: file) {
            reader.fail(.ldapCAFile, "the file \(file) cannot be read; give the PEM file of the CA that signed the directory's certificate")
        }
        startTLS = reader.boolean(.ldapStartTLS, default: false)
        insecureSkipTLSVerify = reader.boolean(.ldapInsecureSkipTLSVerify, default: false)
        if startTLS, url?.scheme?.lowercased() == "ldaps" {
            reader.fail(.ldapStartTLS, "is for ldap:// URLs; an ldaps:// URL is encrypted from the start")
        }
        guard let url else { return nil }
        self.url = url
    }
}

/// Where the retention, hold, DLP and federation policy files are.
public struct PolicySettings: Sendable {
    public var directory: String
}

/// Whether this installation federates; off unless an administrator turns it on.
public struct FederationSettings: Sendable {
    public var enabled: Bool
}

/// How much the server logs and in what form.
public struct LogSettings: Sendable {
    public var level: String
    /// `text` for people at a terminal, `json` for a log collector.
    public var format: String

    public static let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    init(_ reader: inout SettingsReader) {
        level = reader.choice(.logLevel, default: "info", from: Self.levels)
        format = reader.choice(.logFormat, default: "text", from: ["text", "json"])
    }
}

/// How sign-in behaves: failed attempts are throttled (after `maxFailures` failures for one user
/// name, or `maxFailuresPerAddress` from one client address, within `lockout` seconds, further
/// attempts are refused until the window has passed), and whether local break-glass accounts may
/// sign in through the API and web pages (off by default: they exist for emergencies).
public struct LoginSettings: Sendable {
    public var maxFailures: Int
    public var maxFailuresPerAddress: Int
    public var lockout: Double
    public var allowLocalAccounts: Bool

    public init(maxFailures: Int = 5, maxFailuresPerAddress: Int = 20, lockout: Double = 900, allowLocalAccounts: Bool = false) {
        self.maxFailures = maxFailures
        self.maxFailuresPerAddress = maxFailuresPerAddress
        self.lockout = lockout
        self.allowLocalAccounts = allowLocalAccounts
    }

    init(_ reader: inout SettingsReader) {
        maxFailures = reader.integer(.loginMaxFailures, default: 5, in: 1...1000)
        maxFailuresPerAddress = reader.integer(.loginMaxFailuresPerAddress, default: 20, in: 1...100_000)
        lockout = reader.seconds(.loginLockout, default: 900, in: 1...86_400)
        allowLocalAccounts = reader.boolean(.loginLocalAccounts, default: false)
    }
}

/// Limits on what people post.
public struct PostSettings: Sendable {
    /// The most characters a post may have (links count as 23, as clients expect).
    public var maxCharacters: Int

    public init(maxCharacters: Int = 500) { self.maxCharacters = maxCharacters }

    init(_ reader: inout SettingsReader) {
        maxCharacters = reader.integer(.postsMaxCharacters, default: 500, in: 1...100_000)
    }
}

/// Where uploaded files are kept (outside any web root: Warble serves them itself, to signed
/// links only) and how large one may be.
public struct MediaSettings: Sendable {
    public var directory: String
    public var maxSize: Int

    public init(directory: String = "media", maxSize: Int = 16 * 1024 * 1024) {
        self.directory = directory
        self.maxSize = maxSize
    }

    init(_ reader: inout SettingsReader) {
        directory = reader.string(.mediaDir, default: "media")
        maxSize = reader.integer(.mediaMaxSize, default: 16 * 1024 * 1024, in: 1024...1_073_741_824)
    }
}

/// Which directory attributes hold a person's login name, display name, email, title and
/// department. Each is a list tried in order (`displayName,cn`: the first the entry has).
public struct DirectoryAttributes: Sendable, Equatable {
    public var username: [String]
    public var displayName: [String]
    public var email: [String]
    public var title: [String]
    public var department: [String]

    public init(
        username: [String] = ["uid"], displayName: [String] = ["displayName", "cn"], email: [String] = ["mail"],
        title: [String] = ["title"], department: [String] = ["departmentNumber", "ou"]
    ) {
        self.username = username
        self.displayName = displayName
        self.email = email
        self.title = title
        self.department = department
    }

    /// Every attribute a sign-in reads.
    public var all: [String] { username + displayName + email + title + department }

    init(_ reader: inout SettingsReader) {
        let defaults = DirectoryAttributes()
        func list(_ key: ConfigurationKey, _ fallback: [String]) -> [String] {
            guard let text = reader.text(key) else { return fallback }
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty, names.allSatisfy({ name in
                !name.isEmpty && name.first!.isLetter && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }) else {
                reader.fail(key, "'\(text)' is not a comma-separated list of attribute names such as displayName,cn")
                return fallback
            }
            return names
        }
        username = list(.ldapUsernameAttribute, defaults.username)
        displayName = list(.ldapDisplayNameAttribute, defaults.displayName)
        email = list(.ldapEmailAttribute, defaults.email)
        title = list(.ldapTitleAttribute, defaults.title)
        department = list(.ldapDepartmentAttribute, defaults.department)
    }
}

/// Where exports requested through the API are written, and the Ed25519 key that signs every
/// export's manifest (`warblectl export keygen` makes one; auditors get the public half).
public struct ExportSettings: Sendable {
    public var directory: String
    /// A PEM file holding the private key; exports are refused without one.
    public var signingKey: String?

    public init(directory: String = "exports", signingKey: String? = nil) {
        self.directory = directory
        self.signingKey = signingKey
    }

    init(_ reader: inout SettingsReader) {
        directory = reader.string(.exportsDir, default: "exports")
        signingKey = reader.text(.exportsSigningKey)
    }
}

/// How often the server applies the retention policy (one instance at a time).
public struct RetentionSettings: Sendable {
    /// Seconds between runs; 0 turns scheduled runs off (`warblectl retention run` still works).
    public var interval: Double

    public init(interval: Double = 86_400) {
        self.interval = interval
    }
}
