import Foundation
import Logging
import PostgresNIO
import Testing
import WarbleCompliance
import WarbleCore
import WarblePolicy
import WarbleStore
import WarbleTestSupport

@Suite("Retention runs and legal holds")
struct RetentionTests {
    static let policy = try! RetentionPolicy(yaml: """
        version: 1
        rules:
          - name: everything
            scope: all_posts
            keep: P2Y
            action: purge
          - name: direct
            scope: direct_posts
            keep: P1Y
            action: delete
          - name: finance
            scope: group
            group: finance
            keep: P7Y
            action: purge
          - name: deleted
            scope: deleted_posts
            keep: 30d
            action: purge
          - name: audit
            scope: audit_log
            keep: P5Y
            action: purge
          - name: exports
            scope: exports
            keep: 90d
            action: purge
        """, file: "test.yaml")

    static let day: TimeInterval = 86_400
    static let now = Date()

    @Test("a run removes exactly what expired, hides what its rule deletes, spares held posts; twice removes nothing new")
    func exactRemoval() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup: posts dated across years
            let world = try await RetentionWorld.make(database)
            let old = try await world.post(world.bob, ageInDays: 3 * 365, text: "three years old")
            let young = try await world.post(world.bob, ageInDays: 400, text: "a year and a bit")
            let oldDirect = try await world.post(world.bob, ageInDays: 500, visibility: .direct, text: "old direct")
            let youngDirect = try await world.post(world.bob, ageInDays: 100, visibility: .direct, text: "young direct")
            let financeOld = try await world.post(world.eve, ageInDays: 6 * 365, text: "finance, six years", group: world.finance)
            let deletedLongAgo = try await world.post(world.eve, ageInDays: 100, text: "deleted", deletedDaysAgo: 60)
            let deletedRecently = try await world.post(world.eve, ageInDays: 100, text: "deleted lately", deletedDaysAgo: 10)
            let heldOld = try await world.post(world.carl, ageInDays: 4 * 365, text: "held by the case")
            try await world.favourite(old, by: world.eve)
            _ = try await HoldRepository(database: database).place(NewLegalHold(caseID: "C-1", reason: "litigation", custodianIDs: [world.carl]), by: world.actor)
            // act
            let report = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            // validate
            let remaining = try await world.postIDs()
            #expect(remaining == Set([young, youngDirect, financeOld, deletedRecently, heldOld, oldDirect]))
            #expect(try await world.deletedIDs().contains(oldDirect))
            #expect(Self.figures(report, "everything") == .init(rule: "everything", hidden: 0, purged: 1, held: 1))
            #expect(Self.figures(report, "direct") == .init(rule: "direct", hidden: 1, purged: 0, held: 0))
            #expect(Self.figures(report, "deleted") == .init(rule: "deleted", hidden: 0, purged: 1, held: 0))
            #expect(try await world.count("SELECT count(*) FROM favourites") == 0)
            #expect(!remaining.contains(deletedLongAgo))
            let purgedRows = try await AuditRepository(database: database).recent(action: "post.purged")
            #expect(Set(purgedRows.flatMap { ($0.details["ids"] ?? "").split(separator: ",").compactMap { Int64($0) } }) == [old, deletedLongAgo])
            #expect(Set(purgedRows.compactMap { $0.details["rule"] }) == ["everything", "deleted"])
            let run = try #require(try await AuditRepository(database: database).recent(action: "retention.run").first)
            #expect(run.details["rule.everything"] == "hidden=0 purged=1 held=1")
            // act again: nothing new
            let second = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            #expect(second.total.purged == 0 && second.total.hidden == 0)
            #expect(try await world.postIDs() == remaining)
        }
    }

    @Test("a dry run changes nothing and reports what the real run then does; releasing a hold lets the next run purge")
    func dryRunAndRelease() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await RetentionWorld.make(database)
            for age in [800.0, 900, 1000] { _ = try await world.post(world.bob, ageInDays: age, text: "old \(age)") }
            _ = try await world.post(world.bob, ageInDays: 400, visibility: .direct, text: "direct")
            let held = try await world.post(world.carl, ageInDays: 1000, text: "held")
            let (hold, coverage) = try await HoldRepository(database: database).place(
                NewLegalHold(caseID: "C-2", reason: "audit", custodianIDs: [world.carl]), by: world.actor
            )
            #expect(coverage.posts == 1)
            let before = try await world.postIDs()
            // act
            let dry = try await world.engine.run(policy: Self.policy, asOf: Self.now, dryRun: true, actor: world.actor)
            // validate
            #expect(try await world.postIDs() == before)
            #expect(try await world.deletedIDs().isEmpty)
            let real = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            #expect(dry.rules == real.rules)
            #expect(real.total.hidden == 1 && real.total.purged == 3 && real.total.held == 1)
            #expect(try await world.postIDs().contains(held))
            // act: release, run again
            #expect(try await HoldRepository(database: database).release(id: hold.id, reason: "case closed", by: world.actor) != nil)
            #expect(try await HoldRepository(database: database).release(id: hold.id, reason: "again", by: world.actor) == nil)
            let after = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            // validate
            #expect(Self.figures(after, "everything")?.purged == 1)
            #expect(!(try await world.postIDs().contains(held)))
            let actions = try await AuditRepository(database: database).recent(action: "hold.*").map(\.action)
            #expect(actions == ["hold.released", "hold.placed"])
        }
    }

    @Test("holds cover by custodian, group, dates and query; a limit stops the run early")
    func holdScopesAndLimit() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await RetentionWorld.make(database)
            let merger = try await world.post(world.bob, ageInDays: 1000, text: "the merger talks")
            let lunch = try await world.post(world.bob, ageInDays: 1000, text: "lunch plans")
            let financeOld = try await world.post(world.eve, ageInDays: 8 * 365, text: "finance, eight years", group: world.finance)
            let datedOut = try await world.post(world.eve, ageInDays: 1500, text: "merger, earlier")
            let holds = HoldRepository(database: database)
            _ = try await holds.place(NewLegalHold(caseID: "Q", reason: "query", startsAt: Self.now.addingTimeInterval(-1200 * Self.day), query: "merger"), by: world.actor)
            _ = try await holds.place(NewLegalHold(caseID: "G", reason: "group", groupIDs: [world.finance]), by: world.actor)
            // act
            let limited = try await world.engine.run(policy: Self.policy, asOf: Self.now, limit: 1, actor: world.actor)
            let full = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            // validate
            #expect(limited.stoppedAtLimit)
            #expect(limited.total.purged + limited.total.held == 1)
            #expect(!full.stoppedAtLimit)
            let remaining = try await world.postIDs()
            #expect(remaining.contains(merger) && remaining.contains(financeOld))
            #expect(!remaining.contains(lunch) && !remaining.contains(datedOut))
            // a hold that is not valid is refused before it reaches the database
            #expect(!NewLegalHold(caseID: " ", reason: "").problems.isEmpty)
        }
    }

    @Test("a hold placed while a purge of the same posts runs keeps every post it covers, in 100 runs")
    func holdDuringPurgeRace() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let world = try await RetentionWorld.make(database, pageSize: 3)
            for attempt in 0..<100 {
                // setup: 12 expired posts by carl
                try await database.execute("""
                    INSERT INTO posts (account_id, text, content, visibility, created_at)
                    SELECT \(world.carl), 'race ' || g, '<p>x</p>', 'public', now() - interval '1000 days' FROM generate_series(1, 12) g
                    """)
                // act: purge and hold at once
                async let run = world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
                if attempt % 2 == 1 { try await Task.sleep(for: .milliseconds(Int.random(in: 0...8))) }
                let (hold, coverage) = try await HoldRepository(database: database).place(
                    NewLegalHold(caseID: "race-\(attempt)", reason: "race", custodianIDs: [world.carl]), by: world.actor
                )
                _ = try await run
                // validate: everything the hold covered when placed is still there
                let left = try await world.count("SELECT count(*) FROM posts WHERE account_id = \(world.carl)")
                #expect(left == coverage.posts, "attempt \(attempt): the hold covered \(coverage.posts), \(left) remain")
                // clean up for the next attempt
                _ = try await HoldRepository(database: database).release(id: hold.id, reason: "next attempt", by: world.actor)
                _ = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
                #expect(try await world.count("SELECT count(*) FROM posts WHERE account_id = \(world.carl)") == 0)
            }
        }
    }

    @Test("the audit log rule prunes the expired prefix, and the chain still verifies")
    func auditLogRule() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await RetentionWorld.make(database)
            let audit = AuditRepository(database: database)
            for index in 0..<5 { try await audit.append(AuditEvent(action: "old.event", target: "\(index)")) }
            try await audit.append(AuditEvent(action: "latest.event"))
            // act: as of six years on, every row so far is past the five-year rule
            let report = try await world.engine.run(policy: Self.policy, asOf: Self.now.addingTimeInterval(6 * 365 * Self.day), actor: world.actor)
            // validate
            #expect((Self.figures(report, "audit")?.purged ?? 0) >= 5)
            #expect(try await audit.recent(action: "old.event").isEmpty)
            #expect(try await audit.recent(action: "latest.event").count == 1)
            #expect(try await audit.recent(action: "audit.pruned").count == 1)
            #expect(try await AuditChainVerifier(audit: audit).verify().isIntact)
        }
    }

    @Test("the exports rule removes old API export archives and says so on their jobs; a dry run only counts")
    func exportsRule() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup: two finished exports, one 100 days old, one from yesterday
            let world = try await RetentionWorld.make(database)
            let jobs = ExportJobRepository(database: database)
            var files: [URL] = []
            for (index, age) in [100.0, 1].enumerated() {
                let job = try await jobs.enqueue(ExportSelection(custodianIDs: [world.bob]), custodianNames: ["bob"], groupNames: [], requestedBy: world.bob)
                let name = "export-\(index).tar.gz"
                try await jobs.finish(id: job.id, fileName: name, sha256: "x", posts: 0)
                try await database.execute("UPDATE export_jobs SET finished_at = \(Date().addingTimeInterval(-age * Self.day)) WHERE id = \(job.id)")
                let file = world.exports.appendingPathComponent(name)
                try Data("archive".utf8).write(to: file)
                files.append(file)
            }
            // act
            let dry = try await world.engine.run(policy: Self.policy, asOf: Self.now, dryRun: true, actor: world.actor)
            #expect(Self.figures(dry, "exports")?.purged == 1)
            #expect(FileManager.default.fileExists(atPath: files[0].path))
            let real = try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor)
            // validate
            #expect(Self.figures(real, "exports")?.purged == 1)
            #expect(!FileManager.default.fileExists(atPath: files[0].path))
            #expect(FileManager.default.fileExists(atPath: files[1].path))
            let old = try #require(try await jobs.list(limit: 10).first { $0.fileName == nil })
            #expect(old.error == "removed by retention rule exports")
            #expect(try await world.engine.run(policy: Self.policy, asOf: Self.now, actor: world.actor).rules.first { $0.rule == "exports" }?.purged == 0)
        }
    }

    @Test("decisions: the rule's clock, delete versus purge, no rule keeps", arguments: [
        (Visibility.public, 800.0, nil as Double?, "purge everything"),
        (.public, 700, nil, "keep"),
        (.direct, 400, nil, "hide direct"),
        (.direct, 400, 40.0, "purge deleted"),
        (.direct, 400, 20.0, "keep"),
    ])
    func decisions(visibility: Visibility, ageInDays: Double, deletedDaysAgo: Double?, expected: String) {
        let post = RetainedPost(
            id: 1, visibility: visibility, groupSlug: nil, createdAt: Self.now.addingTimeInterval(-ageInDays * Self.day),
            deletedAt: deletedDaysAgo.map { Self.now.addingTimeInterval(-$0 * Self.day) }, authorSuspendedAt: nil
        )
        let decision = RetentionDecision.decide(post, policy: Self.policy, asOf: Self.now)
        let described = switch decision {
        case .keep: "keep"
        case .hide(let rule): "hide \(rule.name)"
        case .purge(let rule): "purge \(rule.name)"
        }
        #expect(described == expected)
    }

    static func figures(_ report: RetentionReport, _ rule: String) -> RetentionReport.RuleFigures? {
        report.rules.first { $0.rule == rule }
    }
}

