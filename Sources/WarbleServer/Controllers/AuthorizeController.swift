import Foundation
import Hummingbird
import WarbleCore
import WarbleIdentity
import WarbleStore

/// `GET|POST /oauth/authorize`: the sign-in and consent page of the authorisation-code grant.
/// Signing in starts a browser session (an HttpOnly, SameSite=Lax cookie, Secure behind TLS,
/// backed by a revocable row); every form carries a CSRF token — the session's, or before sign-in
/// a double-submit cookie. Invalid client or redirect URI shows an error page and never redirects.
struct AuthorizeController {
    let tokens: TokenRepository
    let sessions: SessionRepository
    let signIn: SignInService
    let audit: AuditRepository
    let pages: PageRenderer
    let secureCookies: Bool

    static let sessionCookie = "warble_session"
    static let signInCSRFCookie = "warble_csrf"
    static let sessionLifetime: Double = 14 * 24 * 3600
    static let outOfBand = "urn:ietf:wg:oauth:2.0:oob"

    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("oauth/authorize", use: show)
            .post("oauth/authorize", use: submit)
    }

    /// The parameters of an authorisation request, from the query or the form.
    struct Parameters: Decodable {
        let clientID: String?
        let redirectURI: String?
        let scope: String?
        let state: String?
        let responseType: String?
        let csrfToken: String?
        let action: String?
        let username: String?
        let password: String?
        let decision: String?

        enum CodingKeys: String, CodingKey {
            case clientID = "client_id", redirectURI = "redirect_uri", scope, state, responseType = "response_type"
            case csrfToken = "csrf_token", action, username, password, decision
        }
    }

    /// A request whose client, redirect URI and scopes have been checked.
    struct Checked {
        let application: OAuthApplication
        let redirectURI: String
        let scopes: [String]
        let state: String

        var values: [String: Any] {
            ["applicationName": application.name, "clientID": application.clientID, "redirectURI": redirectURI,
             "scope": scopes.joined(separator: " "), "scopes": scopes, "state": state]
        }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = try request.uri.decodeQuery(as: Parameters.self, context: context)
        let checked: Checked
        switch try await check(parameters) {
        case .success(let value): checked = value
        case .failure(let page): return page.response
        }
        if let session = try await session(request) {
            return consentPage(checked, session: session)
        }
        return signInPage(checked, message: nil, username: "")
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = try await request.decode(as: Parameters.self, context: context)
        let checked: Checked
        switch try await check(parameters) {
        case .success(let value): checked = value
        case .failure(let page): return page.response
        }
        if parameters.action == "sign_in" {
            return try await signInSubmitted(parameters, checked: checked, request: request, context: context)
        }
        guard let session = try await session(request) else {
            return signInPage(checked, message: "Your session has ended. Sign in again.", username: "")
        }
        guard let token = parameters.csrfToken, token == session.csrfToken else {
            return pages.render("error", ["title": "Form expired", "message": "This form is no longer valid (missing or wrong CSRF token). Go back and try again."], status: .forbidden)
        }
        guard parameters.decision == "allow" else {
            try await audit.append(AuditEvent(action: "oauth.authorize.denied", target: checked.application.clientID, actorAccountID: session.account.id, actorAddress: context.clientAddress))
            return redirect(checked, query: [("error", "access_denied")])
        }
        let code = try await tokens.createCode(applicationID: checked.application.id, accountID: session.account.id, scopes: checked.scopes, redirectURI: checked.redirectURI)
        try await audit.append(AuditEvent(action: "oauth.authorize.approved", target: checked.application.clientID, actorAccountID: session.account.id, actorAddress: context.clientAddress, details: ["scopes": checked.scopes.joined(separator: " ")]))
        if checked.redirectURI == Self.outOfBand {
            return pages.render("code", checked.values.merging(["title": "Authorization code", "code": code]) { $1 })
        }
        return redirect(checked, query: [("code", code)])
    }

    private func signInSubmitted(_ parameters: Parameters, checked: Checked, request: Request, context: AppRequestContext) async throws -> Response {
        guard let token = parameters.csrfToken, let cookie = request.cookies[Self.signInCSRFCookie]?.value, !token.isEmpty, token == cookie else {
            return pages.render("error", ["title": "Form expired", "message": "This form is no longer valid (missing or wrong CSRF token). Go back and try again."], status: .forbidden)
        }
        let username = parameters.username ?? ""
        do {
            let account = try await signIn.signIn(username: username, password: parameters.password ?? "", address: context.clientAddress)
            let session = try await sessions.create(
                accountID: account.id, address: context.clientAddress, userAgent: request.headers[.userAgent], lifetime: Self.sessionLifetime
            )
            var response = Response(status: .seeOther, headers: [.location: authorizeURL(checked)])
            response.setCookie(Cookie(name: Self.sessionCookie, value: session, maxAge: Int(Self.sessionLifetime), path: "/", secure: secureCookies, httpOnly: true, sameSite: .lax))
            response.setCookie(Cookie(name: Self.signInCSRFCookie, value: "", maxAge: 0, path: "/oauth", secure: secureCookies, httpOnly: true, sameSite: .strict))
            return response
        } catch let error as SignInError {
            let status: HTTPResponse.Status = switch error {
            case .lockedOut: .tooManyRequests
            case .directory(.directoryUnavailable), .noDirectory: .serviceUnavailable
            case .suspended: .forbidden
            case .directory: .unauthorized
            }
            return signInPage(checked, message: error.description, username: username, status: status)
        }
    }

    private func signInPage(_ checked: Checked, message: String?, username: String, status: HTTPResponse.Status = .ok) -> Response {
        let csrf = Secret.generate()
        var values = checked.values
        values["title"] = "Sign in"
        values["csrfToken"] = csrf
        values["username"] = username
        if let message { values["message"] = message }
        var response = pages.render("signIn", values, status: status)
        response.setCookie(Cookie(name: Self.signInCSRFCookie, value: csrf, path: "/oauth", secure: secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    private func consentPage(_ checked: Checked, session: BrowserSession) -> Response {
        var values = checked.values
        values["title"] = "Authorize \(checked.application.name)"
        values["username"] = session.account.username
        values["csrfToken"] = session.csrfToken
        return pages.render("consent", values)
    }

    private func session(_ request: Request) async throws -> BrowserSession? {
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty else { return nil }
        return try await sessions.find(token: token)
    }

    /// Checks client, redirect URI, response type and scopes; a failure is the error page to show.
    private func check(_ parameters: Parameters) async throws -> Result<Checked, ErrorPage> {
        func failure(_ message: String) -> Result<Checked, ErrorPage> {
            .failure(ErrorPage(response: pages.render("error", ["title": "Cannot authorize", "message": message], status: .badRequest)))
        }
        guard let clientID = parameters.clientID, let application = try await tokens.application(clientID: clientID) else {
            return failure("The application is unknown (client_id). Ask its maker to register it again.")
        }
        guard let redirectURI = parameters.redirectURI, application.redirectURIs.contains(redirectURI) else {
            return failure("The redirect_uri does not match what \(application.name) registered.")
        }
        guard parameters.responseType == "code" else {
            return failure("Only response_type=code is supported.")
        }
        let requested = Scopes.parse(parameters.scope ?? "read")
        let granted = application.scopes.split(separator: " ").map(String.init)
        guard !requested.isEmpty, requested.allSatisfy({ Scopes.covers(granted, $0) }) else {
            return failure("The application asks for scopes it did not register (\(requested.joined(separator: " "))).")
        }
        return .success(Checked(application: application, redirectURI: redirectURI, scopes: requested, state: parameters.state ?? ""))
    }

    private func authorizeURL(_ checked: Checked) -> String {
        var components = URLComponents()
        components.path = "/oauth/authorize"
        components.queryItems = [
            URLQueryItem(name: "response_type", value: "code"), URLQueryItem(name: "client_id", value: checked.application.clientID),
            URLQueryItem(name: "redirect_uri", value: checked.redirectURI), URLQueryItem(name: "scope", value: checked.scopes.joined(separator: " ")),
        ] + (checked.state.isEmpty ? [] : [URLQueryItem(name: "state", value: checked.state)])
        return components.string ?? "/oauth/authorize"
    }

    private func redirect(_ checked: Checked, query: [(String, String)]) -> Response {
        guard var components = URLComponents(string: checked.redirectURI) else {
            return pages.render("error", ["title": "Cannot redirect", "message": "The registered redirect URI is not valid."], status: .badRequest)
        }
        components.queryItems = (components.queryItems ?? []) + query.map { URLQueryItem(name: $0.0, value: $0.1) }
            + (checked.state.isEmpty ? [] : [URLQueryItem(name: "state", value: checked.state)])
        return Response(status: .found, headers: [.location: components.string ?? checked.redirectURI])
    }
}

/// A page that answers a request which cannot go on.
struct ErrorPage: Error {
    let response: Response
}
