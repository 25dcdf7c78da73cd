import HTTPTypes
import Hummingbird
import WarbleCore

/// Behind a trusted reverse proxy (`http.trusted_proxies`), takes the client's address from
/// `X-Forwarded-For`, so that sign-in throttling, rate limits and the audit log see people rather
/// than the proxy. From anyone else the header is ignored.
struct ForwardedClientMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let proxies: TrustedProxies

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        guard !proxies.isEmpty, let remote = context.remoteAddress?.ipAddress else { return try await next(request, context) }
        let forwarded = request.headers[values: .xForwardedFor]
        guard !forwarded.isEmpty else { return try await next(request, context) }
        var context = context
        context.forwardedClient = proxies.client(remote: remote, forwardedFor: forwarded)
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
}
