import Foundation
import Logging
import WarbleCompliance
import WarbleStore

/// Applies the retention policy in force every `retention.interval`, on one instance of the fleet
/// at a time; each run is audited by the engine (`retention.run`, actor `scheduler`).
enum RetentionJob {
    static let lockKey: Int64 = 0x5741_5242_4C45_5254  // "WARBLERT"

    static func make(engine: RetentionEngine, policies: PolicyStore, interval: Double, database: Database, logger: Logger) -> ScheduledJob {
        ScheduledJob(name: "retention", lockKey: lockKey, interval: .seconds(interval), database: database, logger: logger) {
            let report = try await engine.run(policy: policies.current.retention, actor: AuditEvent(action: "", actorAddress: "scheduler"))
            let total = report.total
            logger.info("retention applied", metadata: [
                "posts_scanned": "\(report.postsScanned)", "hidden": "\(total.hidden)", "purged": "\(total.purged)", "held": "\(total.held)",
            ])
        }
    }
}
