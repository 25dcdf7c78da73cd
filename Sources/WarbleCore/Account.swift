import Foundation

/// Someone who uses Warble: provisioned from the directory on first sign-in, or a local
/// break-glass account.
public struct Account: Sendable, Equatable {
    public var id: Int64
    /// The handle after `@`; unique, stable once given.
    public var username: String
    /// The login name exactly as the directory holds it; nil for local accounts.
    public var directoryUID: String?
    public var directoryDN: String?
    public var displayName: String
    public var email: String?
    public var title: String?
    public var department: String?
    public var note: String
    public var role: Role
    public var isLocal: Bool
    public var suspendedAt: Date?
    public var createdAt: Date
    public var lastLoginAt: Date?

    public var isSuspended: Bool { suspendedAt != nil }

    public init(
        id: Int64, username: String, directoryUID: String?, directoryDN: String?, displayName: String, email: String?,
        title: String?, department: String?, note: String, role: Role, isLocal: Bool, suspendedAt: Date?, createdAt: Date, lastLoginAt: Date?
    ) {
        self.id = id
        self.username = username
        self.directoryUID = directoryUID
        self.directoryDN = directoryDN
        self.displayName = displayName
        self.email = email
        self.title = title
        self.department = department
        self.note = note
        self.role = role
        self.isLocal = isLocal
        self.suspendedAt = suspendedAt
        self.createdAt = createdAt
        self.lastLoginAt = lastLoginAt
    }
}

/// What the directory says about a person, as provisioning needs it.
public struct DirectoryProfile: Sendable, Equatable {
    public var uid: String
    public var dn: String
    public var displayName: String
    public var email: String?
    public var title: String?
    public var department: String?

    public init(uid: String, dn: String, displayName: String, email: String?, title: String?, department: String?) {
        self.uid = uid
        self.dn = dn
        self.displayName = displayName
        self.email = email
        self.title = title
        self.department = department
    }
}

/// The counts a profile shows.
public struct AccountStatistics: Sendable, Equatable {
    public var followers: Int
    public var following: Int
    public var posts: Int
    public var lastPostAt: Date?

    public init(followers: Int = 0, following: Int = 0, posts: Int = 0, lastPostAt: Date? = nil) {
        self.followers = followers
        self.following = following
        self.posts = posts
        self.lastPostAt = lastPostAt
    }
}
