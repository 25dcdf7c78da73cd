import Foundation
import PostgresNIO
import WarbleCore

/// Legal holds in PostgreSQL. Placing a hold takes the hold lock exclusively and every purge takes
/// it shared (``RetentionRepository/purge(_:)``), so a hold and a purge of the same posts never
/// interleave: either the purge finished before the hold existed, or it sees the hold.
public struct HoldRepository: Sendable {
    let database: Database

    /// The advisory lock between placing holds and purging ("WARBLEHL" in ASCII).
    static let lockKey: Int64 = 0x5741_5242_4C45_484C

    public init(database: Database) { self.database = database }

    /// Places a hold and returns it with what it covers at that moment; audited as `hold.placed`.
    public func place(_ hold: NewLegalHold, by actor: AuditEvent) async throws -> (LegalHold, LegalHoldCoverage) {
        try await database.transaction { connection in
            let logger = database.logger
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger).collect()
            let row = try await connection.query("""
                INSERT INTO legal_holds (case_id, reason, custodian_ids, group_ids, starts_at, ends_at, query, created_by)
                VALUES (\(hold.caseID), \(hold.reason), \(hold.custodianIDs), \(hold.groupIDs), \(hold.startsAt), \(hold.endsAt), \(hold.query),
                        \(actor.actorAccountID))
                RETURNING \(unescaped: Self.columns)
                """, logger: logger).collect()[0]
            let placed = try Self.hold(row)
            let coverage = try await Self.coverage(of: placed.id, on: connection, logger: logger)
            var event = actor
            event.action = "hold.placed"
            event.target = "hold:\(placed.id)"
            event.details = [
                "case": hold.caseID, "reason": hold.reason, "custodians": hold.custodianIDs.map(String.init).joined(separator: ","),
                "groups": hold.groupIDs.map(String.init).joined(separator: ","), "posts": String(coverage.posts),
            ]
            event.details["from"] = hold.startsAt?.formatted(.iso8601)
            event.details["to"] = hold.endsAt?.formatted(.iso8601)
            event.details["query"] = hold.query
            try await AuditRepository(database: database).append(event, on: connection)
            return (placed, coverage)
        }
    }

    /// Releases an active hold; nil when there is no such active hold. Audited as `hold.released`.
    public func release(id: Int64, reason: String, by actor: AuditEvent) async throws -> LegalHold? {
        try await database.transaction { connection in
            let rows = try await connection.query("""
                UPDATE legal_holds SET released_at = now(), released_by = \(actor.actorAccountID), release_reason = \(reason)
                WHERE id = \(id) AND released_at IS NULL RETURNING \(unescaped: Self.columns)
                """, logger: database.logger).collect()
            guard let row = rows.first else { return nil }
            let released = try Self.hold(row)
            var event = actor
            event.action = "hold.released"
            event.target = "hold:\(id)"
            event.details = ["case": released.caseID, "reason": reason]
            try await AuditRepository(database: database).append(event, on: connection)
            return released
        }
    }

    public func find(id: Int64) async throws -> LegalHold? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM legal_holds WHERE id = \(id)").first.map(Self.hold)
    }

    /// Holds newest first; only active ones unless `includeReleased`.
    public func list(includeReleased: Bool) async throws -> [LegalHold] {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM legal_holds WHERE \(includeReleased) OR released_at IS NULL ORDER BY id DESC
            """).map(Self.hold)
    }

    /// What the hold preserves now (zero for a released hold).
    public func coverage(of id: Int64) async throws -> LegalHoldCoverage {
        try await database.withConnection { connection in
            try await Self.coverage(of: id, on: connection, logger: database.logger)
        }
    }

    static func coverage(of id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> LegalHoldCoverage {
        let row = try await connection.query("""
            SELECT count(*), count(*) FILTER (WHERE p.deleted_at IS NOT NULL), count(DISTINCT p.account_id),
                   (SELECT count(*) FROM media_attachments m WHERE m.post_id IN (
                        SELECT p2.id FROM posts p2, legal_holds h2 WHERE h2.id = \(id) AND warble_hold_covers(h2, p2)))
            FROM legal_holds h, posts p WHERE h.id = \(id) AND warble_hold_covers(h, p)
            """, logger: logger).collect()[0]
        let (posts, deleted, custodians, attachments) = try row.decode((Int64, Int64, Int64, Int64).self)
        return LegalHoldCoverage(posts: Int(posts), deletedPosts: Int(deleted), attachments: Int(attachments), custodians: Int(custodians))
    }

    static let columns = """
        id, case_id, reason, custodian_ids, group_ids, starts_at, ends_at, query, created_by, created_at, released_at, released_by, release_reason
        """

    static func hold(_ row: PostgresRow) throws -> LegalHold {
        let random = row.makeRandomAccess()
        return LegalHold(
            id: try random[0].decode(Int64.self), caseID: try random[1].decode(String.self), reason: try random[2].decode(String.self),
            custodianIDs: try random[3].decode([Int64].self), groupIDs: try random[4].decode([Int64].self), startsAt: try random[5].decode(Date?.self),
            endsAt: try random[6].decode(Date?.self), query: try random[7].decode(String?.self), createdBy: try random[8].decode(Int64?.self),
            createdAt: try random[9].decode(Date.self), releasedAt: try random[10].decode(Date?.self), releasedBy: try random[11].decode(Int64?.self),
            releaseReason: try random[12].decode(String?.self)
        )
    }
}
