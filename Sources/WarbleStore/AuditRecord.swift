import Foundation

/// One row of the audit log as stored, with the fields in the exact text form the chain hashes
/// (``AuditChain``): what `audit verify`, `audit tail|search`, the auditors' API and exports read.
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int64
    /// UTC, with microseconds: `2026-11-25T07:46:44.123456Z`.
    public var occurredAt: String
    public var actorAccountID: Int64?
    public var actorRole: String?
    public var actorAddress: String?
    public var action: String
    public var target: String?
    /// The details object as PostgreSQL prints the stored `jsonb`.
    public var details: String
    public var previousHash: Data
    public var hash: Data

    public init(
        sequence: Int64, occurredAt: String, actorAccountID: Int64?, actorRole: String?, actorAddress: String?,
        action: String, target: String?, details: String, previousHash: Data, hash: Data
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorAccountID = actorAccountID
        self.actorRole = actorRole
        self.actorAddress = actorAddress
        self.action = action
        self.target = target
        self.details = details
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The details as a dictionary of strings (every value Warble writes is a string).
    public var detailValues: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(details.utf8))) ?? [:]
    }
}
