import Foundation
import WarbleCore
import WarbleStore

/// One message for a streaming client: Mastodon's event name and its payload (JSON, or a bare id
/// for `delete`).
struct StreamMessage: Equatable, Sendable {
    let event: String
    let payload: String
}

/// Decides what one reader hears of an event on one stream, and renders it: the same visibility,
/// block and mute rules as the timelines, because membership is checked with the timelines'
/// own queries.
struct StreamRenderer: Sendable {
    let timelines: TimelineRepository
    let posts: PostRepository
    let notifications: NotificationsController
    let presenter: MastodonPresenter
    let lists: ListRepository

    /// The stream a client named, with its `tag` or `list` parameter; nil for an unknown stream,
    /// a bad tag, or a list that is not the reader's.
    func kind(name: String, tag: String?, list: String?, viewer: Int64) async throws -> StreamKind? {
        guard name == "list" else { return StreamKind(name: name, tag: tag) }
        guard let id = list.flatMap({ Int64($0) }), let found = try await lists.find(id: id, owner: viewer) else { return nil }
        return .list(id: found.id, repliesPolicy: found.repliesPolicy)
    }

    /// The state of one subscription: who reads, what, and the newest notification already sent.
    struct Subscription: Sendable {
        let viewer: Int64
        let kind: StreamKind
        var lastNotificationID: Int64
    }

    /// A subscription that will hear only of notifications made from now on.
    func subscription(viewer: Int64, kind: StreamKind) async throws -> Subscription {
        let newest = try await notifications.notifications.list(for: viewer, page: Page(limit: 1)).first?.id ?? 0
        return Subscription(viewer: viewer, kind: kind, lastNotificationID: newest)
    }

    func messages(for event: DomainEvent, subscription: inout Subscription) async throws -> [StreamMessage] {
        switch event.kind {
        case .post, .edit:
            guard let id = event.postID, try await shows(id, subscription) else { return [] }
            guard let view = try await posts.view(id: id, viewer: subscription.viewer) else { return [] }
            let status = try await presenter.status(view, viewer: subscription.viewer)
            return [StreamMessage(event: event.kind == .post ? "update" : "status.update", payload: try Self.json(status))]
        case .delete:
            guard let id = event.postID, subscription.kind != .notifications, subscription.kind != .silent else { return [] }
            return [StreamMessage(event: "delete", payload: String(id))]
        case .notified:
            guard event.accountIDs.contains(subscription.viewer), subscription.kind == .user || subscription.kind == .notifications else { return [] }
            let fresh = try await notifications.notifications.list(for: subscription.viewer, page: Page(minID: subscription.lastNotificationID, limit: 40))
            guard let newest = fresh.first?.id else { return [] }
            subscription.lastNotificationID = newest
            return try await notifications.present(fresh.reversed(), viewer: subscription.viewer).map {
                StreamMessage(event: "notification", payload: try Self.json($0))
            }
        case .policiesChanged:
            return []
        }
    }

    /// Whether post `id` belongs on the subscribed timeline for this reader.
    private func shows(_ id: Int64, _ subscription: Subscription) async throws -> Bool {
        let exactly = Page(maxID: id + 1, sinceID: id - 1, limit: 1)
        switch subscription.kind {
        case .user: return try await !timelines.home(viewer: subscription.viewer, page: exactly).isEmpty
        case .organisation: return try await !timelines.organisation(viewer: subscription.viewer, page: exactly).isEmpty
        case .hashtag(let tag): return try await !timelines.tag(tag, viewer: subscription.viewer, page: exactly).isEmpty
        case .list(let id, let policy): return try await !timelines.list(id, viewer: subscription.viewer, repliesPolicy: policy, page: exactly).isEmpty
        case .notifications, .silent: return false
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder.mastodon.encode(value), as: UTF8.self)
    }
}
