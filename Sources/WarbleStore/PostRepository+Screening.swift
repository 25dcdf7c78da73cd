import PostgresNIO

extension PostRepository {
    /// Records what DLP found in post `postID` in the transaction that stores it: a review flag
    /// with its `dlp.flagged` row (unless the same findings wait for review already), and a
    /// `dlp.warned_confirmed` row. The rows name the rules and the flag, never the text. Call it
    /// last: it appends audit rows.
    func record(_ screening: PostScreening, postID: Int64, authorID: Int64, on connection: PostgresConnection) async throws {
        if !screening.flagged.isEmpty, let flagID = try await DLPFlagRepository.insert(screening.flagged, postID: postID, on: connection, logger: database.logger) {
            try await audit.append(AuditEvent(
                action: "dlp.flagged", target: "post:\(postID)", actorAccountID: authorID,
                details: ["flag_id": String(flagID), "rules": DLPFlag.distinct(screening.flagged.map(\.rule)).joined(separator: ",")]
            ), on: connection)
        }
        if !screening.confirmedWarnings.isEmpty {
            try await audit.append(AuditEvent(
                action: "dlp.warned_confirmed", target: "post:\(postID)", actorAccountID: authorID,
                details: ["rules": screening.confirmedWarnings.joined(separator: ",")]
            ), on: connection)
        }
    }
}
