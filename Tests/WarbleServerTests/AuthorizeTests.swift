import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleConfig
import WarbleStore
import WarbleTestSupport

@Suite("The authorization-code grant's sign-in and consent pages")
struct AuthorizeTests {
    static let callback = "https://client.example/callback"

    static func register(_ client: some TestClientProtocol, name: String = "Desk client") async throws -> OAuthTests.App {
        try await client.execute(uri: "/api/v1/apps", method: .post, headers: formHeaders,
                                 body: ["client_name": name, "redirect_uris": callback, "scopes": "read write"].formBody) { response in
            try OAuthTests.decode(OAuthTests.App.self, response)
        }
    }

    static func query(_ app: OAuthTests.App, redirect: String = callback) -> String {
        var components = URLComponents()
        components.path = "/oauth/authorize"
        components.queryItems = [
            .init(name: "response_type", value: "code"), .init(name: "client_id", value: app.client_id),
            .init(name: "redirect_uri", value: redirect), .init(name: "scope", value: "read"), .init(name: "state", value: "xyz"),
        ]
        return components.percentEncodedQuery.map { "/oauth/authorize?\($0)" } ?? ""
    }

    /// The value of `name` among the response's Set-Cookie headers, with the header itself.
    static func cookie(_ name: String, in response: TestResponse) -> (value: String, header: String)? {
        for header in response.headers[values: .setCookie] where header.hasPrefix("\(name)=") {
            let value = header.dropFirst(name.count + 1).prefix { $0 != ";" }
            return (String(value), header)
        }
        return nil
    }

    static func hiddenField(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("sign in, consent, receive a code, exchange it once for a token")
    func codeFlow() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client)
            // The sign-in page, with its security headers and a double-submit CSRF cookie.
            let page = try await client.execute(uri: Self.query(app), method: .get) { $0 }
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            let html = String(buffer: page.body)
            #expect(html.contains("<label for=\"password\">"))
            let csrf = try #require(Self.hiddenField("csrf_token", in: html))
            let csrfCookie = try #require(Self.cookie("warble_csrf", in: page))
            #expect(csrfCookie.value == csrf)
            let signInForm = ["action": "sign_in", "client_id": app.client_id, "redirect_uri": Self.callback, "scope": "read", "state": "xyz", "response_type": "code", "username": "grace", "password": TestServices.demoPassword]

            // Without the CSRF token, nothing happens.
            try await client.execute(uri: "/oauth/authorize", method: .post, headers: formHeaders, body: signInForm.formBody) { response in
                #expect(response.status == .forbidden)
                #expect(Self.cookie("warble_session", in: response) == nil)
            }
            // A wrong password shows the page again with the reason.
            var cookieHeaders = formHeaders
            cookieHeaders[.cookie] = "warble_csrf=\(csrf)"
            try await client.execute(uri: "/oauth/authorize", method: .post, headers: cookieHeaders,
                                     body: signInForm.merging(["csrf_token": csrf, "password": "wrong"]) { $1 }.formBody) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("The user name or password is not correct."))
            }
            // The right one starts a session.
            let signedIn = try await client.execute(uri: "/oauth/authorize", method: .post, headers: cookieHeaders,
                                                    body: signInForm.merging(["csrf_token": csrf]) { $1 }.formBody) { $0 }
            #expect(signedIn.status == .seeOther)
            let session = try #require(Self.cookie("warble_session", in: signedIn))
            #expect(session.header.contains("HttpOnly"))
            #expect(session.header.contains("SameSite=Lax"))
            #expect(!session.header.contains("Secure"))

            // The consent page carries the session's CSRF token.
            let sessionHeaders: HTTPFields = [.cookie: "warble_session=\(session.value)", .contentType: "application/x-www-form-urlencoded"]
            let consent = try await client.execute(uri: Self.query(app), method: .get, headers: sessionHeaders) { $0 }
            let consentHTML = String(buffer: consent.body)
            #expect(consentHTML.contains("@grace"))
            let sessionCSRF = try #require(Self.hiddenField("csrf_token", in: consentHTML))
            let decision = ["client_id": app.client_id, "redirect_uri": Self.callback, "scope": "read", "state": "xyz", "response_type": "code", "decision": "allow"]
            try await client.execute(uri: "/oauth/authorize", method: .post, headers: sessionHeaders, body: decision.merging(["csrf_token": "forged"]) { $1 }.formBody) { response in
                #expect(response.status == .forbidden)
            }
            let approved = try await client.execute(uri: "/oauth/authorize", method: .post, headers: sessionHeaders, body: decision.merging(["csrf_token": sessionCSRF]) { $1 }.formBody) { $0 }
            #expect(approved.status == .found)
            let location = try #require(approved.headers[.location].flatMap(URLComponents.init(string:)))
            #expect(location.host == "client.example")
            #expect(location.queryItems?.first { $0.name == "state" }?.value == "xyz")
            let code = try #require(location.queryItems?.first { $0.name == "code" }?.value)

            // The code buys one token.
            let exchange = ["grant_type": "authorization_code", "client_id": app.client_id, "client_secret": app.client_secret, "code": code, "redirect_uri": Self.callback]
            let token = try await client.execute(uri: "/oauth/token", method: .post, headers: formHeaders, body: exchange.formBody) { response in
                #expect(response.status == .ok)
                return try OAuthTests.decode([String: AnyCodableValue].self, response)["access_token"]
            }
            guard case .string(let accessToken) = token else { Issue.record("no token"); return }
            try await client.execute(uri: "/api/v1/accounts/verify_credentials", method: .get, headers: [.authorization: "Bearer \(accessToken)"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/oauth/token", method: .post, headers: formHeaders, body: exchange.formBody) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("an unknown client or a redirect URI it did not register gets an error page, never a redirect")
    func badRequests() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client)
            for uri in [Self.query(app, redirect: "https://evil.example/steal"), "/oauth/authorize?client_id=nope&redirect_uri=x&response_type=code"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.headers[.location] == nil)
                }
            }
        }
    }

    @Test("an application name with markup is shown as text")
    func escapesMarkup() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings, ldap: TestApplication.directory()).test(.router) { client in
            let app = try await Self.register(client, name: "<script>alert(1)</script><img src=x onerror=alert(2)>")
            try await client.execute(uri: Self.query(app), method: .get) { response in
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>"))
                #expect(!html.contains("<img"))
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
        }
    }
}
