import Foundation

/// What a notification tells its reader, with Mastodon's names.
public enum NotificationKind: String, Sendable, CaseIterable {
    /// Someone mentioned the reader.
    case mention
    /// Someone the reader asked to hear from posted.
    case status
    /// Someone reblogged the reader's post.
    case reblog
    /// Someone followed the reader.
    case follow
    /// Someone favourited the reader's post.
    case favourite
    /// A post the reader reblogged was edited.
    case update
}

/// A notification as stored: who caused it and about which post.
public struct AccountNotification: Sendable, Equatable {
    public var id: Int64
    public var kind: NotificationKind
    public var fromAccountID: Int64
    public var postID: Int64?
    public var createdAt: Date

    public init(id: Int64, kind: NotificationKind, fromAccountID: Int64, postID: Int64?, createdAt: Date) {
        self.id = id
        self.kind = kind
        self.fromAccountID = fromAccountID
        self.postID = postID
        self.createdAt = createdAt
    }
}
