import Logging
import ServiceLifecycle
import WarbleCompliance

/// Runs queued export jobs on this instance: looks every `interval`, and runs jobs one after
/// another while there are any. Several instances share the queue (each job is claimed once).
struct ExportJobService: Service {
    let runner: ExportJobRunner
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
                    while try await runner.runNext() {}
                } catch {
                    logger.error("export jobs could not be read; will try again", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
