import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/accounts/…`: the reader's own account, other people's profiles and posts, followers
/// and following, relationships, look-up and search, and follow, block and mute.
struct AccountsController {
    let accounts: AccountRepository
    let relationships: RelationshipRepository
    let timelines: TimelinesController
    let presenter: MastodonPresenter
    let events: EventChannel

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("verify_credentials", use: verifyCredentials)
            .get("relationships", use: relationshipList)
            .get("lookup", use: lookup)
            .get("search", use: search)
            .get(":id", use: show)
            .get(":id/statuses", use: statuses)
            .get(":id/followers", use: followers)
            .get(":id/following", use: following)
            .post(":id/follow", use: follow)
            .post(":id/unfollow", use: unfollow)
            .post(":id/block", use: block)
            .post(":id/unblock", use: unblock)
            .post(":id/mute", use: mute)
            .post(":id/unmute", use: unmute)
    }

    @Sendable func verifyCredentials(_ request: Request, context: UserRequestContext) async throws -> MastodonAccount {
        try context.require(anyOf: "read:accounts", "profile")
        return try await presenter.account(context.account, withCredentials: true)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> MastodonAccount {
        try context.require(anyOf: "read:accounts")
        return try await presenter.account(try await account(context))
    }

    /// `?acct=name` or `?acct=name@this.host`.
    @Sendable func lookup(_ request: Request, context: UserRequestContext) async throws -> MastodonAccount {
        try context.require(anyOf: "read:accounts")
        var acct = request.uri.queryParameters["acct"].map(String.init) ?? ""
        if acct.hasPrefix("@") { acct.removeFirst() }
        let parts = acct.split(separator: "@", omittingEmptySubsequences: false)
        guard let name = parts.first, parts.count <= 2, parts.count == 1 || parts[1].lowercased() == presenter.publicURL.host?.lowercased(),
              Handle.isValid(String(name)), let found = try await accounts.find(usernames: [String(name)]).first, !found.isSuspended else {
            throw APIError(.notFound, "Record not found", description: "No account has that handle.")
        }
        return try await presenter.account(found)
    }

    /// Accounts whose handle, name or email contains `q`; `following=true` keeps those the reader follows.
    @Sendable func search(_ request: Request, context: UserRequestContext) async throws -> [MastodonAccount] {
        try context.require(anyOf: "read:accounts")
        let query = request.uri.queryParameters["q"].map(String.init) ?? ""
        let limit = min(max(request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 40, 1), 80)
        let offset = max(request.uri.queryParameters["offset"].flatMap { Int(String($0)) } ?? 0, 0)
        let onlyFollowing = request.uri.queryParameters["following"].map { ["true", "1"].contains($0.lowercased()) } ?? false
        return try await presenter.accounts(try await matching(query, viewer: context.account.id, onlyFollowing: onlyFollowing, limit: limit, offset: offset))
    }

    /// Active accounts matching `query` (without a leading `@`), ordered by handle.
    func matching(_ query: String, viewer: Int64, onlyFollowing: Bool, limit: Int, offset: Int) async throws -> [Account] {
        let term = query.trimmingCharacters(in: .whitespaces).drop { $0 == "@" }
        guard !term.isEmpty else { return [] }
        var found = try await accounts.list(matching: String(term), limit: offset + limit + 100).filter { !$0.isSuspended }
        if onlyFollowing {
            let following = try await relationships.relationships(of: viewer, to: found.map(\.id))
            let followed = Set(following.filter(\.following).map(\.accountID))
            found = found.filter { followed.contains($0.id) }
        }
        return Array(found.dropFirst(offset).prefix(limit))
    }

    @Sendable func statuses(_ request: Request, context: UserRequestContext) async throws -> Response {
        let target = try await account(context)
        let query = request.uri.queryParameters
        func flag(_ name: String) -> Bool { query[name[...]].map { ["true", "1"].contains($0.lowercased()) } ?? false }
        var filter = TimelineRepository.AccountFilter()
        filter.excludeReplies = flag("exclude_replies")
        filter.excludeReblogs = flag("exclude_reblogs")
        filter.pinnedOnly = flag("pinned")
        filter.onlyMedia = flag("only_media")
        filter.tagged = try query["tagged"].map { try TagsController.name(String($0)) }
        return try await timelines.list(request, context: context, scope: "read:statuses") { page in
            try await timelines.timelines.account(target.id, viewer: context.account.id, filter: filter, page: page)
        }
    }

    @Sendable func followers(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await people(request, context: context) { try await relationships.followers(of: $0, page: $1) }
    }

    @Sendable func following(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await people(request, context: context) { try await relationships.following(of: $0, page: $1) }
    }

    private func people(_ request: Request, context: UserRequestContext, list: (Int64, Page) async throws -> [Int64]) async throws -> Response {
        try context.require(anyOf: "read:accounts")
        let target = try await account(context)
        let query = try PageQuery(request, defaultLimit: 40, maximum: 80)
        let ids = try await list(target.id, query.page)
        return try query.response(try await presenter.accounts(ids: ids), cursors: ids, request: request, publicURL: presenter.publicURL)
    }

    /// `?id[]=1&id[]=2`: the reader's relationship to each, in that order.
    @Sendable func relationshipList(_ request: Request, context: UserRequestContext) async throws -> [MastodonRelationship] {
        try context.require(anyOf: "read:follows")
        let ids = (request.queryValues("id[]") + request.queryValues("id")).compactMap { Int64($0) }
        let existing = Set(try await accounts.find(ids: ids).map(\.id))
        return try await relationships.relationships(of: context.account.id, to: ids.filter(existing.contains)).map(MastodonRelationship.init)
    }

    @Sendable func follow(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        try await change(context, scopes: "write:follows", "follow") { target, viewer in
            try await relationships.follow(target, by: viewer)
            await events.publish(.notified([target]))
        }
    }

    @Sendable func unfollow(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        try await change(context, scopes: "write:follows", "follow") { try await relationships.unfollow($0, by: $1) }
    }

    @Sendable func block(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        try await change(context, scopes: "write:blocks", "follow") { try await relationships.block($0, by: $1) }
    }

    @Sendable func unblock(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        try await change(context, scopes: "write:blocks", "follow") { try await relationships.unblock($0, by: $1) }
    }

    struct MuteForm: Decodable {
        let notifications: LenientBool?
    }

    @Sendable func mute(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        let form = try? await request.decode(as: MuteForm.self, context: context)
        return try await change(context, scopes: "write:mutes", "follow") {
            try await relationships.mute($0, by: $1, notifications: form?.notifications?.value ?? true)
        }
    }

    @Sendable func unmute(_ request: Request, context: UserRequestContext) async throws -> MastodonRelationship {
        try await change(context, scopes: "write:mutes", "follow") { try await relationships.unmute($0, by: $1) }
    }

    private func change(_ context: UserRequestContext, scopes: String..., action: (Int64, Int64) async throws -> Void) async throws -> MastodonRelationship {
        try context.require(anyOf: scopes)
        let target = try await account(context)
        try await action(target.id, context.account.id)
        return MastodonRelationship(try await relationships.relationships(of: context.account.id, to: [target.id])[0])
    }

    /// The active account named by `:id`; anything else is a 404.
    private func account(_ context: UserRequestContext) async throws -> Account {
        guard let id = context.parameters.get("id", as: Int64.self), let found = try await accounts.find(id: id), !found.isSuspended else {
            throw APIError(.notFound, "Record not found", description: "There is no such account.")
        }
        return found
    }
}
