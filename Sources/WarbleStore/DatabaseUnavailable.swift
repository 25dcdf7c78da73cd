import Foundation
import NIOCore
import PostgresNIO
import WarbleConfig

/// The database could not be reached or refused us; `reason` says why in words an operator can act on,
/// and never contains a password.
public struct DatabaseUnavailable: Error, CustomStringConvertible, Sendable {
    public let endpoint: String
    public let reason: String

    public init(endpoint: DatabaseEndpoint, reason: String) {
        self.endpoint = endpoint.description
        self.reason = reason
    }

    public init(endpoint: DatabaseEndpoint, error: any Error) {
        self.init(endpoint: endpoint, reason: Self.explain(error))
    }

    public var description: String { "database \(endpoint) is unavailable: \(reason)" }

    /// Turns a driver error into one readable line. PostgresNIO hides details from `description` on
    /// purpose; the server's own message and the socket error are safe to show an operator.
    static func explain(_ error: any Error) -> String {
        if let error = error as? DeadlineExceeded { return "no answer within \(error.seconds.formatted()) seconds" }
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + state
        }
        switch error.code {
        case .connectionError, .serverClosedConnection:
            if let underlying = error.underlying { return explainSocket(underlying) }
            return "the connection was closed"
        case .sslUnsupported: return "the server does not offer TLS but sslmode requires it"
        case .authMechanismRequiresPassword: return "the server asks for a password and the URL has none"
        case .unsupportedAuthMechanism: return "the server asks for an authentication method Warble does not support"
        case .saslError: return "SCRAM authentication failed (wrong password?)"
        case .poolClosed, .clientClosedConnection: return "the connection pool is shut down"
        default: return String(reflecting: error)
        }
    }

    private static func explainSocket(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let dns = error.dnsAError ?? error.dnsAAAAError { return "cannot resolve host: \(explainSocket(dns))" }
            let causes = Set(error.connectionErrors.map { explainSocket($0.error) })
            return causes.isEmpty ? "cannot connect" : causes.sorted().joined(separator: "; ")
        }
        if let error = error as? IOError { return "cannot connect: \(String(cString: strerror(error.errnoCode)))" }
        if error is ChannelError { return "cannot connect: \(error)" }
        return "cannot connect: \(error)"
    }
}
