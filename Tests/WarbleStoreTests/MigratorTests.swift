import PostgresNIO
import Synchronization
import Testing
import WarbleStore
import WarbleTestSupport

@Suite("Migrations against a real PostgreSQL")
struct MigratorTests {
    @Test("a fresh database gets every migration, and a second run finds nothing to do")
    func appliesOnceAndIsIdempotent() async throws {
        // setup
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            let migrator = Migrator(database: database)
            // act
            let first = try await migrator.migrate()
            let second = try await migrator.migrate()
            let status = try await migrator.status()
            // validate
            #expect(first.map(\.version) == Migrations.all.map(\.version))
            #expect(second.isEmpty)
            #expect(status.isUpToDate)
            #expect(status.applied.map(\.version) == Migrations.all.map(\.version))
            let tables = try await database.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            // Each migration's own tests check its tables; here, that the history ran from the first to the last.
            #expect(Set(["schema_migrations", "accounts", "posts", "audit_log", "media_attachments"]).isSubset(of: tables))
        }
    }

    @Test("a second migrator waits for the first under the advisory lock, then has nothing to do")
    func concurrentMigratorWaits() async throws {
        // setup: a migration slow enough that the second migrator surely arrives while it runs
        let slow = [
            Migration(version: 1, name: "table", statements: ["CREATE TABLE t (id int)"]),
            Migration(version: 2, name: "slow", statements: ["SELECT pg_sleep(0.5)", "INSERT INTO t VALUES (1)"]),
        ]
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            let firstIsApplying = AsyncStream<Void>.makeStream()
            let secondEvents = Mutex<[String]>([])
            // act
            async let first = Migrator(database: database, migrations: slow).migrate { event in
                if case .applying(let migration) = event, migration.version == 2 { firstIsApplying.continuation.finish() }
            }
            for await _ in firstIsApplying.stream {}
            let second = try await Migrator(database: database, migrations: slow).migrate { event in
                if case .waitingForLock = event { secondEvents.withLock { $0.append("waiting") } }
            }
            let applied = try await first
            // validate
            #expect(applied.map(\.version) == [1, 2])
            #expect(second.isEmpty)
            #expect(secondEvents.withLock { $0 } == ["waiting"])
            #expect(try await database.strings("SELECT count(*)::text FROM t") == ["1"])
        }
    }

    @Test("many migrators started at once apply each migration exactly once")
    func manyAtOnce() async throws {
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 { group.addTask { try await Migrator(database: database).migrate().count } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(counts.sorted() == [0, 0, 0, Migrations.all.count])
            #expect(try await database.strings("SELECT count(*)::text FROM schema_migrations") == [String(Migrations.all.count)])
        }
    }

    @Test("a failing migration is rolled back whole and the earlier ones stay")
    func failureRollsBack() async throws {
        let migrations = [
            Migration(version: 1, name: "good", statements: ["CREATE TABLE good (id int)"]),
            Migration(version: 2, name: "bad", statements: ["CREATE TABLE half (id int)", "CREATE TABLE broken (id nosuchtype)"]),
        ]
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            let migrator = Migrator(database: database, migrations: migrations)
            await #expect {
                try await migrator.migrate()
            } throws: { error in
                guard case MigrationError.failed(let migration, let reason) = error else { return false }
                return migration.version == 2 && reason.contains("nosuchtype")
            }
            let status = try await migrator.status()
            #expect(status.applied.map(\.version) == [1])
            #expect(status.pending.map(\.version) == [2])
            #expect(try await database.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1") == ["good", "schema_migrations"])
            // The lock was released: a corrected run goes through.
            let fixed = [migrations[0], Migration(version: 2, name: "bad", statements: ["CREATE TABLE half (id int)"])]
            #expect(try await Migrator(database: database, migrations: fixed).migrate().map(\.version) == [2])
        }
    }

    @Test("an edited migration and a database from a newer build are refused")
    func detectsMismatch() async throws {
        let original = Migration(version: 1, name: "one", statements: ["CREATE TABLE one (id int)"])
        let edited = Migration(version: 1, name: "one", statements: ["CREATE TABLE one (id bigint)"])
        let later = Migration(version: 2, name: "two", statements: ["CREATE TABLE two (id int)"])
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            try await Migrator(database: database, migrations: [original, later]).migrate()

            let editedStatus = try await Migrator(database: database, migrations: [edited, later]).status()
            #expect(editedStatus.changed.map(\.version) == [1])
            #expect(!editedStatus.isUpToDate)
            await #expect(throws: MigrationError.self) { try await Migrator(database: database, migrations: [edited, later]).migrate() }

            let olderBuild = try await Migrator(database: database, migrations: [original]).status()
            #expect(olderBuild.unknown.map(\.version) == [2])
            await #expect {
                try await Migrator(database: database, migrations: [original]).migrate()
            } throws: { error in
                if case MigrationError.databaseIsNewer(let version, _) = error { return version == 2 }
                return false
            }
        }
    }
}
