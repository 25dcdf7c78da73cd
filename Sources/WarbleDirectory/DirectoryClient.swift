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

    public init(settings: LDAPSettings, threadPool: NIOThreadPool = .singleton) {
        self.settings = settings
        self.threadPool = threadPool
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

    func withServiceConnection<Result: Sendable>(_ body: @escaping @Sendable (LDAPConnection) throws -> Result) async throws -> Result {
        let settings = self.settings
        let usesTLS = settings.startTLS || settings.url.scheme?.lowercased() == "ldaps"
        return try await threadPool.runIfActive {
            do {
                let tls = LDAPConnection.TLSOptions(caFile: settings.caFile, startTLS: settings.startTLS, skipVerification: settings.insecureSkipTLSVerify)
                let connection = try LDAPConnection(url: settings.url.absoluteString, timeout: settings.timeout, tls: tls)
                if let dn = settings.bindDN, let password = settings.bindPassword {
                    try connection.bind(dn: dn, password: password)
                }
                return try body(connection)
            } catch let error as LDAPError where usesTLS && error.isUnavailable {
                throw error.hinting("with TLS this is often a certificate the server does not trust: check ldap.ca_file")
            }
        }
    }
}
