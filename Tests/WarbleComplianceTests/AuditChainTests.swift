import Foundation
import Logging
import PostgresNIO
import Testing
import WarbleCompliance
import WarbleStore
import WarbleTestSupport

@Suite("The audit log's hash chain")
struct AuditChainTests {
    @Test("appends from many concurrent transactions form one chain that verifies, in sequence order")
    func concurrentWriters() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let audit = AuditRepository(database: database)
            // act
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for event in 0..<25 {
                            try await database.transaction { connection in
                                try await audit.append(AuditEvent(action: "test.write", target: "\(writer)", details: ["event": "\(event)"]), on: connection)
                                try await audit.append(AuditEvent(action: "test.second", target: "\(writer)"), on: connection)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            // validate
            let verification = try await AuditChainVerifier(audit: audit, batchSize: 64).verify()
            #expect(verification.isIntact, "\(String(describing: verification.broken))")
            #expect(verification.checked == 400)
            let records = try await audit.records(after: 0, limit: 1000)
            #expect(records.map(\.sequence) == Array(1...400))
            #expect(zip(records, records.dropFirst()).allSatisfy { $1.previousHash == $0.hash })
        }
    }

    @Test("changing any field of one row, even as a superuser with triggers off, names that row", arguments: [
        "action = 'post.created.'", "target = 'someone else'", "details = '{\"n\": \"2\"}'",
        "occurred_at = occurred_at + interval '1 microsecond'", "actor_address = NULL", "actor_account_id = 1",
        "actor_role = 'admin'", "hash = sha256('forged')",
    ])
    func tamperedRowIsNamed(change: String) async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let audit = try await Self.appendTen(database)
            // act
            try await Self.asSuperuser(database, "UPDATE audit_log SET \(change) WHERE sequence = 6")
            // validate
            let verification = try await AuditChainVerifier(audit: audit, batchSize: 4).verify()
            #expect(verification.broken?.sequence == 6)
            #expect(verification.broken?.reason.contains("row 6") == true)
            #expect(verification.checked == 5)
        }
    }

    @Test("a removed row breaks the link of the row after it; removed rows at the end break the tail")
    func removedRows() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let audit = try await Self.appendTen(database)
            // act
            try await Self.asSuperuser(database, "DELETE FROM audit_log WHERE sequence = 4")
            // validate
            let middle = try await AuditChainVerifier(audit: audit).verify()
            #expect(middle.broken?.sequence == 5)
            #expect(middle.broken?.reason.contains("does not follow row 3") == true)

            // act
            try await Self.asSuperuser(database, "DELETE FROM audit_log WHERE sequence >= 9")
            let end = try await AuditChainVerifier(audit: audit).verify(from: 5)
            // validate
            #expect(end.broken?.reason.contains("ends at row 8") == true)

            // act
            try await Self.asSuperuser(database, "DELETE FROM audit_log WHERE sequence <= 3")
            let start = try await AuditChainVerifier(audit: audit).verify()
            // validate
            #expect(start.broken?.sequence == 5)
            #expect(start.broken?.reason.contains("no audit.pruned anchor") == true)
        }
    }

    @Test("pruning a prefix leaves an anchor, after which the rest still verifies; nothing else can delete")
    func pruning() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let audit = try await Self.appendTen(database)
            let fifth = try await audit.records(after: 4, limit: 1)[0]
            // act
            let removed = try await audit.prune(through: 5, reason: "retention rule audit-log")
            // validate
            #expect(removed == 5)
            let remaining = try await audit.records(after: 0, limit: 100)
            #expect(remaining.first?.sequence == 6)
            let anchor = try #require(remaining.last)
            #expect(anchor.action == "audit.pruned")
            #expect(anchor.detailValues["last_hash"] == fifth.hash.hexString)
            #expect(anchor.detailValues["rows"] == "5")
            let verification = try await AuditChainVerifier(audit: audit).verify()
            #expect(verification.isIntact, "\(String(describing: verification.broken))")
            #expect(verification.checked == 6)

            // a prune that reaches the newest row, and a plain delete, are refused
            await #expect(throws: PSQLError.self) { try await audit.prune(through: anchor.sequence, reason: "all") }
            await #expect(throws: PSQLError.self) { try await database.execute("DELETE FROM audit_log WHERE sequence = 7") }
            #expect(try await audit.records(after: 0, limit: 100).count == 6)

            // a delete that imitates the prune's setting gets past the trigger, but not the chain
            try await database.transaction { connection in
                _ = try await connection.query("SELECT set_config('warble.audit_prune_through', '100', true)", logger: Self.logger).collect()
                _ = try await connection.query("DELETE FROM audit_log WHERE sequence = 7", logger: Self.logger).collect()
            }
            #expect(try await AuditChainVerifier(audit: audit).verify().broken?.sequence == 8)
        }
    }

    @Test("verifying from a sequence trusts the link before it and checks the rest")
    func fromSequence() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let audit = try await Self.appendTen(database)
            try await Self.asSuperuser(database, "UPDATE audit_log SET action = 'changed' WHERE sequence = 2")
            // act
            let fromStart = try await AuditChainVerifier(audit: audit).verify()
            let fromFour = try await AuditChainVerifier(audit: audit).verify(from: 4)
            // validate
            #expect(fromStart.broken?.sequence == 2)
            #expect(fromFour.isIntact)
            #expect(fromFour.checked == 7)
            #expect(fromFour.firstSequence == 4)
        }
    }

    @Test("rows written before the chain existed are chained by the migration")
    func migrationChainsExistingRows() async throws {
        let testDatabase = try await TestDatabase.empty()
        try await testDatabase.withDatabase { database in
            // setup
            try await Migrator(database: database, migrations: Migrations.all.filter { $0.version < 16 }).migrate()
            for action in ["old.one", "old.two", "old.three"] {
                try await database.execute("INSERT INTO audit_log (action, details) VALUES (\(action), '{\"k\": \"v\"}')")
            }
            // act
            try await Migrator(database: database).migrate()
            try await AuditRepository(database: database).append(AuditEvent(action: "new.one"))
            // validate
            let audit = AuditRepository(database: database)
            let verification = try await AuditChainVerifier(audit: audit).verify()
            #expect(verification.isIntact, "\(String(describing: verification.broken))")
            #expect(verification.checked == 4)
            #expect(try await audit.records(after: 0, limit: 10).map(\.action) == ["old.one", "old.two", "old.three", "new.one"])
        }
    }

    @Test("the canonical form separates fields unambiguously and marks empty ones")
    func canonicalForm() {
        // setup
        let record = AuditRecord(
            sequence: 7, occurredAt: "2026-11-25T07:46:44.123456Z", actorAccountID: nil, actorRole: "admin", actorAddress: nil,
            action: "user.suspended", target: "zoë", details: "{\"a\": \"1\"}", previousHash: AuditChain.genesis, hash: Data()
        )
        var shifted = record
        shifted.action = "user.suspended\n5:admin"
        // act
        let canonical = String(decoding: AuditChain.canonicalForm(of: record), as: UTF8.self)
        // validate
        #expect(canonical == "warble-audit-v1\n1:7\n27:2026-11-25T07:46:44.123456Z\n-\n5:admin\n-\n14:user.suspended\n4:zoë\n10:{\"a\": \"1\"}\n")
        #expect(AuditChain.hash(of: record, after: AuditChain.genesis) != AuditChain.hash(of: shifted, after: AuditChain.genesis))
    }

    static let logger = Logger(label: "warble.tests")

    static func appendTen(_ database: Database) async throws -> AuditRepository {
        let audit = AuditRepository(database: database)
        for index in 1...10 {
            try await audit.append(AuditEvent(action: "test.event", target: "t\(index)", actorRole: .member, actorAddress: "127.0.0.1", details: ["n": "\(index)"]))
        }
        return audit
    }

    /// Changes rows the way only a superuser can: with every trigger off.
    static func asSuperuser(_ database: Database, _ statement: String) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query("SET session_replication_role = replica", logger: Self.logger).collect()
            _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger).collect()
            _ = try await connection.query("SET session_replication_role = DEFAULT", logger: Self.logger).collect()
        }
    }
}
