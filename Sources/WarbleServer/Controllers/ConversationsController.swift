import Foundation
import Hummingbird
import WarbleStore

/// `/api/v1/conversations…`: threads of direct posts, with unread state, read and hide.
struct ConversationsController {
    let conversations: ConversationRepository
    let posts: PostRepository
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: index)
            .post(":id/read", use: read)
            .delete(":id", use: hide)
    }

    /// A conversation as Mastodon shows it.
    struct ConversationEntity: ResponseEncodable {
        let id: String
        let unread: Bool
        let accounts: [MastodonAccount]
        @NullEncoded var lastStatus: MastodonStatus?
    }

    @Sendable func index(_ request: Request, context: UserRequestContext) async throws -> Response {
        try context.require(anyOf: "read:statuses")
        let query = try PageQuery(request)
        let found = try await conversations.list(for: context.account.id, page: query.page)
        return try query.response(try await present(found, viewer: context.account.id), cursors: found.map(\.lastPostID), request: request, publicURL: presenter.publicURL)
    }

    @Sendable func read(_ request: Request, context: UserRequestContext) async throws -> ConversationEntity {
        try context.require(anyOf: "write:conversations")
        guard let id = context.parameters.get("id", as: Int64.self), try await conversations.markRead(id, for: context.account.id) else { throw Self.notFound }
        let found = try await conversations.list(for: context.account.id, page: Page(limit: 40)).filter { $0.id == id }
        guard let shown = try await present(found, viewer: context.account.id).first else { throw Self.notFound }
        return shown
    }

    @Sendable func hide(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:conversations")
        guard let id = context.parameters.get("id", as: Int64.self), try await conversations.hide(id, for: context.account.id) else { throw Self.notFound }
        return EmptyObject()
    }

    private func present(_ list: [Conversation], viewer: Int64) async throws -> [ConversationEntity] {
        let views = try await posts.views(ids: list.map(\.lastPostID), viewer: viewer)
        let statuses = Dictionary(try await presenter.statuses(views, viewer: viewer).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(try await presenter.accounts(ids: Array(Set(list.flatMap(\.participantIDs)))).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return list.map { conversation in
            ConversationEntity(
                id: String(conversation.id), unread: conversation.unread,
                accounts: conversation.participantIDs.compactMap { people[String($0)] }, lastStatus: statuses[String(conversation.lastPostID)]
            )
        }
    }

    static let notFound = APIError(.notFound, "Record not found", description: "You have no conversation with that id.")
}
