import Hummingbird
import WarbleStore

/// How the reader stands to an account (the `Relationship` entity).
struct MastodonRelationship: ResponseEncodable {
    let id: String
    let following: Bool
    let showingReblogs: Bool
    let notifying = false
    let languages: [String]? = nil
    let followedBy: Bool
    let blocking: Bool
    let blockedBy: Bool
    let muting: Bool
    let mutingNotifications: Bool
    let requested = false
    let requestedBy = false
    let domainBlocking = false
    let endorsed = false
    let note = ""

    init(_ relationship: Relationship) {
        id = String(relationship.accountID)
        following = relationship.following
        showingReblogs = relationship.following
        followedBy = relationship.followedBy
        blocking = relationship.blocking
        blockedBy = relationship.blockedBy
        muting = relationship.muting
        mutingNotifications = relationship.mutingNotifications
    }
}
