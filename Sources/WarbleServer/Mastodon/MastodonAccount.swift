import Foundation
import Hummingbird
import WarbleCore

/// An account as Mastodon's API shows it (the `Account` entity), with Warble's directory
/// attributes as profile fields. `verify_credentials` adds `source` and `role`.
struct MastodonAccount: ResponseEncodable {
    struct Field: Encodable {
        let name: String
        let value: String
        let verifiedAt: String? = nil
    }

    struct Source: Encodable {
        let privacy = "public"
        let sensitive = false
        let language: String? = nil
        let note: String
        let fields: [Field]
        let followRequestsCount = 0
    }

    /// Mastodon 4's role entity; `name` is what clients read.
    struct RoleEntity: Encodable {
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
    let lastStatusAt: String?
    let emojis: [String] = []
    let fields: [Field]
    let source: Source?
    let role: RoleEntity?

    init(_ account: Account, publicURL: URL, withCredentials: Bool, counts: (followers: Int, following: Int, statuses: Int) = (0, 0, 0)) {
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
        followersCount = counts.followers
        followingCount = counts.following
        statusesCount = counts.statuses
        lastStatusAt = nil
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

/// Mastodon's timestamp format: ISO 8601 in UTC with milliseconds.
enum MastodonTime {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon)) 
    }
}
