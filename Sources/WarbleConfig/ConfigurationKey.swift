/// One setting Warble understands: `section.name` in `warble.yaml`, `WARBLE_SECTION_NAME` in the
/// environment (and `WARBLE_SECTION_NAME_FILE` for a value kept in a file, as secrets are).
public struct ConfigurationKey: Hashable, Sendable, CustomStringConvertible {
    public let section: String
    public let name: String
    /// Whether the value must never be printed (passwords, URLs that carry one).
    public let isSecret: Bool

    public init(_ section: String, _ name: String, secret: Bool = false) {
        self.section = section
        self.name = name
        self.isSecret = secret
    }

    public var description: String { "\(section).\(name)" }

    /// The environment variable that overrides this key.
    public var environmentName: String { "WARBLE_\(section.uppercased())_\(name.uppercased())" }

    public static let httpHost = ConfigurationKey("http", "host")
    public static let httpPort = ConfigurationKey("http", "port")
    public static let httpPublicURL = ConfigurationKey("http", "public_url")
    public static let httpStreamingHeartbeat = ConfigurationKey("http", "streaming_heartbeat")
    public static let httpRateLimit = ConfigurationKey("http", "rate_limit")
    public static let httpRateLimitPerAddress = ConfigurationKey("http", "rate_limit_per_address")
    public static let httpTrustedProxies = ConfigurationKey("http", "trusted_proxies")
    public static let databaseURL = ConfigurationKey("database", "url", secret: true)
    public static let databasePoolSize = ConfigurationKey("database", "pool_size")
    public static let databaseConnectTimeout = ConfigurationKey("database", "connect_timeout")
    public static let ldapURL = ConfigurationKey("ldap", "url")
    public static let ldapBindDN = ConfigurationKey("ldap", "bind_dn")
    public static let ldapBindPassword = ConfigurationKey("ldap", "bind_password", secret: true)
    public static let ldapUserBase = ConfigurationKey("ldap", "user_base")
    public static let ldapUserFilter = ConfigurationKey("ldap", "user_filter")
    public static let ldapTimeout = ConfigurationKey("ldap", "timeout")
    public static let ldapUsernameAttribute = ConfigurationKey("ldap", "username_attribute")
    public static let ldapDisplayNameAttribute = ConfigurationKey("ldap", "display_name_attribute")
    public static let ldapEmailAttribute = ConfigurationKey("ldap", "email_attribute")
    public static let ldapTitleAttribute = ConfigurationKey("ldap", "title_attribute")
    public static let ldapDepartmentAttribute = ConfigurationKey("ldap", "department_attribute")
    public static let ldapCAFile = ConfigurationKey("ldap", "ca_file")
    public static let ldapStartTLS = ConfigurationKey("ldap", "start_tls")
    public static let ldapInsecureSkipTLSVerify = ConfigurationKey("ldap", "insecure_skip_tls_verify")
    public static let ldapAdminGroup = ConfigurationKey("ldap", "admin_group")
    public static let ldapComplianceGroup = ConfigurationKey("ldap", "compliance_group")
    public static let ldapAuditorGroup = ConfigurationKey("ldap", "auditor_group")
    public static let ldapDisabledFilter = ConfigurationKey("ldap", "disabled_filter")
    public static let ldapSyncInterval = ConfigurationKey("ldap", "sync_interval")
    public static let loginMaxFailures = ConfigurationKey("login", "max_failures")
    public static let loginMaxFailuresPerAddress = ConfigurationKey("login", "max_failures_per_address")
    public static let loginLockout = ConfigurationKey("login", "lockout")
    public static let loginLocalAccounts = ConfigurationKey("login", "local_accounts")
    public static let postsMaxCharacters = ConfigurationKey("posts", "max_characters")
    public static let mediaDir = ConfigurationKey("media", "dir")
    public static let mediaMaxSize = ConfigurationKey("media", "max_size")
    public static let policiesDir = ConfigurationKey("policies", "dir")
    public static let exportsDir = ConfigurationKey("exports", "dir")
    public static let exportsSigningKey = ConfigurationKey("exports", "signing_key")
    public static let retentionInterval = ConfigurationKey("retention", "interval")
    public static let federationEnabled = ConfigurationKey("federation", "enabled")
    public static let logLevel = ConfigurationKey("log", "level")
    public static let logFormat = ConfigurationKey("log", "format")

    /// Every key, in the order the example file documents them.
    public static let all: [ConfigurationKey] = [
        .httpHost, .httpPort, .httpPublicURL, .httpStreamingHeartbeat, .httpRateLimit, .httpRateLimitPerAddress, .httpTrustedProxies,
        .databaseURL, .databasePoolSize, .databaseConnectTimeout,
        .ldapURL, .ldapBindDN, .ldapBindPassword, .ldapUserBase, .ldapUserFilter, .ldapTimeout,
        .ldapUsernameAttribute, .ldapDisplayNameAttribute, .ldapEmailAttribute, .ldapTitleAttribute, .ldapDepartmentAttribute,
        .ldapCAFile, .ldapStartTLS, .ldapInsecureSkipTLSVerify,
        .ldapAdminGroup, .ldapComplianceGroup, .ldapAuditorGroup, .ldapDisabledFilter, .ldapSyncInterval,
        .loginMaxFailures, .loginMaxFailuresPerAddress, .loginLockout, .loginLocalAccounts,
        .postsMaxCharacters, .mediaDir, .mediaMaxSize, .policiesDir, .retentionInterval, .exportsDir, .exportsSigningKey, .federationEnabled, .logLevel, .logFormat,
    ]
}
