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

/// The append-only audit log table (the database refuses updates and deletes).
public struct AuditRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func append(_ event: AuditEvent) async throws {
        let details = String(decoding: try JSONEncoder.sorted.encode(event.details), as: UTF8.self)
        try await database.execute("""
            INSERT INTO audit_log (actor_account_id, actor_role, actor_address, action, target, details)
            VALUES (\(event.actorAccountID), \(event.actorRole?.rawValue), \(event.actorAddress), \(event.action), \(event.target), \(details)::jsonb)
            """)
    }

    /// The newest events, optionally of one action, newest first.
    public func recent(action: String? = nil, limit: Int = 100) async throws -> [AuditEvent] {
        try await database.rows("""
            SELECT actor_account_id, actor_role, actor_address, action, target, details::text FROM audit_log
            WHERE \(action)::text IS NULL OR action = \(action)
            ORDER BY sequence DESC LIMIT \(limit)
            """).map { row in
            let (account, role, address, action, target, details) = try row.decode((Int64?, String?, String?, String, String?, String).self)
            return AuditEvent(
                action: action, target: target, actorAccountID: account, actorRole: role.flatMap(Role.init(rawValue:)), actorAddress: address,
                details: (try? JSONDecoder().decode([String: String].self, from: Data(details.utf8))) ?? [:]
            )
        }
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
