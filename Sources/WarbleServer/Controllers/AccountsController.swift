import Foundation
import Hummingbird

/// `/api/v1/accounts/…` routes that need a signed-in user.
struct AccountsController {
    let publicURL: URL

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("verify_credentials", use: verifyCredentials)
    }

    @Sendable func verifyCredentials(_ request: Request, context: UserRequestContext) async throws -> MastodonAccount {
        try context.require(anyOf: "read:accounts", "profile")
        return MastodonAccount(context.account, publicURL: publicURL, withCredentials: true)
    }
}
