/// What DLP found in a post that is stored anyway, recorded in the post's own transaction so that
/// the record exists exactly when the post does: the findings of `flag` rules go to the review
/// queue (`dlp_flags`) and the audit log (`dlp.flagged`); warnings the author confirmed go to the
/// audit log (`dlp.warned_confirmed`). Nothing here holds matched text, only redacted excerpts.
public struct PostScreening: Sendable, Equatable {
    /// Matches of `flag` rules, in the scanner's order; empty when there is nothing to review.
    public var flagged: [DLPFlag.Finding]
    /// The names of the `warn` rules whose warning the author confirmed.
    public var confirmedWarnings: [String]

    /// Nothing found: the post is stored with no DLP record.
    public static let clean = PostScreening()

    public init(flagged: [DLPFlag.Finding] = [], confirmedWarnings: [String] = []) {
        self.flagged = flagged
        self.confirmedWarnings = confirmedWarnings
    }
}
