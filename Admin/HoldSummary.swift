import Foundation
import WarbleCore

/// A hold as `warblectl hold …` prints it.
struct HoldSummary: Encodable {
    let id: String
    let caseID: String
    let reason: String
    let custodianIDs: [String]
    let groupIDs: [String]
    let startsAt: Date?
    let endsAt: Date?
    let query: String?
    let createdAt: Date
    let releasedAt: Date?
    let releaseReason: String?
    let coverage: LegalHoldCoverage?

    init(_ hold: LegalHold, coverage: LegalHoldCoverage?) {
        id = String(hold.id)
        caseID = hold.caseID
        reason = hold.reason
        custodianIDs = hold.custodianIDs.map(String.init)
        groupIDs = hold.groupIDs.map(String.init)
        startsAt = hold.startsAt
        endsAt = hold.endsAt
        query = hold.query
        createdAt = hold.createdAt
        releasedAt = hold.releasedAt
        releaseReason = hold.releaseReason
        self.coverage = coverage
    }

    var line: String {
        "\(id)  case \(caseID)  \(releasedAt == nil ? "active" : "released")  placed \(createdAt.formatted(.iso8601))"
    }
}
