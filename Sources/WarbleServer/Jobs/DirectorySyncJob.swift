import Logging
import ServiceLifecycle
import WarbleIdentity
import WarbleStore

/// Runs the directory sync every `ldap.sync_interval`, on one instance of the fleet at a time
/// (a PostgreSQL advisory lock); a failed run is logged and tried again at the next interval.
struct DirectorySyncJob: Service {
    static let lockKey: Int64 = 0x5741_5242_4C45_4453  // "WARBLEDS"

    let sync: DirectorySyncService
    let database: Database
    let interval: Double
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: .milliseconds(Int(interval * 1000)))
                } catch {
                    return
                }
                do {
                    let report = try await database.withAdvisoryLockIfFree(Self.lockKey) {
                        try await sync.sync(dryRun: false)
                    }
                    if report == nil { logger.debug("directory sync skipped: another instance is running it") }
                } catch {
                    logger.error("directory sync failed; nothing was changed", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
