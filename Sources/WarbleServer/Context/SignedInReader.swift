import Hummingbird
import WarbleCore
import WarbleStore

/// Who is asking on a route that browsers open directly (feeds, the personal archive): the
/// account of a bearer token or of a browser session; anyone else gets a 401 that says `why`.
struct SignedInReader {
    let sessions: SessionRepository

    func account(_ request: Request, context: AppRequestContext, why: String) async throws -> Account {
        if let account = context.identity?.account { return account }
        if let token = request.cookies[AuthorizeController.sessionCookie]?.value, !token.isEmpty,
           let session = try await sessions.find(token: token), !session.account.isSuspended {
            return session.account
        }
        throw APIError(.unauthorized, "The access token is invalid", description: why, headers: [.wwwAuthenticate: "Bearer realm=\"Warble\""])
    }
}
