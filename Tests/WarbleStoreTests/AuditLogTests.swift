import PostgresNIO
import Testing
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("The audit log table")
struct AuditLogTests {
    @Test("events are appended and read back newest first, with their details")
    func appends() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let audit = AuditRepository(database: database)
            try await audit.append(AuditEvent(action: "first", target: "a", actorAddress: "127.0.0.1"))
            try await audit.append(AuditEvent(action: "second", target: "b", actorRole: .admin, details: ["quote": "it's \"fine\""]))
            let events = try await audit.recent()
            #expect(events.map(\.action) == ["second", "first"])
            #expect(events[0].details == ["quote": "it's \"fine\""])
            #expect(events[0].actorRole == .admin)
            #expect(try await audit.recent(action: "first").map(\.target) == ["a"])
        }
    }

    @Test("the database refuses to change or delete an audit row", arguments: [
        "UPDATE audit_log SET action = 'rewritten'", "DELETE FROM audit_log",
    ])
    func appendOnly(statement: String) async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            try await AuditRepository(database: database).append(AuditEvent(action: "kept"))
            await #expect(throws: PSQLError.self) { try await database.execute(PostgresQuery(unsafeSQL: statement)) }
            #expect(try await AuditRepository(database: database).recent().map(\.action) == ["kept"])
        }
    }
}
