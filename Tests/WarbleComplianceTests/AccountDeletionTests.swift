import Foundation
import Logging
import Testing
import WarbleCompliance
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("An administrator's account deletion")
struct AccountDeletionTests {
    @Test("purges what no hold covers, keeps held posts hidden, suspends the account, and is audited")
    func deletion() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await RetentionWorld.make(database)
            let held = try await world.post(world.bob, ageInDays: 40, text: "the merger memo")
            let free = try await world.post(world.bob, ageInDays: 10, text: "lunch")
            let alreadyGone = try await world.post(world.bob, ageInDays: 5, text: "oops", deletedDaysAgo: 1)
            let others = try await world.post(world.eve, ageInDays: 5, text: "eve stays")
            try await database.execute("""
                INSERT INTO media_attachments (account_id, kind, content_type, file_name, size, sha256, storage_key)
                VALUES (\(world.bob), 'unknown', 'application/pdf', 'a.pdf', 3, 'x', 'bob/upload')
                """)
            _ = try await HoldRepository(database: database).place(NewLegalHold(caseID: "M-1", reason: "merger", custodianIDs: [world.bob], query: "merger"), by: world.actor)
            let bob = try #require(try await AccountRepository(database: database).find(id: world.bob))
            let deletion = AccountDeletion(database: database, mediaDirectory: FileManager.default.temporaryDirectory, logger: Logger(label: "test"))
            // act
            let outcome = try await deletion.delete(bob, reason: "left the company", actor: world.actor)
            // validate
            #expect(outcome == .init(purged: 2, keptByHolds: 1, uploads: 1))
            let remaining = try await world.postIDs()
            #expect(remaining == [held, others])
            #expect(!remaining.contains(free) && !remaining.contains(alreadyGone))
            #expect(try await world.deletedIDs() == [held])
            #expect(try await AccountRepository(database: database).find(id: world.bob)?.isSuspended == true)
            #expect(try await world.count("SELECT count(*) FROM media_attachments") == 0)
            let audited = try #require(try await AuditRepository(database: database).recent(action: "account.deleted").first)
            #expect(audited.details["posts_kept_by_holds"] == "1")
            #expect(audited.details["reason"] == "left the company")
        }
    }
}
