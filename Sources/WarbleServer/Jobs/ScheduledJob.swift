import Logging
import ServiceLifecycle
import WarbleStore

/// Runs `work` every `interval` on one instance of the fleet at a time (a PostgreSQL advisory
/// lock named by `lockKey`); a failed run is logged and tried again at the next interval.
struct ScheduledJob: Service {
    let name: String
    let lockKey: Int64
    let interval: Duration
    let database: Database
    let logger: Logger
    let work: @Sendable () async throws -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                do {
                    if try await database.withAdvisoryLockIfFree(lockKey, work) == nil {
                        logger.debug("\(name) skipped: another instance is running it")
                    }
                } catch {
                    logger.error("\(name) failed; will try again", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
