import Foundation
import Logging
import WarbleCore
import WarblePolicy
import WarbleStore

/// Applies the retention policy: walks every post a page at a time, hides or purges what its rule
/// says has expired (never what a hold covers), purges expired uploads, API exports' archives and
/// the audit log's expired prefix, deletes the files of what it purged, and records the run in the audit log.
/// A dry run reads the same and changes nothing; it reports what the real run would do.
public struct RetentionEngine: Sendable {
    let retention: RetentionRepository
    let audit: AuditRepository
    let exportJobs: ExportJobRepository
    let mediaDirectory: URL
    let exportsDirectory: URL
    let pageSize: Int
    let logger: Logger

    public init(database: Database, mediaDirectory: URL, exportsDirectory: URL, pageSize: Int = 1000, logger: Logger) {
        retention = RetentionRepository(database: database)
        audit = AuditRepository(database: database)
        exportJobs = ExportJobRepository(database: database)
        self.mediaDirectory = mediaDirectory
        self.exportsDirectory = exportsDirectory
        self.pageSize = pageSize
        self.logger = logger
    }

    /// Runs once as of `asOf`; with `limit`, stops after acting on that many items.
    public func run(
        policy: RetentionPolicy, asOf: Date = Date(), dryRun: Bool = false, limit: Int? = nil, actor: AuditEvent,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> RetentionReport {
        var report = RetentionReport(asOf: asOf, dryRun: dryRun)
        var budget = limit ?? Int.max
        let total = try await retention.postCount()
        var cursor: Int64 = 0
        while budget > 0 {
            let page = try await retention.posts(after: cursor, limit: pageSize)
            guard let last = page.last else { break }
            cursor = last.id
            report.postsScanned += page.count
            var hides: [String: [Int64]] = [:]
            var purges: [String: [Int64]] = [:]
            for post in page {
                guard budget > 0 else { break }
                switch RetentionDecision.decide(post, policy: policy, asOf: asOf) {
                case .keep: continue
                case .hide(let rule): hides[rule.name, default: []].append(post.id)
                case .purge(let rule): purges[rule.name, default: []].append(post.id)
                }
                budget -= 1
            }
            for (rule, ids) in hides.sorted(by: { $0.key < $1.key }) {
                report.count(rule, hidden: dryRun ? ids.count : try await retention.hide(ids, at: asOf))
            }
            for (rule, ids) in purges.sorted(by: { $0.key < $1.key }) {
                if dryRun {
                    let held = try await retention.held(among: ids).count
                    report.count(rule, purged: ids.count - held, held: held)
                } else {
                    var record = actor
                    record.details = ["rule": rule]
                    let (purged, keys) = try await retention.purge(ids, record: record)
                    report.count(rule, purged: purged.count, held: ids.count - purged.count)
                    report.files += PurgedFiles(directory: mediaDirectory, logger: logger).remove(keys)
                }
            }
            progress(report.postsScanned, total)
        }
        report.stoppedAtLimit = budget <= 0
        if !report.stoppedAtLimit, let rule = policy.rule(for: .attachments) {
            try await purgeAttachments(rule, asOf: asOf, dryRun: dryRun, report: &report)
        }
        if !report.stoppedAtLimit, let rule = policy.rule(for: .exports) {
            try await removeExports(rule, asOf: asOf, dryRun: dryRun, report: &report)
        }
        if !report.stoppedAtLimit, let rule = policy.rule(for: .auditLog) {
            try await pruneAuditLog(rule, asOf: asOf, dryRun: dryRun, report: &report)
        }
        if !dryRun { try await audit.append(Self.auditEvent(report, actor: actor)) }
        return report
    }

    private func purgeAttachments(_ rule: RetentionRule, asOf: Date, dryRun: Bool, report: inout RetentionReport) async throws {
        var cursor: Int64 = 0
        let cutoff = rule.keep.cutoff(asOf: asOf)
        while true {
            let ids = try await retention.attachments(before: cutoff, after: cursor, limit: pageSize)
            guard let last = ids.last else { break }
            cursor = last
            if dryRun {
                let held = try await retention.heldAttachments(among: ids)
                report.count(rule.name, purged: ids.count - held, held: held)
                report.files += ids.count - held
            } else {
                let (purged, keys) = try await retention.purgeAttachments(ids)
                report.count(rule.name, purged: purged, held: ids.count - purged)
                report.files += PurgedFiles(directory: mediaDirectory, logger: logger).remove(keys)
            }
        }
    }

    /// Removes the archives of API exports that finished before the rule's cutoff from
    /// `exports.dir`; their job rows stay, saying why the file is gone.
    private func removeExports(_ rule: RetentionRule, asOf: Date, dryRun: Bool, report: inout RetentionReport) async throws {
        let expired = try await exportJobs.kept(finishedBefore: rule.keep.cutoff(asOf: asOf))
        for job in expired {
            guard let name = job.fileName else { continue }
            if !dryRun {
                try? FileManager.default.removeItem(at: exportsDirectory.appendingPathComponent(name))
                try await exportJobs.forget(id: job.id, reason: "removed by retention rule \(rule.name)")
            }
            report.count(rule.name, purged: 1)
        }
        if expired.isEmpty { report.count(rule.name) }
    }

    private func pruneAuditLog(_ rule: RetentionRule, asOf: Date, dryRun: Bool, report: inout RetentionReport) async throws {
        guard let through = try await audit.lastSequence(before: rule.keep.cutoff(asOf: asOf)) else {
            report.count(rule.name)
            return
        }
        if dryRun {
            report.count(rule.name, purged: Int(try await audit.rowCount(through: through)))
        } else {
            report.count(rule.name, purged: Int(try await audit.prune(through: through, reason: "retention rule \(rule.name)")))
        }
    }

    static func auditEvent(_ report: RetentionReport, actor: AuditEvent) -> AuditEvent {
        var event = actor
        event.action = "retention.run"
        event.target = nil
        event.details = ["as_of": report.asOf.formatted(.iso8601), "posts_scanned": String(report.postsScanned), "files": String(report.files)]
        for figures in report.rules {
            event.details["rule." + figures.rule] = "hidden=\(figures.hidden) purged=\(figures.purged) held=\(figures.held)"
        }
        if report.stoppedAtLimit { event.details["stopped_at_limit"] = "true" }
        return event
    }
}
