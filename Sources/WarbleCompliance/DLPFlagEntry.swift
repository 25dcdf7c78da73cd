import Foundation
import WarbleStore

/// One DLP flag as JSON: the shape of `GET /api/v1/warble/dlp/flags` and `warblectl dlp queue
/// --json`. Findings carry redacted excerpts only; the post itself is read with its id.
public struct DLPFlagEntry: Codable, Sendable, Equatable {
    /// One match, masked.
    public struct Finding: Codable, Sendable, Equatable {
        public var rule: String
        public var excerpt: String
    }

    public var id: String
    public var postID: String
    public var accountID: String
    public var username: String
    public var rules: [String]
    public var findings: [Finding]
    /// `pending`, `cleared` or `removed`.
    public var state: String
    public var createdAt: String
    public var reviewerAccountID: String?
    public var reason: String?
    public var reviewedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, username, rules, findings, state, reason
        case postID = "post_id"
        case accountID = "account_id"
        case createdAt = "created_at"
        case reviewerAccountID = "reviewer_account_id"
        case reviewedAt = "reviewed_at"
    }

    public init(_ flag: DLPFlag) {
        id = String(flag.id)
        postID = String(flag.postID)
        accountID = String(flag.authorID)
        username = flag.authorUsername
        rules = flag.rules
        findings = flag.findings.map { Finding(rule: $0.rule, excerpt: $0.excerpt) }
        state = flag.state.rawValue
        createdAt = Self.format(flag.createdAt)
        reviewerAccountID = flag.reviewerAccountID.map(String.init)
        reason = flag.reason
        reviewedAt = flag.reviewedAt.map(Self.format)
    }

    /// One line for people: id, time, state, author, post, what was found, and the review.
    public var line: String {
        let found = findings.map { "\($0.rule) \($0.excerpt)" }.joined(separator: "; ")
        var text = "\(id)  \(createdAt)  \(state)  @\(username)  post:\(postID)  \(found)"
        if let reason {
            text += "  — \(reviewerAccountID.map { "#\($0)" } ?? "warblectl"): \(reason)"
        }
        return text
    }

    private static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
