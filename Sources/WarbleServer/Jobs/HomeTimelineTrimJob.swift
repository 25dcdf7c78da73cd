import Logging
import ServiceLifecycle
import WarbleStore

/// Keeps materialised home timelines bounded: every ten minutes, on one instance of the fleet at
/// a time, timelines that grew well past ``TimelineRepository/homeCapacity`` are cut back to it.
struct HomeTimelineTrimJob: Service {
    static let lockKey: Int64 = 0x5741_5242_4C45_4854  // "WARBLEHT"

    let timelines: TimelineRepository
    let database: Database
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                do {
                    if let removed = try await database.withAdvisoryLockIfFree(Self.lockKey, { try await timelines.trimHomeTimelines() }), removed > 0 {
                        logger.info("home timelines trimmed", metadata: ["entries": "\(removed)"])
                    }
                } catch {
                    logger.error("trimming home timelines failed; will try again", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
