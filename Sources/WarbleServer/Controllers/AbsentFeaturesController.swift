import Hummingbird

/// Mastodon endpoints for features Warble does not have, answered as a Mastodon server without
/// them answers: empty lists. Clients call them at start-up and fail without them. Warble has no
/// custom emoji, no locked accounts (so no follow requests), no announcements, filters,
/// endorsements, featured tags, domain blocks or suggestions.
struct AbsentFeaturesController {
    var publicEndpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("api/v1/custom_emojis") { _, _ in [String]() }
    }

    var endpoints: RouteCollection<UserRequestContext> {
        let empty: @Sendable (Request, UserRequestContext) async throws -> [String] = { _, context in
            try context.require(anyOf: "read")
            return []
        }
        return RouteCollection(context: UserRequestContext.self)
            .get("v1/follow_requests", use: empty)
            .get("v1/announcements", use: empty)
            .get("v1/filters", use: empty)
            .get("v2/filters", use: empty)
            .get("v1/endorsements", use: empty)
            .get("v1/featured_tags", use: empty)
            .get("v1/domain_blocks", use: empty)
            .get("v2/suggestions", use: empty)
    }
}