/// People, a group, and a way to write posts with any age.
struct RetentionWorld {
    let database: Database
    let engine: RetentionEngine
    let exports: URL
    let actor = AuditEvent(action: "", actorAddress: "test")
    let bob: Int64, eve: Int64, carl: Int64, finance: Int64

    static func make(_ database: Database, pageSize: Int = 2) async throws -> RetentionWorld {
        let accounts = AccountRepository(database: database)
        var ids: [Int64] = []
        for name in ["bob", "eve", "carl"] {
            ids.append(try #require(try await accounts.createLocal(username: name, displayName: name, role: .member, passwordHash: "x")).id)
        }
        let finance = try await GroupRepository(database: database).create(slug: "finance", name: "Finance", description: "", privacy: .open, creatorID: ids[1])
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("warble-retention-\(UUID().uuidString)")
        let exports = media.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        return RetentionWorld(
            database: database,
            engine: RetentionEngine(database: database, mediaDirectory: media, exportsDirectory: exports, pageSize: pageSize, logger: Logger(label: "test")),
            exports: exports, bob: ids[0], eve: ids[1], carl: ids[2], finance: finance.id
        )
    }

    func post(_ author: Int64, ageInDays: Double, visibility: Visibility = .public, text: String, group: Int64? = nil, deletedDaysAgo: Double? = nil) async throws -> Int64 {
        let created = Date().addingTimeInterval(-ageInDays * 86_400)
        let deleted = deletedDaysAgo.map { Date().addingTimeInterval(-$0 * 86_400) }
        return try await database.rows("""
            INSERT INTO posts (account_id, text, content, visibility, created_at, deleted_at, group_id)
            VALUES (\(author), \(text), '<p>x</p>', \(visibility.rawValue), \(created), \(deleted), \(group)) RETURNING id
            """)[0].decode(Int64.self)
    }

    func favourite(_ post: Int64, by account: Int64) async throws {
        try await database.execute("INSERT INTO favourites (account_id, post_id) VALUES (\(account), \(post))")
    }

    func postIDs() async throws -> Set<Int64> {
        Set(try await database.rows("SELECT id FROM posts").map { try $0.decode(Int64.self) })
    }

    func deletedIDs() async throws -> Set<Int64> {
        Set(try await database.rows("SELECT id FROM posts WHERE deleted_at IS NOT NULL").map { try $0.decode(Int64.self) })
    }

    func count(_ sql: String) async throws -> Int {
        Int(try await database.rows(PostgresQuery(unsafeSQL: sql))[0].decode(Int64.self))
    }
}
