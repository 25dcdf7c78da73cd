import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleConfig
import WarbleStore
import WarbleTestSupport

@Suite("OAuth as Mastodon clients use it, against the real directory")
struct OAuthTests {
    struct App: Decodable {
        let client_id: String
        let client_secret: String
        let scopes: [String]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try JSONDecoder().decode(type, from: Data(buffer: response.body))
    }

    static func register(_ client: some TestClientProtocol, scopes: String = "read write follow") async throws -> App {
        try await client.execute(uri: "/api/v1/apps", method: .post, headers: formHeaders,
                                 body: ["client_name": "Test client", "redirect_uris": "urn:ietf:wg:oauth:2.0:oob", "scopes": scopes].formBody) { response in
            #expect(response.status == .ok)
            return try decode(App.self, response)
        }
    }

    static func passwordToken(_ client: some TestClientProtocol, app: App, username: String, password: String = TestServices.demoPassword, scope: String = "read write") async throws -> TestResponse {
        try await client.execute(uri: "/oauth/token", method: .post, headers: formHeaders, body: [
            "grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret,
            "username": username, "password": password, "scope": scope,
        ].formBody) { $0 }
    }

    @Test("register, sign in with the password grant, read verify_credentials with the role, revoke")
    func passwordFlow() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client)
            #expect(app.scopes == ["read", "write", "follow"])
            let tokenResponse = try await Self.passwordToken(client, app: app, username: "carol")
            #expect(tokenResponse.status == .ok)
            let token = try Self.decode([String: AnyCodableValue].self, tokenResponse)
            #expect(token["token_type"] == .string("Bearer"))
            #expect(token["scope"] == .string("read write"))
            guard case .string(let accessToken) = token["access_token"] else { Issue.record("no token"); return }
            let bearer: HTTPFields = [.authorization: "Bearer \(accessToken)"]

            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: bearer) { response in
                #expect(response.status == .ok)
                let account = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(account?["username"] as? String == "carol")
                #expect(account?["acct"] as? String == "carol")
                #expect(account?["display_name"] as? String == "Carol Okafor")
                #expect((account?["role"] as? [String: Any])?["name"] as? String == "compliance")
                #expect((account?["id"] as? String).flatMap(Int64.init) != nil)
                let fields = account?["fields"] as? [[String: Any]]
                #expect(fields?.contains { $0["name"] as? String == "Title" && $0["value"] as? String == "Compliance Officer" } == true)
            }
            try await client.execute(uri: "/oauth/revoke", method: .post, headers: formHeaders, body: [
                "client_id": app.client_id, "client_secret": app.client_secret, "token": accessToken,
            ].formBody) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: bearer) { response in
                #expect(response.status == .unauthorized)
            }
            let actions = try await testDatabase.withDatabase { try await AuditRepository(database: $0).recent().map(\.action) }
            #expect(actions.prefix(4) == ["oauth.token.revoked", "oauth.token.granted", "auth.login", "account.created"])
        }
    }

    @Test("the token endpoint refuses bad clients, bad grants, wrong passwords and unknown scopes with OAuth errors")
    func refusals() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client, scopes: "read")
            let cases: [([String: String], HTTPResponse.Status, String)] = [
                (["grant_type": "password", "client_id": app.client_id, "client_secret": "wrong", "username": "bob", "password": "demo-password"], .unauthorized, "invalid_client"),
                (["grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret, "username": "bob", "password": "wrong"], .badRequest, "invalid_grant"),
                (["grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret, "username": "*", "password": "demo-password"], .badRequest, "invalid_grant"),
                (["grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret, "username": "bob", "password": ""], .badRequest, "invalid_grant"),
                (["grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret, "username": "bob", "password": "demo-password", "scope": "write"], .badRequest, "invalid_scope"),
                (["grant_type": "password", "client_id": app.client_id, "client_secret": app.client_secret, "username": "bob", "password": "demo-password", "scope": "root"], .badRequest, "invalid_scope"),
                (["grant_type": "magic", "client_id": app.client_id, "client_secret": app.client_secret], .badRequest, "unsupported_grant_type"),
                (["grant_type": "authorization_code", "client_id": app.client_id, "client_secret": app.client_secret, "code": "nope", "redirect_uri": "urn:ietf:wg:oauth:2.0:oob"], .badRequest, "invalid_grant"),
            ]
            for (form, status, error) in cases {
                try await client.execute(uri: "/oauth/token", method: .post, headers: formHeaders, body: form.formBody) { response in
                    let body = try Self.decode([String: String].self, response)
                    #expect(response.status == status, "\(form)")
                    #expect(body["error"] == error, "\(form)")
                }
            }
            try await client.execute(uri: "/api/v1/apps", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{\"scopes\": 3")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("requests without a user token are refused; an application token is not a user")
    func anonymousAndApplicationTokens() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: [.authorization: "Bearer forged"]) { response in
                #expect(response.status == .unauthorized)
            }
            let app = try await Self.register(client, scopes: "read")
            let token = try await client.execute(uri: "/oauth/token", method: .post, headers: formHeaders, body: [
                "grant_type": "client_credentials", "client_id": app.client_id, "client_secret": app.client_secret,
            ].formBody) { try Self.decode([String: AnyCodableValue].self, $0)["access_token"] }
            guard case .string(let accessToken) = token else { Issue.record("no token"); return }
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: [.authorization: "Bearer \(accessToken)"]) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    @Test("a token without read scope cannot read the account")
    func scopeEnforced() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client, scopes: "write")
            let response = try await Self.passwordToken(client, app: app, username: "bob", scope: "write")
            guard case .string(let accessToken) = try Self.decode([String: AnyCodableValue].self, response)["access_token"] else { Issue.record("no token"); return }
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: [.authorization: "Bearer \(accessToken)"]) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("repeated failures lock the user out with 429 and Retry-After")
    func lockout() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory(), login: LoginSettings(maxFailures: 2, maxFailuresPerAddress: 50, lockout: 300)).test(.router) { client in
            let app = try await Self.register(client)
            for _ in 0..<2 { #expect(try await Self.passwordToken(client, app: app, username: "dave", password: "x").status == .badRequest) }
            let locked = try await Self.passwordToken(client, app: app, username: "dave")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter].flatMap(Int.init).map { $0 > 0 && $0 <= 300 } == true)
        }
    }

    @Test("with the directory down, sign-in answers 503 while an existing token keeps working")
    func directoryDown() async throws {
        let testDatabase = try await TestDatabase.migrated()
        // A token issued while the directory was up…
        let accessToken: String = try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client)
            guard case .string(let token) = try Self.decode([String: AnyCodableValue].self, try await Self.passwordToken(client, app: app, username: "erin"))["access_token"] else {
                throw CancellationError()
            }
            return token
        }
        // …still works when it is not, and a new sign-in says the directory is unavailable.
        var down = try TestApplication.directory(timeout: 1)
        down.url = try #require(URL(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/"))
        try await TestApplication.make(database: testDatabase.settings, ldap: down).test(.router) { client in
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: [.authorization: "Bearer \(accessToken)"]) { response in
                #expect(response.status == .ok)
            }
            let app = try await Self.register(client)
            let refused = try await Self.passwordToken(client, app: app, username: "erin")
            #expect(refused.status == .serviceUnavailable)
            #expect(try Self.decode([String: String].self, refused)["error"] == "directory_unavailable")
        }
    }

    @Test("the authorization server metadata lists the grants Mastodon.py looks for")
    func metadata() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings).test(.router) { client in
            try await client.execute(uri: "/.well-known/oauth-authorization-server", method: .get) { response in
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((body?["grant_types_supported"] as? [String])?.contains("password") == true)
                #expect((body?["token_endpoint"] as? String)?.hasSuffix("/oauth/token") == true)
            }
        }
    }
}

/// A JSON value of a few simple kinds, for reading responses whose fields differ in type.
enum AnyCodableValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else { self = .other }
    }
}
