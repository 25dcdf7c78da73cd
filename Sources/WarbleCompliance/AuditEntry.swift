import Foundation
import WarbleStore

/// One audit row as JSON: the shape of `warblectl audit … --json`, the SIEM stream, the auditors'
/// API and an export's `audit.jsonl`. Hashes are lower-case hex.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var sequence: String
    public var occurredAt: String
    public var actorAccountID: String?
    public var actorRole: String?
    public var actorAddress: String?
    public var action: String
    public var target: String?
    public var details: [String: String]
    public var previousHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case sequence, action, target, details, hash
        case occurredAt = "occurred_at"
        case actorAccountID = "actor_account_id"
        case actorRole = "actor_role"
        case actorAddress = "actor_address"
        case previousHash = "previous_hash"
    }

    public init(_ record: AuditRecord) {
        sequence = String(record.sequence)
        occurredAt = record.occurredAt
        actorAccountID = record.actorAccountID.map(String.init)
        actorRole = record.actorRole
        actorAddress = record.actorAddress
        action = record.action
        target = record.target
        details = record.detailValues
        previousHash = record.previousHash.hexString
        hash = record.hash.hexString
    }

    /// One line for people: sequence, time, who, what, on what, details.
    public var line: String {
        let actor = [actorRole ?? "system", actorAccountID.map { "#\($0)" }, actorAddress.map { "@\($0)" }].compactMap { $0 }.joined()
        let detailText = details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return [sequence, occurredAt, actor, action, target ?? "-", detailText].filter { !$0.isEmpty }.joined(separator: "  ")
    }

    /// Compact JSON on one line (JSON Lines).
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
