import ArgumentParser
import WarbleCommands
import WarbleStore

extension AdminEnvironment {
    /// Reviews DLP flag `id` as `warblectl`, or ends the command with why it cannot be.
    func review(flag id: Int64, _ decision: DLPReview.Decision, reason: String) async throws -> DLPFlag {
        do {
            return try await DLPFlagRepository(database: database).review(id: id, DLPReview(
                decision: decision, reason: reason, reviewerAccountID: nil, reviewerRole: nil, actorAddress: Self.auditAddress
            ))
        } catch let error as DLPReviewError {
            switch error {
            case .notFound: printError("no DLP flag \(id) (see 'warblectl dlp queue')")
            case .alreadyReviewed(let state): printError("flag \(id) was \(state.rawValue) already; a review is final")
            case .invalidReason: printError("--reason must say why, in 1 to \(DLPReview.maxReasonLength) characters")
            }
            throw ExitCode.failure
        }
    }
}
