import CLDAP
import NIOPosix
import WarbleConfig

/// The corporate directory as the rest of Warble uses it: asynchronous calls that run libldap's
/// blocking work on a thread pool, never on an event loop.
public struct DirectoryClient: Sendable {
    /// How far below the base a search looks.
    public enum Scope: Sendable {
        case base, oneLevel, subtree

        var code: Int32 {
            switch self {
            case .base: LDAP_SCOPE_BASE
            case .oneLevel: LDAP_SCOPE_ONELEVEL
            case .subtree: LDAP_SCOPE_SUBTREE
            }
        }
    }

    public let settings: LDAPSettings
    private let threadPool: NIOThreadPool
    let pool: LDAPConnectionPool

    public init(settings: LDAPSettings, threadPool: NIOThreadPool = .singleton, poolSize: Int = 4) {
        self.settings = settings
        self.threadPool = threadPool
        self.pool = LDAPConnectionPool(capacity: poolSize)
    }

    /// Binds as the service account (anonymously when none is configured) and searches.
    public func search(base: String, scope: Scope = .subtree, filter: String, attributes: [String] = [], sizeLimit: Int32 = 100) async throws -> [LDAPEntry] {
        try await withServiceConnection { connection in
            try connection.search(base: base, scope: scope.code, filter: filter, attributes: attributes, sizeLimit: sizeLimit)
        }
    }

    /// Checks that the directory answers and accepts the service account, and that the user base exists.
    public func checkService() async throws {
        _ = try await search(base: settings.userBase, scope: .base, filter: "(objectClass=*)", attributes: ["1.1"], sizeLimit: 1)
    }

    /// Runs `body` on a connection bound as the service account (anonymous without one): a pooled
    /// one if there is one, and a fresh one if there is none or the pooled one turns out dead.
    func withServiceConnection<Result: Sendable>(_ body: @escaping @Sendable (LDAPConnection) throws -> Result) async throws -> Result {
        let settings = self.settings
        let pool = self.pool
        let usesTLS = settings.startTLS || settings.url.scheme?.lowercased() == "ldaps"
        return try await threadPool.runIfActive {
            if let pooled = pool.take() {
                do {
                    return try Self.use(pooled, body, settings: settings, pool: pool)
                } catch let error as LDAPError where error.isUnavailable {
                    // The server closed it (restart, idle time-out): try once more on a new one.
                }
            }
            do {
                return try Self.use(try Self.connect(settings), body, settings: settings, pool: pool)
            } catch let error as LDAPError where usesTLS && error.isUnavailable {
                throw error.hinting("with TLS this is often a certificate the server does not trust: check ldap.ca_file")
            }
        }
    }

    private static func connect(_ settings: LDAPSettings) throws(LDAPError) -> LDAPConnection {
        let tls = LDAPConnection.TLSOptions(caFile: settings.caFile, startTLS: settings.startTLS, skipVerification: settings.insecureSkipTLSVerify)
        let connection = try LDAPConnection(url: settings.url.absoluteString, timeout: settings.timeout, tls: tls)
        if let dn = settings.bindDN, let password = settings.bindPassword {
            try connection.bind(dn: dn, password: password)
        }
        return connection
    }

    /// Runs `body`, then returns the connection to the pool if it is still the service account's
    /// (a sign-in leaves it bound as the person, so it is bound back first). A connection that saw a
    /// directory error is dropped.
    private static func use<Result>(_ connection: LDAPConnection, _ body: (LDAPConnection) throws -> Result, settings: LDAPSettings, pool: LDAPConnectionPool) throws -> Result {
        let result: Result
        do {
            result = try body(connection)
        } catch let error as LDAPError {
            throw error
        } catch {
            recycle(connection, settings: settings, pool: pool)
            throw error
        }
        recycle(connection, settings: settings, pool: pool)
        return result
    }

    private static func recycle(_ connection: LDAPConnection, settings: LDAPSettings, pool: LDAPConnectionPool) {
        guard let dn = settings.bindDN, let password = settings.bindPassword else { return }
        if connection.boundDN != dn {
            guard (try? connection.bind(dn: dn, password: password)) != nil else { return }
        }
        pool.give(connection)
    }
}
