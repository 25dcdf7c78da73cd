import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/notifications…`: the reader's notifications, one, dismiss one, clear all.
struct NotificationsController {
    let notifications: NotificationRepository
    let posts: PostRepository
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
            .get(":id", use: show)
            .post("clear", use: clear)
            .post(":id/dismiss", use: dismiss)
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> Response {
        try context.require(anyOf: "read:notifications")
        let query = try PageQuery(request, defaultLimit: 40, maximum: 80)
        let requested = request.queryValues("types[]") + request.queryValues("types")
        let types = Self.kinds(requested)
        if !requested.isEmpty && types.isEmpty { return try query.response([MastodonNotification](), cursors: [], request: request, publicURL: presenter.publicURL) }
        let excluded = Self.kinds(request.queryValues("exclude_types[]") + request.queryValues("exclude_types"))
        let found = try await notifications.list(for: context.account.id, page: query.page, types: types, excludedTypes: excluded)
        let shown = try await present(found, viewer: context.account.id)
        return try query.response(shown, cursors: found.map(\.id), request: request, publicURL: presenter.publicURL)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> MastodonNotification {
        try context.require(anyOf: "read:notifications")
        guard let id = context.parameters.get("id", as: Int64.self), let found = try await notifications.find(id: id, for: context.account.id),
              let shown = try await present([found], viewer: context.account.id).first else {
            throw APIError(.notFound, "Record not found")
        }
        return shown
    }

    @Sendable func dismiss(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:notifications")
        guard let id = context.parameters.get("id", as: Int64.self), try await notifications.dismiss(id: id, for: context.account.id) else {
            throw APIError(.notFound, "Record not found")
        }
        return EmptyObject()
    }

    @Sendable func clear(_ request: Request, context: UserRequestContext) async throws -> EmptyObject {
        try context.require(anyOf: "write:notifications")
        try await notifications.clear(for: context.account.id)
        return EmptyObject()
    }

    /// Notifications with their accounts and posts; one whose post the reader can no longer see is left out.
    func present(_ list: [AccountNotification], viewer: Int64) async throws -> [MastodonNotification] {
        let accounts = Dictionary(try await presenter.accounts(ids: Array(Set(list.map(\.fromAccountID)))).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let views = try await posts.views(ids: list.compactMap(\.postID), viewer: viewer)
        let statuses = Dictionary(try await presenter.statuses(views, viewer: viewer).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return list.compactMap { notification in
            guard let account = accounts[String(notification.fromAccountID)] else { return nil }
            var status: MastodonStatus?
            if let postID = notification.postID {
                guard let shown = statuses[String(postID)] else { return nil }
                status = shown
            }
            return MastodonNotification(
                id: String(notification.id), type: notification.kind.rawValue, createdAt: MastodonTime.format(notification.createdAt),
                account: account, status: status
            )
        }
    }

    /// The notification types named in a query; names Warble never produces (`poll`,
    /// `follow_request`…) are ignored, as Mastodon ignores types it does not know.
    static func kinds(_ names: [String]) -> [NotificationKind] {
        names.flatMap { $0.split(separator: ",") }.compactMap { NotificationKind(rawValue: String($0)) }
    }
}

/// `{}`: what Mastodon answers when there is nothing to return.
struct EmptyObject: ResponseEncodable {}
