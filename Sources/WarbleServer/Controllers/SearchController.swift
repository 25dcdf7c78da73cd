import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `GET /api/v2/search` (accounts, hashtags, posts by full text) and the organisation's trends
/// (`/api/v1/trends/tags`; trending posts and links are empty lists, as Mastodon allows).
struct SearchController {
    let search: SearchRepository
    let accounts: AccountsController
    let tags: TagsController
    let posts: PostRepository
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("v2/search", use: find)
            .get("v1/trends", use: trendingTags)
            .get("v1/trends/tags", use: trendingTags)
            .get("v1/trends/statuses", use: { _, context -> [MastodonStatus] in try context.require(anyOf: "read"); return [] })
            .get("v1/trends/links", use: { _, context -> [String] in try context.require(anyOf: "read"); return [] })
    }

    struct Results: ResponseEncodable {
        let accounts: [MastodonAccount]
        let statuses: [MastodonStatus]
        let hashtags: [MastodonTag]
    }

    @Sendable func find(_ request: Request, context: UserRequestContext) async throws -> Results {
        try context.require(anyOf: "read:search")
        let parameters = request.uri.queryParameters
        let query = (parameters["q"].map(String.init) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty, query.count <= 500 else {
            throw APIError(.badRequest, "Validation failed: q is missing or too long", description: "Send 'q' with 1 to 500 characters.")
        }
        let type = parameters["type"].map(String.init)
        guard type == nil || ["accounts", "hashtags", "statuses"].contains(type!) else {
            throw APIError(.badRequest, "Validation failed: unknown type", description: "'type' is accounts, hashtags or statuses.")
        }
        let pageQuery = try PageQuery(request, maximum: 40)
        let offset = max(parameters["offset"].flatMap { Int(String($0)) } ?? 0, 0)
        let following = parameters["following"].map { ["true", "1"].contains($0.lowercased()) } ?? false
        let authorID = try parameters["account_id"].map { text -> Int64 in
            guard let id = Int64(String(text)) else { throw APIError(.badRequest, "Validation failed: account_id is not an id") }
            return id
        }
        func wanted(_ name: String) -> Bool { type == nil || type == name }

        var foundAccounts: [MastodonAccount] = []
        if wanted("accounts"), authorID == nil {
            let matches = try await accounts.matching(query, viewer: context.account.id, onlyFollowing: following, limit: pageQuery.page.limit, offset: offset)
            foundAccounts = try await presenter.accounts(matches)
        }
        var foundTags: [MastodonTag] = []
        let bare = query.hasPrefix("#") ? String(query.dropFirst()) : query
        if wanted("hashtags"), authorID == nil, PostText.isValidTag(bare) {
            for name in try await search.tags(startingWith: PostText.normalizeTag(bare), limit: pageQuery.page.limit, offset: offset) {
                foundTags.append(try await tags.tag(name, viewer: context.account.id))
            }
        }
        var foundStatuses: [MastodonStatus] = []
        if wanted("statuses") {
            let ids = try await search.posts(matching: query, viewer: context.account.id, authorID: authorID, page: pageQuery.page, offset: offset)
            foundStatuses = try await presenter.statuses(try await posts.views(ids: ids, viewer: context.account.id), viewer: context.account.id)
        }
        return Results(accounts: foundAccounts, statuses: foundStatuses, hashtags: foundTags)
    }

    @Sendable func trendingTags(_ request: Request, context: UserRequestContext) async throws -> [MastodonTag] {
        try context.require(anyOf: "read")
        let parameters = request.uri.queryParameters
        let limit = min(max(parameters["limit"].flatMap { Int(String($0)) } ?? 10, 1), 20)
        let offset = max(parameters["offset"].flatMap { Int(String($0)) } ?? 0, 0)
        var result: [MastodonTag] = []
        for name in try await search.trendingTags(limit: limit, offset: offset) {
            result.append(try await tags.tag(name, viewer: context.account.id))
        }
        return result
    }
}
