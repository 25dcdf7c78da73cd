import Foundation
import Hummingbird
import WarbleCore

/// A group as Warble's API extension shows it, with the reader's membership.
struct WarbleGroup: ResponseEncodable, Sendable {
    struct Membership: Encodable, Sendable {
        let role: String
        let state: String
    }

    let id: String
    let slug: String
    let name: String
    let description: String
    let privacy: String
    let membersCount: Int
    let createdAt: String
    let url: String
    @NullEncoded var membership: Membership?

    init(_ group: Group, membership: GroupMembership?, publicURL: URL) {
        id = String(group.id)
        slug = group.slug
        name = group.name
        description = group.description
        privacy = group.privacy.rawValue
        membersCount = group.membersCount
        createdAt = MastodonTime.format(group.createdAt)
        url = "\(publicURL.baseString)/groups/\(group.slug)"
        self.membership = membership.map { Membership(role: $0.role.rawValue, state: $0.state.rawValue) }
    }
}

/// The group a post was made in, as a status shows it (a Warble extension of Mastodon's `Status`).
struct WarbleGroupReference: Encodable, Sendable {
    let id: String
    let slug: String
    let name: String
}
