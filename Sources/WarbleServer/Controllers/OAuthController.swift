import Foundation
import Hummingbird
import Logging
import WarbleCore
import WarbleIdentity
import WarbleStore

/// OAuth 2 as Mastodon clients speak it: app registration, the token endpoint (password,
/// client-credentials and authorization-code grants), revocation, and the RFC 8414 metadata
/// document clients read to learn which grants this server supports.
struct OAuthController {
    let tokens: TokenRepository
    let signIn: SignInService
    let audit: AuditRepository
    let publicURL: URL

    static let knownScopes: Set<String> = [
        "read", "write", "follow", "push", "profile", "admin:read", "admin:write",
        "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters", "read:follows", "read:lists",
        "read:mutes", "read:notifications", "read:search", "read:statuses",
        "write:accounts", "write:blocks", "write:bookmarks", "write:conversations", "write:favourites", "write:filters",
        "write:follows", "write:lists", "write:media", "write:mutes", "write:notifications", "write:reports", "write:statuses",
    ]

    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("api/v1/apps", use: createApplication)
            .post("oauth/token", use: token)
            .post("oauth/revoke", use: revoke)
            .get(".well-known/oauth-authorization-server", use: metadata)
    }

    struct CreateApplication: Decodable {
        let clientName: String
        let redirectUris: String?
        let scopes: String?
        let website: String?

        enum CodingKeys: String, CodingKey {
            case clientName = "client_name", redirectUris = "redirect_uris", scopes, website
        }
    }

    struct ApplicationResponse: ResponseEncodable {
        let id: String
        let name: String
        let website: String?
        let redirectUri: String
        let redirectUris: [String]
        let scopes: [String]
        let clientId: String
        let clientSecret: String
        let vapidKey = ""

        enum CodingKeys: String, CodingKey {
            case id, name, website, scopes, redirectUri = "redirect_uri", redirectUris = "redirect_uris"
            case clientId = "client_id", clientSecret = "client_secret", vapidKey = "vapid_key"
        }
    }

    @Sendable func createApplication(_ request: Request, context: AppRequestContext) async throws -> ApplicationResponse {
        let input = try await request.decode(as: CreateApplication.self, context: context)
        let name = input.clientName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            throw APIError(.unprocessableContent, "Validation failed: Application name can't be blank or longer than 100 characters")
        }
        let scopes = try Self.parseScopes(input.scopes ?? "read")
        let redirectURIs = (input.redirectUris ?? "urn:ietf:wg:oauth:2.0:oob").split(whereSeparator: \.isWhitespace).map(String.init)
        for uri in redirectURIs where uri != "urn:ietf:wg:oauth:2.0:oob" {
            guard let url = URL(string: uri), url.scheme != nil else {
                throw APIError(.unprocessableContent, "Validation failed: Redirect URI must be an absolute URI.", description: "'\(uri)' is not an absolute URI.")
            }
        }
        let (application, secret) = try await tokens.createApplication(name: name, website: input.website, redirectURIs: redirectURIs, scopes: scopes.joined(separator: " "))
        try await audit.append(AuditEvent(action: "oauth.app.created", target: application.clientID, actorAddress: context.clientAddress, details: ["name": name, "scopes": application.scopes]))
        return ApplicationResponse(
            id: String(application.id), name: application.name, website: application.website, redirectUri: redirectURIs.joined(separator: "\n"),
            redirectUris: redirectURIs, scopes: scopes, clientId: application.clientID, clientSecret: secret
        )
    }

    struct TokenRequest: Decodable {
        let grantType: String?
        let clientId: String?
        let clientSecret: String?
        let username: String?
        let password: String?
        let code: String?
        let redirectUri: String?
        let scope: String?

        enum CodingKeys: String, CodingKey {
            case grantType = "grant_type", clientId = "client_id", clientSecret = "client_secret", username, password, code
            case redirectUri = "redirect_uri", scope
        }
    }

    struct TokenResponse: ResponseEncodable {
        let accessToken: String
        let tokenType = "Bearer"
        let scope: String
        let createdAt: Int

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", tokenType = "token_type", scope, createdAt = "created_at"
        }
    }

    @Sendable func token(_ request: Request, context: AppRequestContext) async throws -> TokenResponse {
        let input = try await request.decode(as: TokenRequest.self, context: context)
        guard let clientID = input.clientId, let secret = input.clientSecret,
              let application = try await tokens.application(clientID: clientID, secret: secret)
        else {
            throw APIError(.unauthorized, "invalid_client", description: "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.")
        }
        let appScopes = application.scopes.split(separator: " ").map(String.init)
        let scopes = try Self.parseScopes(input.scope ?? application.scopes)
        guard scopes.allSatisfy({ Scopes.covers(appScopes, $0) }) else {
            throw APIError(.badRequest, "invalid_scope", description: "The requested scope is invalid, unknown, or malformed: the application was registered with '\(application.scopes)'.")
        }
        let accountID: Int64?
        switch input.grantType {
        case "password":
            accountID = try await passwordGrant(input, context: context).id
        case "client_credentials":
            accountID = nil
        case "authorization_code":
            guard let code = input.code, let redirect = input.redirectUri,
                  let redeemed = try await tokens.redeemCode(code, applicationID: application.id, redirectURI: redirect)
            else {
                throw APIError(.badRequest, "invalid_grant", description: "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.")
            }
            accountID = redeemed.accountID
        case nil:
            throw APIError(.badRequest, "invalid_request", description: "The request is missing grant_type.")
        case let other?:
            throw APIError(.badRequest, "unsupported_grant_type", description: "The grant type '\(other)' is not supported; use password, authorization_code or client_credentials.")
        }
        let issued = try await tokens.issue(kind: "oauth", applicationID: application.id, accountID: accountID, scopes: scopes)
        try await audit.append(AuditEvent(
            action: "oauth.token.granted", target: application.clientID, actorAccountID: accountID, actorAddress: context.clientAddress,
            details: ["grant_type": input.grantType ?? "", "scopes": scopes.joined(separator: " "), "token_id": String(issued.id)]
        ))
        return TokenResponse(accessToken: issued.token, scope: scopes.joined(separator: " "), createdAt: Int(Date().timeIntervalSince1970))
    }

    private func passwordGrant(_ input: TokenRequest, context: AppRequestContext) async throws -> Account {
        guard let username = input.username, let password = input.password else {
            throw APIError(.badRequest, "invalid_request", description: "The password grant needs username and password.")
        }
        do {
            return try await signIn.signIn(username: username, password: password, address: context.clientAddress)
        } catch let error as SignInError {
            switch error {
            case .directory(.directoryUnavailable), .noDirectory:
                throw APIError(.serviceUnavailable, "directory_unavailable", description: error.description)
            case .lockedOut(let seconds):
                throw APIError(.tooManyRequests, "locked_out", description: error.description, headers: [.retryAfter: String(seconds)])
            case .suspended:
                throw APIError(.forbidden, "account_suspended", description: error.description)
            case .directory:
                throw APIError(.badRequest, "invalid_grant", description: error.description)
            }
        }
    }

    struct RevokeRequest: Decodable {
        let clientId: String?
        let clientSecret: String?
        let token: String?

        enum CodingKeys: String, CodingKey {
            case clientId = "client_id", clientSecret = "client_secret", token
        }
    }

    struct Empty: ResponseEncodable {}

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Empty {
        let input = try await request.decode(as: RevokeRequest.self, context: context)
        guard let clientID = input.clientId, let secret = input.clientSecret,
              let application = try await tokens.application(clientID: clientID, secret: secret)
        else {
            throw APIError(.forbidden, "unauthorized_client", description: "You are not authorized to revoke this token.")
        }
        guard let token = input.token else { throw APIError(.badRequest, "invalid_request", description: "The field 'token' is required.") }
        // RFC 7009: an unknown or already revoked token is not an error.
        if try await tokens.revoke(token: token, applicationID: application.id) {
            try await audit.append(AuditEvent(action: "oauth.token.revoked", target: application.clientID, actorAddress: context.clientAddress))
        }
        return Empty()
    }

    struct Metadata: ResponseEncodable {
        let issuer: String
        let authorizationEndpoint: String
        let tokenEndpoint: String
        let revocationEndpoint: String
        let appRegistrationEndpoint: String
        let scopesSupported: [String]
        let responseTypesSupported = ["code"]
        let grantTypesSupported = ["authorization_code", "password", "client_credentials"]
        let tokenEndpointAuthMethodsSupported = ["client_secret_post"]

        enum CodingKeys: String, CodingKey {
            case issuer, authorizationEndpoint = "authorization_endpoint", tokenEndpoint = "token_endpoint"
            case revocationEndpoint = "revocation_endpoint", appRegistrationEndpoint = "app_registration_endpoint"
            case scopesSupported = "scopes_supported", responseTypesSupported = "response_types_supported"
            case grantTypesSupported = "grant_types_supported", tokenEndpointAuthMethodsSupported = "token_endpoint_auth_methods_supported"
        }
    }

    @Sendable func metadata(_ request: Request, context: AppRequestContext) async throws -> Metadata {
        let base = publicURL.baseString
        return Metadata(
            issuer: base + "/", authorizationEndpoint: base + "/oauth/authorize", tokenEndpoint: base + "/oauth/token",
            revocationEndpoint: base + "/oauth/revoke", appRegistrationEndpoint: base + "/api/v1/apps",
            scopesSupported: Self.knownScopes.sorted()
        )
    }

    /// Splits a space-separated scope list and checks every scope is known.
    static func parseScopes(_ text: String) throws -> [String] {
        let scopes = Scopes.parse(text)
        guard !scopes.isEmpty else { throw APIError(.badRequest, "invalid_scope", description: "No scope was requested.") }
        if let unknown = scopes.first(where: { !knownScopes.contains($0) }) {
            throw APIError(.badRequest, "invalid_scope", description: "The scope '\(unknown)' is unknown.")
        }
        return scopes
    }
}
