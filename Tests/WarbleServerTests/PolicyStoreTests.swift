import Foundation
import Logging
import Testing
import WarbleConfig
import WarbleCore
import WarblePolicy
@testable import WarbleServer
import WarbleStore
import WarbleTestSupport

@Suite("The policy in force: refused at start when broken, reloaded, audited by digest")
struct PolicyStoreTests {
    /// The shipped `dlp.yaml` with one more rule.
    static let changedDLP = (try? String(contentsOfFile: TestPolicies.shipped + "/dlp.yaml", encoding: .utf8)).map {
        $0 + """

              - name: client-codes
                pattern: '\\bCLT-\\d{6}\\b'
                scope: all
                action: flag

            """
    } ?? ""

    /// A `dlp.yaml` with two problems: an unknown action, and a block without its message.
    static let brokenDLP = """
        version: 1
        rules:
          - name: one
            pattern: 'secret'
            scope: all
            action: shout
          - name: two
            pattern: 'other'
            scope: all
            action: block
        """

    @Test("a server built with a broken policy folder refuses to start and names every problem")
    func refusesToStart() throws {
        // setup
        let folder = try TestPolicies.folder(dlp: Self.brokenDLP)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = try WarbleConfiguration(raw: RawConfiguration([.databaseURL: "postgres://placeholder@127.0.0.1/x"]))
        configuration.ldap = nil
        // act
        configuration.policies.directory = folder.path
        let broken = #expect(throws: PolicyError.self) { try buildApplication(configuration: configuration, logger: Logger(label: "test")) }
        configuration.policies.directory = folder.appending(path: "missing").path
        let missing = #expect(throws: PolicyError.self) { try buildApplication(configuration: configuration, logger: Logger(label: "test")) }
        // validate
        let problems = try #require(broken).problems
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.file.hasSuffix("dlp.yaml") })
        #expect(problems.map(\.field) == ["rules[0].action", "rules[1].message"])
        #expect(try #require(broken).description.hasPrefix("policy has 2 errors:"))
        #expect(try #require(missing).problems.first?.message.contains("not a directory") == true)
    }

    @Test("a reload keeps the last good policy when a file breaks, and applies a good change audited with its digest")
    func reload() async throws {
        // setup
        let folder = try TestPolicies.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await TestDatabase.migrated()
        try await database.withDatabase { database in
            let store = try Self.store(folder, database)
            let original = store.current.digest
            #expect(await store.recordAtStart(within: 10))
            // act
            try TestPolicies.write(Self.brokenDLP, to: folder)
            let brokenApplied = await store.reload(.hangup)
            let afterBroken = store.current.digest
            try TestPolicies.write(Self.changedDLP, to: folder)
            let changedApplied = await store.reload(.hangup)
            let unchangedApplied = await store.reload(.apply)
            // validate
            #expect(!brokenApplied)
            #expect(afterBroken == original)
            #expect(changedApplied && unchangedApplied)
            let changed = try PolicyLoader.load(directory: folder.path).digest
            #expect(changed != original)
            #expect(store.current.digest == changed)
            #expect(store.current.dlp.rules.map(\.name).last == "client-codes")
            let applied = try await AuditRepository(database: database).recent(action: "policy.applied")
            #expect(applied.map { $0.details["digest"] } == [changed, original])
            #expect(applied.map { $0.details["trigger"] } == ["sighup", "start"])
            #expect(applied.first?.details["dlp_rules"] == "5")
            #expect(applied.first?.details["retention_rules"] == String(store.current.retention.rules.count))
        }
    }

    @Test("a restart with the same files records nothing; a start with other files records their digest once")
    func recordsAtStart() async throws {
        // setup
        let folder = try TestPolicies.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await TestDatabase.migrated()
        try await database.withDatabase { database in
            // act
            let (start, restart) = (try Self.store(folder, database), try Self.store(folder, database))
            let recorded = await [start.recordAtStart(within: 10), restart.recordAtStart(within: 10)]
            try TestPolicies.write(Self.changedDLP, to: folder)
            let (changed, twin) = (try Self.store(folder, database), try Self.store(folder, database))
            async let first = changed.recordAtStart(within: 10)
            async let second = twin.recordAtStart(within: 10)
            let recordedTogether = await [first, second]
            // validate
            #expect(recorded == [true, true] && recordedTogether == [true, true])
            let applied = try await AuditRepository(database: database).recent(action: "policy.applied")
            #expect(applied.map { $0.details["digest"] } == [changed.current.digest, try PolicyLoader.load(directory: TestPolicies.shipped).digest])
        }
    }

    @Test("the reload event that warblectl policy apply sends makes a running server reload its folder")
    func reloadEvent() async throws {
        // setup
        let folder = try TestPolicies.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await TestDatabase.migrated()
        try await database.withDatabase { database in
            let store = try Self.store(folder, database)
            let hub = StreamHub(channel: EventChannel(database: database))
            store.reloadOnEvents(from: hub)
            let running = Task {
                await withDiscardingTaskGroup { group in
                    group.addTask { await hub.run() }
                    group.addTask { await store.run() }
                }
            }
            defer { running.cancel() }
            try TestPolicies.write(Self.changedDLP, to: folder)
            let changed = try PolicyLoader.load(directory: folder.path).digest
            // act: the listener may not be up yet, so ask until it answers
            for _ in 0..<100 where store.current.digest != changed {
                try await EventChannel(database: database).send(.policiesChanged)
                try await Task.sleep(for: .milliseconds(100))
            }
            // validate
            #expect(store.current.digest == changed)
            let applied = try await AuditRepository(database: database).recent(action: "policy.applied")
            #expect(applied.first?.details["digest"] == changed)
            #expect(applied.first?.details["trigger"] == "apply")
        }
    }

    static func store(_ folder: URL, _ database: Database) throws -> PolicyStore {
        try PolicyStore(directory: folder.path, audit: AuditRepository(database: database), logger: Logger(label: "test"))
    }
}
