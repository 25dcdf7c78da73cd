import Foundation
import WarbleStore

/// Recomputes the audit log's hash chain (``AuditChain``) from the rows as stored and names the
/// first row that breaks it: what `warblectl audit verify` runs.
public struct AuditChainVerifier: Sendable {
    let audit: AuditRepository
    let batchSize: Int

    public init(audit: AuditRepository, batchSize: Int = 5000) {
        self.audit = audit
        self.batchSize = batchSize
    }

    /// Verifies the rows up to the chain's current tail, from the first row (or from the first row
    /// at or after `start`, trusting the link to the rows before it). `progress` hears how many
    /// rows were checked out of about how many.
    public func verify(from start: Int64? = nil, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> AuditVerification {
        let head = try await audit.head()
        var verification = AuditVerification(head: head.sequence)
        var previous: AuditRecord?
        var cursor = (start ?? 1) - 1
        while cursor < head.sequence {
            let batch = try await audit.records(after: cursor, limit: batchSize).filter { $0.sequence <= head.sequence }
            guard let last = batch.last else { break }
            for record in batch {
                if let problem = try await check(record, after: previous, trustingStart: start != nil) {
                    verification.broken = problem
                    return verification
                }
                if previous == nil { verification.firstSequence = record.sequence }
                verification.checked += 1
                previous = record
            }
            cursor = last.sequence
            progress(verification.checked, Int(head.sequence - (verification.firstSequence ?? 1) + 1))
        }
        verification.lastSequence = previous?.sequence
        if let previous, previous.sequence != head.sequence || previous.hash != head.hash {
            verification.broken = AuditChainBreak(
                sequence: previous.sequence,
                reason: "the chain ends at row \(previous.sequence) but its tail records row \(head.sequence): rows at the end were removed or changed"
            )
        } else if previous == nil, head.sequence > 0, start == nil {
            verification.broken = AuditChainBreak(sequence: head.sequence, reason: "the log is empty but its tail records row \(head.sequence): rows were removed")
        }
        return verification
    }

    private func check(_ record: AuditRecord, after previous: AuditRecord?, trustingStart: Bool) async throws -> AuditChainBreak? {
        if let previous {
            guard record.previousHash == previous.hash else {
                return AuditChainBreak(
                    sequence: record.sequence,
                    reason: "row \(record.sequence) does not follow row \(previous.sequence): a row between them was removed, or row \(previous.sequence)'s hash was changed"
                )
            }
        } else if !trustingStart, record.previousHash != AuditChain.genesis {
            let anchored = try await audit.pruneAnchors().contains { anchor in
                anchor.detailValues["last_hash"] == record.previousHash.hexString && anchor.sequence > record.sequence
            }
            guard anchored else {
                return AuditChainBreak(
                    sequence: record.sequence,
                    reason: "row \(record.sequence) is the first row but follows a hash that no audit.pruned anchor names: rows before it were removed"
                )
            }
        }
        guard AuditChain.hash(of: record, after: record.previousHash) == record.hash else {
            return AuditChainBreak(sequence: record.sequence, reason: "row \(record.sequence)'s contents do not match its hash: the row was changed")
        }
        return nil
    }
}

/// The outcome of ``AuditChainVerifier/verify(from:progress:)``.
public struct AuditVerification: Sendable, Equatable {
    /// The tail's sequence when verification began; rows appended later are not checked.
    public var head: Int64
    public var checked = 0
    public var firstSequence: Int64?
    public var lastSequence: Int64?
    /// The first row that breaks the chain, if any.
    public var broken: AuditChainBreak?

    public var isIntact: Bool { broken == nil }
}

/// The first place the chain breaks: the row and what is wrong with it.
public struct AuditChainBreak: Sendable, Equatable {
    public var sequence: Int64
    public var reason: String
}
