import Foundation

/// A client registered through `POST /api/v1/apps`.
public struct OAuthApplication: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let website: String?
    public let redirectURIs: [String]
    public let scopes: String
    public let clientID: String
}

/// Who a bearer token speaks for: an account (with its role) or, for a client-credentials token,
/// only an application.
public struct TokenGrant: Sendable, Equatable {
    public let tokenID: Int64
    public let accountID: Int64?
    public let applicationID: Int64?
    public let scopes: [String]
}
