import Foundation

/// A legal hold: while active, the posts it covers are never purged — by retention, by their
/// author's delete or by an administrator. It covers the posts of any custodian or in any group
/// (with neither, every post), created in `[startsAt, endsAt)`, matching `query` when given.
public struct LegalHold: Sendable, Equatable {
    public var id: Int64
    public var caseID: String
    public var reason: String
    public var custodianIDs: [Int64]
    public var groupIDs: [Int64]
    public var startsAt: Date?
    public var endsAt: Date?
    public var query: String?
    public var createdBy: Int64?
    public var createdAt: Date
    public var releasedAt: Date?
    public var releasedBy: Int64?
    public var releaseReason: String?

    public var isActive: Bool { releasedAt == nil }

    public init(
        id: Int64, caseID: String, reason: String, custodianIDs: [Int64], groupIDs: [Int64], startsAt: Date?, endsAt: Date?, query: String?,
        createdBy: Int64?, createdAt: Date, releasedAt: Date?, releasedBy: Int64?, releaseReason: String?
    ) {
        self.id = id
        self.caseID = caseID
        self.reason = reason
        self.custodianIDs = custodianIDs
        self.groupIDs = groupIDs
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.query = query
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.releasedAt = releasedAt
        self.releasedBy = releasedBy
        self.releaseReason = releaseReason
    }
}

/// What a new hold covers and why, before it is placed.
public struct NewLegalHold: Sendable, Equatable {
    public var caseID: String
    public var reason: String
    public var custodianIDs: [Int64]
    public var groupIDs: [Int64]
    public var startsAt: Date?
    public var endsAt: Date?
    public var query: String?

    public init(caseID: String, reason: String, custodianIDs: [Int64] = [], groupIDs: [Int64] = [], startsAt: Date? = nil, endsAt: Date? = nil, query: String? = nil) {
        self.caseID = caseID
        self.reason = reason
        self.custodianIDs = custodianIDs
        self.groupIDs = groupIDs
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.query = query
    }

    /// What is wrong with it, in words for the person placing it; empty when it can be placed.
    public var problems: [String] {
        var problems: [String] = []
        if caseID.trimmingCharacters(in: .whitespaces).isEmpty || caseID.count > 200 { problems.append("a case id of 1 to 200 characters is required") }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty || reason.count > 2000 { problems.append("a reason of 1 to 2000 characters is required") }
        if let startsAt, let endsAt, startsAt >= endsAt { problems.append("the start must be before the end") }
        if let query, query.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the query must not be blank") }
        return problems
    }
}

/// What an active hold preserves right now.
public struct LegalHoldCoverage: Sendable, Equatable, Codable {
    public var posts: Int
    public var deletedPosts: Int
    public var attachments: Int
    public var custodians: Int

    public init(posts: Int, deletedPosts: Int, attachments: Int, custodians: Int) {
        self.posts = posts
        self.deletedPosts = deletedPosts
        self.attachments = attachments
        self.custodians = custodians
    }

    enum CodingKeys: String, CodingKey {
        case posts, attachments, custodians
        case deletedPosts = "deleted_posts"
    }
}
