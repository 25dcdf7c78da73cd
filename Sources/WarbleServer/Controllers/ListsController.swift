import Foundation
import Hummingbird
import WarbleStore

/// `/api/v1/lists…` and `/api/v1/timelines/list/:id`: the reader's lists of people they follow.
struct ListsController {
    let lists: ListRepository
    let timelines: TimelinesController
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("lists", use: index)
            .post("lists", use: create)
            .get("lists/:id", use: show)
            .put("lists/:id", use: update)
            .delete("lists/:id", use: delete)
            .get("lists/:id/accounts", use: accounts)
            .post("lists/:id/accounts", use: addAccounts)
            .delete("lists/:id/accounts", use: removeAccounts)
            .get("timelines/list/:id", use: timeline)
            .get("accounts/:id/lists", use: containing)
    }

    /// A list as Mastodon shows it.
    struct ListEntity: ResponseEncodable {
        let id: String
        let title: String
        let repliesPolicy: String
        let exclusive: Bool

        init(_ list: FollowList) {
            id = String(list.id)
            title = list.title
            repliesPolicy = list.repliesPolicy
            exclusive = list.exclusive
        }
    }

    struct ListForm: Decodable {
        let title: String?
        let repliesPolicy: String?
        let exclusive: LenientBool?

        enum CodingKeys: String, CodingKey {
            case title
            case repliesPolicy = "replies_policy"
            case exclusive
        }
    }

    struct AccountsForm: Decodable {
        let accountIDs: [String]?

        enum CodingKeys: String, CodingKey { case accountIDs = "account_ids" }
    }

    @Sendable func index(_ request: Request, context: UserRequestContext) async throws -> [ListEntity] {
        try context.require(anyOf: "read:lists")
        return try await lists.lists(of: context.account.id).map(ListEntity.init)
    }

    @Sendable func create(_ request: Request, context: UserRequestContext) async throws -> ListEntity {
        try context.require(anyOf: "write:lists")
        let form = try await request.decode(as: ListForm.self, context: context)
        let title = try Self.title(form.title ?? "")
        let policy = try Self.policy(form.repliesPolicy) ?? "list"
        return ListEntity(try await lists.create(owner: context.account.id, title: title, repliesPolicy: policy, exclusive: form.exclusive?.value ?? false))
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> ListEntity {
        try context.require(anyOf: "read:lists")
        return ListEntity(try await ownList(context))
    }

    @Sendable func update(_ request: Request, context: UserRequestContext) async throws -> ListEntity {
        try context.require(anyOf: "write:lists")
        let list = try await ownList(context)
        let form = try await request.decode(as: ListForm.self, context: context)
        guard let updated = try await lists.update(
            id: list.id, owner: context.account.id, title: try form.title.map(Self.title), repliesPolicy: try Self.policy(form.repliesPolicy),
            exclusive: form.exclusive?.value
        ) else { throw Self.notFound }
        return ListEntity(updated)
    }

    @Sendable func delete(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:lists")
        guard try await lists.delete(id: try await ownList(context).id, owner: context.account.id) else { throw Self.notFound }
        return EmptyObject()
    }

    @Sendable func accounts(_ request: Request, context: UserRequestContext) async throws -> Response {
        try context.require(anyOf: "read:lists")
        let list = try await ownList(context)
        let query = try PageQuery(request, defaultLimit: 40, maximum: 80)
        let ids = try await lists.members(of: list.id, page: query.page)
        return try query.response(try await presenter.accounts(ids: ids), cursors: ids, request: request, publicURL: presenter.publicURL)
    }

    @Sendable func addAccounts(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:lists")
        let list = try await ownList(context)
        let ids = try await Self.accountIDs(request, context: context)
        guard try await lists.add(ids, to: list.id, owner: context.account.id) else {
            throw APIError(.unprocessableContent, "Validation failed: Account has not been followed", description: "Follow people before adding them to a list.")
        }
        return EmptyObject()
    }

    @Sendable func removeAccounts(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:lists")
        let list = try await ownList(context)
        try await lists.remove(try await Self.accountIDs(request, context: context), from: list.id)
        return EmptyObject()
    }

    @Sendable func timeline(_ request: Request, context: UserRequestContext) async throws -> Response {
        let list = try await ownList(context)
        return try await timelines.list(request, context: context, scope: "read:lists") { page in
            try await timelines.timelines.list(list.id, viewer: context.account.id, repliesPolicy: list.repliesPolicy, page: page)
        }
    }

    @Sendable func containing(_ request: Request, context: UserRequestContext) async throws -> [ListEntity] {
        try context.require(anyOf: "read:lists")
        guard let id = context.parameters.get("id", as: Int64.self) else { throw Self.notFound }
        return try await lists.lists(of: context.account.id, containing: id).map(ListEntity.init)
    }

    private func ownList(_ context: UserRequestContext) async throws -> FollowList {
        guard let id = context.parameters.get("id", as: Int64.self), let list = try await lists.find(id: id, owner: context.account.id) else {
            throw Self.notFound
        }
        return list
    }

    /// `account_ids[]` from the body, or from the query string as clients send it with DELETE.
    static func accountIDs(_ request: Request, context: UserRequestContext) async throws -> [Int64] {
        let fromQuery = request.queryValues("account_ids[]")
        let raw = fromQuery.isEmpty ? (try? await request.decode(as: AccountsForm.self, context: context))?.accountIDs ?? [] : fromQuery
        let ids = raw.compactMap { Int64($0) }
        guard !ids.isEmpty, ids.count == raw.count else {
            throw APIError(.unprocessableContent, "Validation failed: account_ids is missing or invalid", description: "Send 'account_ids[]' with account ids.")
        }
        return ids
    }

    static let notFound = APIError(.notFound, "Record not found", description: "You have no list with that id.")

    static func title(_ text: String) throws -> String {
        let title = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(title.count) else { throw APIError(.unprocessableContent, "Validation failed: Title must have 1 to 100 characters") }
        return title
    }

    static func policy(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard ListRepository.repliesPolicies.contains(text) else {
            throw APIError(.unprocessableContent, "Validation failed: Replies policy is not included in the list", description: "'replies_policy' is followed, list or none.")
        }
        return text
    }
}
