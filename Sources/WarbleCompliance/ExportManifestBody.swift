import Foundation

/// The part of `manifest.json` an export writes itself (the archive writer adds the hashes):
/// format, generator, time, the selection, the counts, and the audit chain's head when the export
/// began.
struct ExportManifestBody: Encodable {
    struct Selection: Encodable {
        let custodians: [String]
        let groups: [String]
        let from: Date?
        let to: Date?
        let query: String?
        let hold: String?
        let includeDeleted: Bool

        enum CodingKeys: String, CodingKey {
            case custodians, groups, from, to, query, hold
            case includeDeleted = "include_deleted"
        }
    }

    struct AuditChainHead: Encodable {
        let sequence: String
        let hash: String
    }

    let format = "warble-export/1"
    let generator: String
    let createdAt: Date
    let domain: String
    let selection: Selection
    let counts: ExportCounts
    let auditChain: AuditChainHead

    enum CodingKeys: String, CodingKey {
        case format, generator, domain, selection, counts
        case createdAt = "created_at"
        case auditChain = "audit_chain"
    }

    init(request: ExportRequest, counts: ExportCounts, createdAt: Date, auditSequence: Int64, auditHash: String) {
        generator = request.generator
        self.createdAt = createdAt
        domain = request.domain
        let selection = request.selection
        self.selection = Selection(
            custodians: request.custodianNames, groups: request.groupNames, from: selection.from, to: selection.to, query: selection.query,
            hold: selection.holdID.map(String.init), includeDeleted: selection.includeDeleted
        )
        self.counts = counts
        auditChain = AuditChainHead(sequence: String(auditSequence), hash: auditHash)
    }
}
