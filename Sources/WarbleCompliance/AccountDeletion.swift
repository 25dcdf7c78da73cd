import Foundation
import Logging
import WarbleCore
import WarbleStore

/// An administrator's deletion of an account: the account is suspended (tokens and sessions
/// revoked), its posts hidden, and everything of it that no legal hold covers purged — posts with
/// all that hangs on them, uploads and their files. Held posts stay, hidden, and exportable; the
/// account row stays while anything of it is held. Audited as `account.deleted` with the counts.
public struct AccountDeletion: Sendable {
    let database: Database
    let retention: RetentionRepository
    let mediaDirectory: URL
    let logger: Logger

    public init(database: Database, mediaDirectory: URL, logger: Logger) {
        self.database = database
        retention = RetentionRepository(database: database)
        self.mediaDirectory = mediaDirectory
        self.logger = logger
    }

    /// What a deletion removed and what holds kept.
    public struct Outcome: Sendable, Equatable {
        public var purged = 0
        public var keptByHolds = 0
        public var uploads = 0

        public init(purged: Int = 0, keptByHolds: Int = 0, uploads: Int = 0) {
            self.purged = purged
            self.keptByHolds = keptByHolds
            self.uploads = uploads
        }
    }

    public func delete(_ account: Account, reason: String, actor: AuditEvent) async throws -> Outcome {
        try await AccountRepository(database: database).suspend(id: account.id)
        let ids = try await retention.hide(account: account.id)
        var outcome = Outcome()
        var record = actor
        record.details = ["reason": reason, "account": account.username]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let batch = Array(ids[start..<min(start + 500, ids.count)])
            let (purged, keys) = try await retention.purge(batch, record: record)
            outcome.purged += purged.count
            outcome.keptByHolds += batch.count - purged.count
            PurgedFiles(directory: mediaDirectory, logger: logger).remove(keys)
        }
        let uploads = try await retention.uploads(of: account.id)
        let (removed, keys) = try await retention.purgeAttachments(uploads)
        outcome.uploads = removed
        PurgedFiles(directory: mediaDirectory, logger: logger).remove(keys)
        var event = actor
        event.action = "account.deleted"
        event.target = account.username
        event.details = [
            "reason": reason, "posts_purged": String(outcome.purged), "posts_kept_by_holds": String(outcome.keptByHolds), "uploads_purged": String(removed),
        ]
        try await AuditRepository(database: database).append(event)
        return outcome
    }
}
