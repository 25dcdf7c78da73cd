import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/tags/:name` (with follow and unfollow) and `/api/v1/followed_tags`.
struct TagsController {
    let relationships: RelationshipRepository
    let publicURL: URL

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("tags/:name", use: show)
            .post("tags/:name/follow", use: follow)
            .post("tags/:name/unfollow", use: unfollow)
            .get("followed_tags", use: followed)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> MastodonTag {
        try context.require(anyOf: "read:statuses", "read:follows")
        return try await tag(try Self.name(context.parameters.get("name")), viewer: context.account.id)
    }

    @Sendable func follow(_ request: Request, context: UserRequestContext) async throws -> MastodonTag {
        try context.require(anyOf: "write:follows", "follow")
        let name = try Self.name(context.parameters.get("name"))
        try await relationships.followTag(name, by: context.account.id)
        return try await tag(name, viewer: context.account.id)
    }

    @Sendable func unfollow(_ request: Request, context: UserRequestContext) async throws -> MastodonTag {
        try context.require(anyOf: "write:follows", "follow")
        let name = try Self.name(context.parameters.get("name"))
        try await relationships.unfollowTag(name, by: context.account.id)
        return try await tag(name, viewer: context.account.id)
    }

    @Sendable func followed(_ request: Request, context: UserRequestContext) async throws -> [MastodonTag] {
        try context.require(anyOf: "read:follows", "follow")
        var tags: [MastodonTag] = []
        for name in try await relationships.followedTags(by: context.account.id) {
            tags.append(try await tag(name, viewer: context.account.id))
        }
        return tags
    }

    func tag(_ name: String, viewer: Int64) async throws -> MastodonTag {
        let (following, history) = try await relationships.tag(name, viewer: viewer)
        return MastodonTag(
            name: name,
            url: publicURL.tagURL(name),
            history: history.map { .init(day: String(Int64($0.day.timeIntervalSince1970)), uses: String($0.uses), accounts: String($0.accounts)) },
            following: following
        )
    }

    /// A hashtag from the path, without a leading `#`, normalised; anything else is a 404.
    static func name(_ raw: String?) throws -> String {
        let text = (raw ?? "").removingPercentEncoding ?? ""
        let bare = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard PostText.isValidTag(bare) else {
            throw APIError(.notFound, "Record not found", description: "A hashtag has letters, digits or '_' and is not only digits.")
        }
        return PostText.normalizeTag(bare)
    }
}
