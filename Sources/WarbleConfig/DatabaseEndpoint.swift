import Foundation

/// Where the PostgreSQL database is and how to sign in to it, parsed from `database.url`
/// (`postgres://user:password@host:port/database?sslmode=require`).
public struct DatabaseEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// Whether the connection uses TLS, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, Equatable {
        case disable, require, verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(host: String, port: Int = 5432, username: String, password: String?, database: String, tls: TLSMode = .disable) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Parses a URL; the error text says what part is wrong and never repeats the password.
    public init(url text: String) throws(DatabaseURLError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              ["postgres", "postgresql"].contains(scheme.lowercased())
        else { throw DatabaseURLError("expected a URL of the form postgres://user:password@host:port/database") }
        guard let host = components.host, !host.isEmpty else { throw DatabaseURLError("the URL names no host") }
        guard let user = components.user, !user.isEmpty else { throw DatabaseURLError("the URL names no user (postgres://USER@host/database)") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else { throw DatabaseURLError("the URL names no database (postgres://user@host/DATABASE)") }
        var tls = TLSMode.disable
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else { throw DatabaseURLError("unknown URL parameter '\(item.name)'; only sslmode is understood") }
            guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                throw DatabaseURLError("sslmode must be disable, require or verify-full")
            }
            tls = mode
        }
        self.init(
            host: host, port: components.port ?? 5432, username: components.percentEncodedUser?.removingPercentEncoding ?? user,
            password: components.percentEncodedPassword?.removingPercentEncoding, database: database.removingPercentEncoding ?? database, tls: tls
        )
    }

    /// The endpoint as people should see it: no password.
    public var description: String { "postgres://\(username)@\(host):\(port)/\(database)" }
}

/// What is wrong with a database URL.
public struct DatabaseURLError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
