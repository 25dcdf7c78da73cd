import Foundation
import HTTPTypes
import Hummingbird

/// Applies the rate limits: per token when a request carries one, else per client address.
/// Every answer carries `X-RateLimit-Limit`, `-Remaining` and `-Reset`; over the limit it is a
/// 429 with `Retry-After`.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limiter: RateLimiter
    let perToken: Int
    let perAddress: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let (key, limit) = context.identity.map { ("token:\($0.grant.tokenID)", perToken) } ?? ("address:\(context.clientAddress)", perAddress)
        guard limit > 0 else { return try await next(request, context) }
        let decision = limiter.take(key, limit: limit)
        let headers = Self.headers(decision)
        guard decision.allowed else {
            var refusal = headers
            refusal[.retryAfter] = String(max(1, Int(decision.reset.timeIntervalSinceNow.rounded(.up))))
            throw APIError(.tooManyRequests, "Too many requests", description: "Wait until \(MastodonTime.format(decision.reset)) and try again.", headers: refusal)
        }
        var response = try await next(request, context)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func headers(_ decision: RateLimiter.Decision) -> HTTPFields {
        [
            HTTPField.Name("X-RateLimit-Limit")!: String(decision.limit),
            HTTPField.Name("X-RateLimit-Remaining")!: String(decision.remaining),
            HTTPField.Name("X-RateLimit-Reset")!: MastodonTime.format(decision.reset),
        ]
    }
}
