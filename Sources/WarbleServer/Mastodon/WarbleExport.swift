import Foundation
import Hummingbird
import WarbleStore

/// An export job as the exports API shows it.
struct WarbleExport: ResponseEncodable {
    let id: String
    let state: String
    let custodians: [String]
    let groups: [String]
    let holdId: String?
    let postsDone: Int
    let postsTotal: Int?
    let sha256: String?
    let error: String?
    let createdAt: String
    let finishedAt: String?

    init(_ job: ExportJob) {
        id = String(job.id)
        state = job.state.rawValue
        custodians = job.custodianNames
        groups = job.groupNames
        holdId = job.selection.holdID.map(String.init)
        postsDone = job.postsDone
        postsTotal = job.postsTotal
        sha256 = job.sha256
        error = job.error
        createdAt = MastodonTime.format(job.createdAt)
        finishedAt = job.finishedAt.map(MastodonTime.format)
    }
}
