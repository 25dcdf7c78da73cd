import Foundation

/// One entry of the DLP review queue: a post in which `flag` rules found something, what they
/// found (masked), and how a compliance officer decided.
public struct DLPFlag: Sendable, Equatable {
    /// Where the review is.
    public enum State: String, Sendable, CaseIterable {
        /// Waiting for a compliance officer.
        case pending
        /// Reviewed: the post may stay.
        case cleared
        /// Reviewed: the post was hidden, as a deletion hides it.
        case removed
    }

    /// One match of a `flag` rule.
    public struct Finding: Sendable, Equatable {
        /// The rule's name in `dlp.yaml`.
        public var rule: String
        /// The match with its letters and digits masked; never the matched text.
        public var excerpt: String

        public init(rule: String, excerpt: String) {
            self.rule = rule
            self.excerpt = excerpt
        }
    }

    public var id: Int64
    public var postID: Int64
    public var authorID: Int64
    public var authorUsername: String
    public var findings: [Finding]
    public var createdAt: Date
    public var state: State
    /// Who reviewed it; nil while pending, and for a review made with `warblectl`.
    public var reviewerAccountID: Int64?
    public var reason: String?
    public var reviewedAt: Date?

    public init(
        id: Int64, postID: Int64, authorID: Int64, authorUsername: String, findings: [Finding], createdAt: Date, state: State,
        reviewerAccountID: Int64? = nil, reason: String? = nil, reviewedAt: Date? = nil
    ) {
        self.id = id
        self.postID = postID
        self.authorID = authorID
        self.authorUsername = authorUsername
        self.findings = findings
        self.createdAt = createdAt
        self.state = state
        self.reviewerAccountID = reviewerAccountID
        self.reason = reason
        self.reviewedAt = reviewedAt
    }

    /// The names of the rules that found something, each once, in the order of their findings.
    public var rules: [String] { Self.distinct(findings.map(\.rule)) }

    /// `names` each once, in the order they first appear: rule names as audit rows list them.
    public static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
