/// Why a review of a DLP flag was refused.
public enum DLPReviewError: Error, Equatable {
    /// There is no flag with this id.
    case notFound
    /// The flag was reviewed already; a review is final.
    case alreadyReviewed(DLPFlag.State)
    /// The reason is empty (after trimming) or longer than ``DLPReview/maxReasonLength``.
    case invalidReason
}
