import Foundation
import Hummingbird
import HummingbirdWebSocket
import NIOCore
import WarbleCore
import WarbleStore

/// The context of every request: who is asking (if a valid token came with it), from where, and a
/// decoder that reads bodies the way Mastodon clients send them (JSON or form-encoded).
public struct AppRequestContext: RequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Where the WebSocket router leaves the handler of an upgraded streaming connection.
    public let webSocket = WebSocketHandlerReference<AppRequestContext>()
    /// Set by ``TokenAuthenticationMiddleware`` when the request carries a live bearer token.
    public var identity: Identity?
    public let remoteAddress: SocketAddress?
    /// Set by ``ForwardedClientMiddleware`` when a trusted proxy names the client.
    public var forwardedClient: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    public var requestDecoder: ClientBodyDecoder { ClientBodyDecoder() }
    public var responseEncoder: JSONEncoder { .mastodon }

    /// The client's address as the audit log and throttling record it: behind a trusted proxy,
    /// the one it forwarded for.
    public var clientAddress: String { forwardedClient ?? remoteAddress?.ipAddress ?? "unknown" }
}

/// Who a bearer token speaks for.
public struct Identity: Sendable {
    public let grant: TokenGrant
    /// The account, for user tokens; nil for an application's own (client-credentials) token.
    public let account: Account?
}

/// The context of routes that need a signed-in user: it exists only when the request carries a
/// user token, so a handler cannot forget the check. Anything else is answered 401.
public struct UserRequestContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let account: Account
    public let grant: TokenGrant
    public let clientAddress: String

    public init(context: AppRequestContext) throws {
        guard let identity = context.identity else {
            throw APIError(.unauthorized, "The access token is invalid", description: "Send 'Authorization: Bearer TOKEN' with a token from /oauth/token.")
        }
        guard let account = identity.account else {
            throw APIError(.unprocessableContent, "This method requires an authenticated user")
        }
        coreContext = context.coreContext
        self.account = account
        grant = identity.grant
        clientAddress = context.clientAddress
    }

    public var requestDecoder: ClientBodyDecoder { ClientBodyDecoder() }
    public var responseEncoder: JSONEncoder { .mastodon }

    /// Throws 403 unless the token carries one of `scopes` or a parent of one (`read` covers `read:accounts`).
    public func require(anyOf scopes: String...) throws {
        try require(anyOf: scopes)
    }

    public func require(anyOf scopes: [String]) throws {
        guard scopes.contains(where: { Scopes.covers(grant.scopes, $0) }) else {
            throw APIError(.forbidden, "This action is outside the authorized scopes", description: "The token needs the '\(scopes.joined(separator: "' or '"))' scope.")
        }
    }
}

extension JSONEncoder {
    /// JSON as Mastodon's API writes it: snake_case keys, no escaped slashes.
    static var mastodon: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }
}
