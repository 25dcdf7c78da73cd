import Foundation
import PostgresNIO
import WarbleCore

/// OAuth applications, access tokens and authorisation codes. Only digests of client secrets,
/// tokens and codes are stored; the clear values exist once, in the response that hands them out.
public struct TokenRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Registers a client; returns it and its client secret.
    public func createApplication(name: String, website: String?, redirectURIs: [String], scopes: String) async throws -> (OAuthApplication, secret: String) {
        let clientID = Secret.generate()
        let secret = Secret.generate()
        let id = try await database.rows("""
            INSERT INTO oauth_applications (name, website, redirect_uris, scopes, client_id, client_secret_hash)
            VALUES (\(name), \(website), \(redirectURIs), \(scopes), \(clientID), \(Secret.digest(secret)))
            RETURNING id
            """)[0].decode(Int64.self)
        return (OAuthApplication(id: id, name: name, website: website, redirectURIs: redirectURIs, scopes: scopes, clientID: clientID), secret)
    }

    /// The application with `clientID`, provided `secret` is its secret.
    public func application(clientID: String, secret: String) async throws -> OAuthApplication? {
        let rows = try await database.rows("""
            SELECT id, name, website, redirect_uris, scopes, client_id FROM oauth_applications
            WHERE client_id = \(clientID) AND client_secret_hash = \(Secret.digest(secret))
            """)
        return try rows.first.map(Self.application)
    }

    /// The application with `clientID`, for the authorisation page (which never sees the secret).
    public func application(clientID: String) async throws -> OAuthApplication? {
        let rows = try await database.rows("SELECT id, name, website, redirect_uris, scopes, client_id FROM oauth_applications WHERE client_id = \(clientID)")
        return try rows.first.map(Self.application)
    }

    static func application(_ row: PostgresRow) throws -> OAuthApplication {
        let (id, name, website, uris, scopes, clientID) = try row.decode((Int64, String, String?, [String], String, String).self)
        return OAuthApplication(id: id, name: name, website: website, redirectURIs: uris, scopes: scopes, clientID: clientID)
    }

    /// Issues a token and returns it in clear (the only time it exists so).
    public func issue(kind: String, applicationID: Int64?, accountID: Int64?, scopes: [String], description: String? = nil) async throws -> (token: String, id: Int64) {
        let token = Secret.generate()
        let id = try await database.rows("""
            INSERT INTO access_tokens (token_hash, kind, application_id, account_id, scopes, description)
            VALUES (\(Secret.digest(token)), \(kind), \(applicationID), \(accountID), \(scopes.joined(separator: " ")), \(description))
            RETURNING id
            """)[0].decode(Int64.self)
        return (token, id)
    }

    /// What `token` grants and the account it speaks for, in one query; nil unless the token is live:
    /// not revoked, and its account (if any) not suspended.
    public func identity(for token: String) async throws -> (grant: TokenGrant, account: Account?)? {
        let rows = try await database.rows("""
            SELECT t.id, t.account_id, t.application_id, t.scopes, \(unescaped: AccountRepository.columns(prefixed: "a")) FROM access_tokens t
            LEFT JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = \(Secret.digest(token)) AND t.revoked_at IS NULL
              AND (t.account_id IS NULL OR a.suspended_at IS NULL)
            """)
        return try rows.first.map { row in
            let random = row.makeRandomAccess()
            let accountID = try random[1].decode(Int64?.self)
            let grant = TokenGrant(
                tokenID: try random[0].decode(Int64.self), accountID: accountID, applicationID: try random[2].decode(Int64?.self),
                scopes: try random[3].decode(String.self).split(separator: " ").map(String.init)
            )
            return (grant, accountID == nil ? nil : try AccountRepository.account(random, from: 4))
        }
    }

    /// Revokes `token` if it belongs to `applicationID` (nil: whoever owns it). Returns whether a live token was revoked.
    @discardableResult
    public func revoke(token: String, applicationID: Int64?) async throws -> Bool {
        let rows = try await database.rows("""
            UPDATE access_tokens SET revoked_at = now()
            WHERE token_hash = \(Secret.digest(token)) AND revoked_at IS NULL
              AND (\(applicationID)::bigint IS NULL OR application_id = \(applicationID))
            RETURNING id
            """)
        return !rows.isEmpty
    }

    /// Revokes every live token of an account; returns how many.
    @discardableResult
    public func revokeAll(accountID: Int64) async throws -> Int {
        try await database.rows("UPDATE access_tokens SET revoked_at = now() WHERE account_id = \(accountID) AND revoked_at IS NULL RETURNING id").count
    }

    /// Stores an authorisation code for the code grant, valid for ten minutes.
    public func createCode(applicationID: Int64, accountID: Int64, scopes: [String], redirectURI: String) async throws -> String {
        let code = Secret.generate()
        try await database.execute("""
            INSERT INTO authorization_codes (code_hash, application_id, account_id, scopes, redirect_uri, expires_at)
            VALUES (\(Secret.digest(code)), \(applicationID), \(accountID), \(scopes.joined(separator: " ")), \(redirectURI), now() + interval '10 minutes')
            """)
        return code
    }

    /// Uses up `code` if it is live and was issued to `applicationID` for `redirectURI`; returns the account and scopes.
    public func redeemCode(_ code: String, applicationID: Int64, redirectURI: String) async throws -> (accountID: Int64, scopes: [String])? {
        let rows = try await database.rows("""
            UPDATE authorization_codes SET used_at = now()
            WHERE code_hash = \(Secret.digest(code)) AND used_at IS NULL AND expires_at > now()
              AND application_id = \(applicationID) AND redirect_uri = \(redirectURI)
            RETURNING account_id, scopes
            """)
        return try rows.first.map { row in
            let (account, scopes) = try row.decode((Int64, String).self)
            return (account, scopes.split(separator: " ").map(String.init))
        }
    }
}
