import Foundation
import Logging
import PostgresNIO
import WarbleCore

/// The DLP review queue in PostgreSQL (migration 18): flags are written with their posts
/// (``PostRepository/create(_:idempotencyKey:screening:)``), listed for compliance officers, and
/// reviewed — cleared, or their post removed — with the review recorded in the audit log in the
/// same transaction.
public struct DLPFlagRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = """
        f.id, f.post_id, p.account_id, a.username, f.rules, f.excerpts, f.created_at, f.state, f.reviewer_account_id, f.reason, f.reviewed_at
        """

    /// Queues `findings` for review on the post's transaction and returns the flag's id; nil when
    /// the post already waits for review with the same findings (an edit that kept the text).
    static func insert(_ findings: [DLPFlag.Finding], postID: Int64, on connection: PostgresConnection, logger: Logger) async throws -> Int64? {
        let (rules, excerpts) = (findings.map(\.rule), findings.map(\.excerpt))
        return try await connection.query("""
            INSERT INTO dlp_flags (post_id, rules, excerpts)
            SELECT \(postID), \(rules), \(excerpts)
            WHERE NOT EXISTS (
                SELECT 1 FROM dlp_flags WHERE post_id = \(postID) AND state = 'pending' AND rules = \(rules)::text[] AND excerpts = \(excerpts)::text[]
            )
            RETURNING id
            """, logger: logger).collect().first?.decode(Int64.self)
    }

    /// Flags newest first, in `state` or in any, paged by id.
    public func list(state: DLPFlag.State?, page: Page) async throws -> [DLPFlag] {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM dlp_flags f JOIN posts p ON p.id = f.post_id JOIN accounts a ON a.id = p.account_id
            WHERE (\(state?.rawValue)::text IS NULL OR f.state = \(state?.rawValue)) AND f.id > \(page.lowerBound) AND f.id < \(page.upperBound)
            ORDER BY f.id \(unescaped: page.order) LIMIT \(page.limit)
            """).map(Self.flag).reversedIf(page.ascending)
    }

    public func find(id: Int64) async throws -> DLPFlag? {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM dlp_flags f JOIN posts p ON p.id = f.post_id JOIN accounts a ON a.id = p.account_id
            WHERE f.id = \(id)
            """).first.map(Self.flag)
    }

    /// Ends the review of pending flag `id`: clearing leaves the post, removing hides it as a
    /// deletion does (if it is not hidden already). The flag, the post and the audit row change
    /// together. Throws ``DLPReviewError``.
    public func review(id: Int64, _ review: DLPReview) async throws -> DLPFlag {
        let reason = review.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.unicodeScalars.count <= DLPReview.maxReasonLength else { throw DLPReviewError.invalidReason }
        try await database.transaction { connection in
            let logger = database.logger
            let rows = try await connection.query("SELECT post_id, rules, state FROM dlp_flags WHERE id = \(id) FOR UPDATE", logger: logger).collect()
            guard let (postID, rules, stateText) = try rows.first?.decode((Int64, [String], String).self) else { throw DLPReviewError.notFound }
            guard stateText == DLPFlag.State.pending.rawValue else { throw DLPReviewError.alreadyReviewed(DLPFlag.State(rawValue: stateText) ?? .pending) }
            var details = ["flag_id": String(id), "rules": DLPFlag.distinct(rules).joined(separator: ","), "reason": reason]
            if review.decision == .remove {
                let hidden = try await PostRepository.hide(postID, authorID: nil, on: connection, logger: logger)
                details["post_hidden"] = String(hidden)
            }
            _ = try await connection.query("""
                UPDATE dlp_flags SET state = \(review.decision.state.rawValue), reviewer_account_id = \(review.reviewerAccountID), reason = \(reason), reviewed_at = now()
                WHERE id = \(id)
                """, logger: logger).collect()
            try await AuditRepository(database: database).append(AuditEvent(
                action: review.decision.auditAction, target: "post:\(postID)", actorAccountID: review.reviewerAccountID,
                actorRole: review.reviewerRole, actorAddress: review.actorAddress, details: details
            ), on: connection)
        }
        guard let flag = try await find(id: id) else { throw DLPReviewError.notFound }
        return flag
    }

    static func flag(_ row: PostgresRow) throws -> DLPFlag {
        let (id, postID, authorID, username, rules, excerpts, createdAt, state, reviewer, reason, reviewedAt) =
            try row.decode((Int64, Int64, Int64, String, [String], [String], Date, String, Int64?, String?, Date?).self)
        return DLPFlag(
            id: id, postID: postID, authorID: authorID, authorUsername: username,
            findings: zip(rules, excerpts).map { DLPFlag.Finding(rule: $0, excerpt: $1) }, createdAt: createdAt,
            state: DLPFlag.State(rawValue: state) ?? .pending, reviewerAccountID: reviewer, reason: reason, reviewedAt: reviewedAt
        )
    }
}
