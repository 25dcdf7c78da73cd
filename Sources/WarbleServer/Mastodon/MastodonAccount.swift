import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// An account as Mastodon's API shows it (the `Account` entity), with Warble's directory
/// attributes as profile fields. `verify_credentials` adds `source` and `role`.
struct MastodonAccount: ResponseEncodable, Sendable {
    struct Field: Encodable, Sendable {
        let name: String
        let value: String
        let verifiedAt: String? = nil
    }

    struct Source: Encodable, Sendable {
        let privacy = "public"
        let sensitive = false
        let language: String? = nil
        let note: String
        let fields: [Field]
        let followRequestsCount = 0
    }

    /// Mastodon 4's role entity; `name` is what clients read.
    struct RoleEntity: Encodable, Sendable {
        let id: String
        let name: String
        let permissions: String
        let color = ""
        let highlighted: Bool
    }

    let id: String
    let username: String
    let acct: String
    let displayName: String
    let locked = false
    let bot = false
    let discoverable = true
    let group = false
    let createdAt: String
    let note: String
    let url: String
    let uri: String
    let avatar: String
    let avatarStatic: String
    let header: String
    let headerStatic: String
    let followersCount: Int
    let followingCount: Int
    let statusesCount: Int
    @NullEncoded var lastStatusAt: String?
    let emojis: [String] = []
    let fields: [Field]
    let source: Source?
    let role: RoleEntity?

    init(_ account: Account, publicURL: URL, withCredentials: Bool, statistics: AccountStatistics = AccountStatistics()) {
        let base = publicURL.baseString
        id = String(account.id)
        username = account.username
        acct = account.username
        displayName = account.displayName
        createdAt = MastodonTime.format(account.createdAt)
        note = account.note
        url = "\(base)/@\(account.username)"
        uri = "\(base)/users/\(account.username)"
        avatar = "\(base)/avatars/original/missing.png"
        avatarStatic = avatar
        header = "\(base)/headers/original/missing.png"
        headerStatic = header
        followersCount = statistics.followers
        followingCount = statistics.following
        statusesCount = statistics.posts
        lastStatusAt = statistics.lastPostAt.map { $0.formatted(.iso8601.year().month().day()) }
        fields = [("Title", account.title), ("Department", account.department)].compactMap { name, value in
            value.map { Field(name: name, value: $0) }
        }
        source = withCredentials ? Source(note: account.note, fields: fields) : nil
        role = withCredentials ? Self.role(account.role) : nil
    }

    static func role(_ role: Role) -> RoleEntity {
        switch role {
        case .member: RoleEntity(id: "-99", name: "", permissions: "0", highlighted: false)
        case .admin: RoleEntity(id: "3", name: "admin", permissions: "1", highlighted: true)
        case .compliance: RoleEntity(id: "4", name: "compliance", permissions: "0", highlighted: true)
        case .auditor: RoleEntity(id: "5", name: "auditor", permissions: "0", highlighted: true)
        }
    }
}

/// Mastodon's timestamp format: ISO 8601 in UTC with milliseconds (`2026-11-25T04:54:33.068Z`).
enum MastodonTime {
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
