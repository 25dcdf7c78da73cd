import Foundation
import Logging
import WarbleArchive
import WarbleCore
import WarbleStore

/// Runs the export jobs the API queues: claims one, writes the signed archive into the exports
/// folder with progress recorded as it goes, and marks it done (with the archive's SHA-256) or
/// failed (with the reason). Audited like any export, with the requester as the actor.
public struct ExportJobRunner: Sendable {
    let jobs: ExportJobRepository
    let service: ExportService
    let settings: ExportJobSettings
    let logger: Logger

    public init(database: Database, settings: ExportJobSettings, logger: Logger) {
        jobs = ExportJobRepository(database: database)
        service = ExportService(database: database)
        self.settings = settings
        self.logger = logger
    }

    /// Runs the next waiting job; false when there was none.
    @discardableResult
    public func runNext() async throws -> Bool {
        guard let job = try await jobs.claim() else { return false }
        let fileName = "export-\(job.id).tar.gz"
        let output = settings.directory.appendingPathComponent(fileName)
        do {
            guard let keyPath = settings.signingKey else { throw ExportJobFailure("exports.signing_key is not set") }
            try FileManager.default.createDirectory(at: settings.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try? FileManager.default.removeItem(at: output)
            let request = ExportRequest(
                selection: job.selection, custodianNames: job.custodianNames, groupNames: job.groupNames, output: output,
                signingKey: try ExportSigningKey(contentsOf: URL(fileURLWithPath: keyPath)), mediaDirectory: settings.mediaDirectory,
                domain: settings.domain, generator: settings.generator, actorAccountID: job.requestedBy, actorRole: .compliance, actorAddress: "export job \(job.id)"
            )
            let jobs = jobs
            let reporter = ProgressThrottle()
            let summary = try await service.create(request) { done, total in
                guard reporter.due() else { return }
                try? await jobs.progress(id: job.id, done: done, total: total)
            }
            try await jobs.finish(id: job.id, fileName: fileName, sha256: summary.sha256, posts: summary.counts.posts)
        } catch {
            logger.error("export job failed", metadata: ["job": "\(job.id)", "error": "\(error)"])
            try await jobs.fail(id: job.id, error: String(describing: error))
        }
        return true
    }
}

/// Where job exports go and how they are made.
public struct ExportJobSettings: Sendable {
    public var directory: URL
    public var signingKey: String?
    public var mediaDirectory: URL
    public var domain: String
    public var generator: String

    public init(directory: URL, signingKey: String?, mediaDirectory: URL, domain: String, generator: String) {
        self.directory = directory
        self.signingKey = signingKey
        self.mediaDirectory = mediaDirectory
        self.domain = domain
        self.generator = generator
    }
}

/// Why a job could not even start.
struct ExportJobFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Lets progress through at most once a second, so a job writes a heartbeat without a database
/// round trip per page.
final class ProgressThrottle: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date.distantPast

    func due() -> Bool {
        lock.withLock {
            guard Date().timeIntervalSince(last) >= 1 else { return false }
            last = Date()
            return true
        }
    }
}
