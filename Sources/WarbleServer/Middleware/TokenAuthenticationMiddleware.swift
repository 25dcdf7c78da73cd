import Hummingbird
import WarbleStore

/// Reads `Authorization: Bearer TOKEN` and, when the token is live, records who it speaks for in
/// the context. A request without a token goes on anonymous; one with a dead token gets 401.
struct TokenAuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: TokenRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] ?? Self.streamingToken(request).map({ "Bearer \($0)" }) else {
            return try await next(request, context)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError(.unauthorized, "The access token is invalid", description: "Use 'Authorization: Bearer TOKEN'.")
        }
        guard let (grant, account) = try await tokens.identity(for: String(parts[1])) else {
            throw APIError(.unauthorized, "The access token is invalid")
        }
        var context = context
        context.identity = Identity(grant: grant, account: account)
        return try await next(request, context)
    }
}

extension TokenAuthenticationMiddleware {
    /// Streaming clients (browsers' EventSource and WebSocket) cannot set headers, so Mastodon
    /// accepts the token as `?access_token=` or as the WebSocket sub-protocol, on streaming routes only.
    static func streamingToken(_ request: Request) -> String? {
        guard request.uri.path.hasPrefix("/api/v1/streaming") else { return nil }
        return request.uri.queryParameters["access_token"].map(String.init) ?? request.headers[.secWebSocketProtocol]
    }
}
