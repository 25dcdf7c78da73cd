import Logging
import WarbleIdentity
import WarbleStore

/// The directory sync every `ldap.sync_interval`, on one instance at a time; a failed run changes
/// nothing and is tried again at the next interval.
enum DirectorySyncJob {
    static let lockKey: Int64 = 0x5741_5242_4C45_4453  // "WARBLEDS"

    static func make(sync: DirectorySyncService, database: Database, interval: Double, logger: Logger) -> ScheduledJob {
        ScheduledJob(name: "directory sync", lockKey: lockKey, interval: .milliseconds(Int(interval * 1000)), database: database, logger: logger) {
            _ = try await sync.sync(dryRun: false)
        }
    }
}
