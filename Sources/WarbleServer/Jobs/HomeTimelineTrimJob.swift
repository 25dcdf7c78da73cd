import Logging
import WarbleStore

/// Keeps materialised home timelines bounded: every ten minutes, on one instance at a time,
/// timelines that grew well past ``TimelineRepository/homeCapacity`` are cut back to it.
enum HomeTimelineTrimJob {
    static let lockKey: Int64 = 0x5741_5242_4C45_4854  // "WARBLEHT"

    static func make(timelines: TimelineRepository, database: Database, logger: Logger) -> ScheduledJob {
        ScheduledJob(name: "home timeline trim", lockKey: lockKey, interval: .seconds(600), database: database, logger: logger) {
            let removed = try await timelines.trimHomeTimelines()
            if removed > 0 { logger.info("home timelines trimmed", metadata: ["entries": "\(removed)"]) }
        }
    }
}
