import Foundation
import PostgresNIO
import WarbleCore

/// One event for the audit log: who (account, role, address), what, to what, and details that
/// never include a secret.
public struct AuditEvent: Sendable, Equatable {
    public var actorAccountID: Int64?
    public var actorRole: Role?
    public var actorAddress: String?
    public var action: String
    public var target: String?
    public var details: [String: String]

    public init(action: String, target: String? = nil, actorAccountID: Int64? = nil, actorRole: Role? = nil, actorAddress: String? = nil, details: [String: String] = [:]) {
        self.action = action
        self.target = target
        self.actorAccountID = actorAccountID
        self.actorRole = actorRole
        self.actorAddress = actorAddress
        self.details = details
    }
}

/// The append-only, hash-chained audit log (migrations 5 and 16: the database refuses updates and
/// deletes, and chains every appended row). Append audit rows last in a transaction: the chain's
/// tail stays locked until the appending transaction ends.
public struct AuditRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func append(_ event: AuditEvent) async throws {
        try await database.execute(Self.insert(event))
    }

    /// Appends inside the caller's transaction, so the row exists exactly when the change it
    /// records does.
    public func append(_ event: AuditEvent, on connection: PostgresConnection) async throws {
        _ = try await connection.query(Self.insert(event), logger: database.logger).collect()
    }

    static func insert(_ event: AuditEvent) throws -> PostgresQuery {
        let details = String(decoding: try JSONEncoder.sorted.encode(event.details), as: UTF8.self)
        return """
            INSERT INTO audit_log (actor_account_id, actor_role, actor_address, action, target, details)
            VALUES (\(event.actorAccountID), \(event.actorRole?.rawValue), \(event.actorAddress), \(event.action), \(event.target), \(details)::jsonb)
            """
    }

    /// The newest events, optionally of one action, newest first.
    public func recent(action: String? = nil, limit: Int = 100) async throws -> [AuditEvent] {
        try await records(matching: AuditFilter(action: action), limit: limit).map { record in
            AuditEvent(
                action: record.action, target: record.target, actorAccountID: record.actorAccountID,
                actorRole: record.actorRole.flatMap(Role.init(rawValue:)), actorAddress: record.actorAddress, details: record.detailValues
            )
        }
    }

    /// Rows in chain order with sequence above `sequence`, at most `limit` of them.
    public func records(after sequence: Int64, limit: Int) async throws -> [AuditRecord] {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM audit_log WHERE sequence > \(sequence) ORDER BY sequence LIMIT \(limit)
            """).map(Self.record)
    }

    /// Rows that match `filter`, newest first (or oldest first when the filter says so).
    public func records(matching filter: AuditFilter, limit: Int) async throws -> [AuditRecord] {
        let actionPattern = filter.action.map { $0.hasSuffix(".*") ? LikePattern.escape(String($0.dropLast())) + "%" : LikePattern.escape($0) }
        let order = filter.oldestFirst ? "ASC" : "DESC"
        return try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM audit_log
            WHERE (\(actionPattern)::text IS NULL OR action LIKE \(actionPattern))
              AND (\(filter.actorAccountID)::bigint IS NULL OR actor_account_id = \(filter.actorAccountID))
              AND (\(filter.target)::text IS NULL OR target = \(filter.target))
              AND (\(filter.since)::timestamptz IS NULL OR occurred_at >= \(filter.since))
              AND (\(filter.until)::timestamptz IS NULL OR occurred_at < \(filter.until))
              AND (\(filter.afterSequence)::bigint IS NULL OR sequence > \(filter.afterSequence))
              AND (\(filter.beforeSequence)::bigint IS NULL OR sequence < \(filter.beforeSequence))
            ORDER BY sequence \(unescaped: order) LIMIT \(limit)
            """).map(Self.record)
    }

    /// The newest row's sequence and hash as the chain's tail records them: what an export states
    /// as "the audit chain at export time".
    public func head() async throws -> (sequence: Int64, hash: Data) {
        guard let row = try await database.rows("SELECT sequence, hash FROM audit_chain_tail").first else {
            return (0, AuditChain.genesis)
        }
        let (sequence, hash) = try row.decode((Int64, Data).self)
        return (sequence, hash)
    }

    /// The anchors left by pruning, newest first: each names the last hash of a removed prefix.
    public func pruneAnchors() async throws -> [AuditRecord] {
        try await records(matching: AuditFilter(action: "audit.pruned"), limit: 1000)
    }

    /// The last row written before `date` that pruning may remove (never the newest row).
    public func lastSequence(before date: Date) async throws -> Int64? {
        try await database.rows("""
            SELECT max(sequence) FROM audit_log WHERE occurred_at < \(date) AND sequence < (SELECT sequence FROM audit_chain_tail)
            """).first?.decode(Int64?.self)
    }

    /// How many rows pruning through `sequence` would remove.
    public func rowCount(through sequence: Int64) async throws -> Int64 {
        try await database.rows("SELECT count(*) FROM audit_log WHERE sequence <= \(sequence)").first?.decode(Int64.self) ?? 0
    }

    /// Removes every row up to and including `sequence` and appends an `audit.pruned` anchor that
    /// names the removed range's last hash; returns how many rows went. The newest row is never
    /// removed.
    public func prune(through sequence: Int64, reason: String) async throws -> Int64 {
        try await database.rows("SELECT warble_audit_prune(\(sequence), \(reason))").first?.decode(Int64.self) ?? 0
    }

    static let columns = """
        sequence, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_account_id, actor_role,
        actor_address, action, target, details::text, previous_hash, hash
        """

    static func record(_ row: PostgresRow) throws -> AuditRecord {
        let (sequence, occurredAt, account, role, address, action, target, details, previous, hash) =
            try row.decode((Int64, String, Int64?, String?, String?, String, String?, String, Data, Data).self)
        return AuditRecord(
            sequence: sequence, occurredAt: occurredAt, actorAccountID: account, actorRole: role, actorAddress: address,
            action: action, target: target, details: details, previousHash: previous, hash: hash
        )
    }
}

extension JSONEncoder {
    /// Sorted keys, so that the same details always serialise the same way.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
