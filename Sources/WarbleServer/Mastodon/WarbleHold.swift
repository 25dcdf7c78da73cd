import Foundation
import Hummingbird
import WarbleCore

/// A legal hold as the holds API shows it, with what it keeps when that was asked for.
struct WarbleHold: ResponseEncodable {
    let id: String
    let caseId: String
    let reason: String
    let custodianIds: [String]
    let groupIds: [String]
    let from: String?
    let to: String?
    let query: String?
    let createdAt: String
    let releasedAt: String?
    let releaseReason: String?
    let active: Bool
    let coverage: LegalHoldCoverage?

    init(_ hold: LegalHold, coverage: LegalHoldCoverage?) {
        id = String(hold.id)
        caseId = hold.caseID
        reason = hold.reason
        custodianIds = hold.custodianIDs.map(String.init)
        groupIds = hold.groupIDs.map(String.init)
        from = hold.startsAt.map(MastodonTime.format)
        to = hold.endsAt.map(MastodonTime.format)
        query = hold.query
        createdAt = MastodonTime.format(hold.createdAt)
        releasedAt = hold.releasedAt.map(MastodonTime.format)
        releaseReason = hold.releaseReason
        active = hold.isActive
        self.coverage = coverage
    }
}
