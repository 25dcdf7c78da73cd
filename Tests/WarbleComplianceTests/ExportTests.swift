import Foundation
import Testing
import WarbleArchive
import WarbleCompliance
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("Compliance exports")
struct ExportTests {
    @Test("an export holds exactly the custodian's posts — edited with history, deleted but retained, direct, with attachments — and no outsider's")
    func contents() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await ExportWorld.make(database)
            // act
            let export = try await world.export(ExportSelection(custodianIDs: [world.bob], includeDeleted: true))
            // validate
            let posts = try export.jsonLines("posts.jsonl")
            #expect(Set(posts.map { $0["id"] as? String }) == Set([world.plain, world.edited, world.deleted, world.direct].map { String($0) }))
            #expect(!posts.contains { ($0["text"] as? String)?.contains("outsider") == true })
            let edited = try #require(posts.first { $0["id"] as? String == String(world.edited) })
            #expect(edited["text"] as? String == "second version")
            #expect((edited["edits"] as? [[String: Any]])?.map { $0["text"] as? String } == ["first version"])
            let deleted = try #require(posts.first { $0["id"] as? String == String(world.deleted) })
            #expect(deleted["state"] as? String == "deleted")
            #expect(deleted["deleted_at"] is String)
            let direct = try #require(posts.first { $0["id"] as? String == String(world.direct) })
            #expect((direct["audience"] as? [String: Any])?["mentions"] as? [String] == ["dan"])
            let attachments = try #require((posts.first { $0["id"] as? String == String(world.plain) })?["attachments"] as? [[String: Any]])
            #expect(attachments.count == 1)
            let path = try #require(attachments.first?["path"] as? String)
            #expect(try Data(contentsOf: export.folder.appendingPathComponent(path)) == ExportWorld.attachmentBytes)
            #expect(try export.text("posts.csv").split(separator: "\r\n").count == 5)
            #expect(try export.jsonLines("accounts.jsonl").compactMap { $0["handle"] as? String }.sorted() == ["bob", "dan"])
            let message = try export.text("messages/\(world.direct).eml")
            #expect(message.contains("Message-ID: <post.\(world.direct)@warble.example>"))
            #expect(message.contains("To: <dan@warble.example>"))
            let reply = try export.text("messages/\(world.edited).eml")
            #expect(reply.contains("In-Reply-To: <post.\(world.plain)@warble.example>"))
            let audited = try export.jsonLines("audit.jsonl")
            #expect(audited.contains { $0["action"] as? String == "post.edited" && $0["target"] as? String == "post:\(world.edited)" })
            #expect(!audited.contains { $0["target"] as? String == "post:\(world.outsider)" })
            let manifest = try export.jsonObject("manifest.json")
            #expect((manifest["counts"] as? [String: Any])?["posts"] as? Int == 4)
            #expect((manifest["counts"] as? [String: Any])?["deleted_posts"] as? Int == 1)
            #expect((manifest["audit_chain"] as? [String: Any])?["hash"] as? String != nil)
            let actions = try await AuditRepository(database: database).recent(action: "export.*").map(\.action)
            #expect(actions == ["export.created", "export.requested"])
        }
    }

    @Test("deleted posts stay out unless asked for; groups, a hold, dates and a query select")
    func selection() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await ExportWorld.make(database)
            // act
            let withoutDeleted = try await world.export(ExportSelection(custodianIDs: [world.bob]))
            let group = try await world.export(ExportSelection(groupIDs: [world.group]))
            let query = try await world.export(ExportSelection(custodianIDs: [world.bob, world.eve], query: "version"))
            let future = try await world.export(ExportSelection(custodianIDs: [world.bob], from: Date().addingTimeInterval(3600)))
            let (hold, _) = try await HoldRepository(database: database).place(
                NewLegalHold(caseID: "E-1", reason: "export test", custodianIDs: [world.eve]), by: AuditEvent(action: "", actorAddress: "test")
            )
            let held = try await world.export(ExportSelection(holdID: hold.id))
            // validate
            #expect(try withoutDeleted.ids() == Set([world.plain, world.edited, world.direct]))
            #expect(try group.ids() == Set([world.outsider]))
            #expect(try query.ids() == Set([world.edited]))
            #expect(try future.ids().isEmpty)
            #expect(try held.ids() == Set([world.outsider]))
        }
    }

    @Test("the archive verifies with sha256sum, openssl and export verify; a changed byte or a wrong key is named")
    func verification() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await ExportWorld.make(database)
            let export = try await world.export(ExportSelection(custodianIDs: [world.bob], includeDeleted: true))
            // act + validate: standard tools
            #expect(try ExportWorld.run("/usr/bin/sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: export.folder).status == 0)
            try world.key.publicKey.write(to: export.folder.appendingPathComponent("public.pem"))
            let openssl = try ExportWorld.run("/usr/bin/openssl", [
                "pkeyutl", "-verify", "-pubin", "-inkey", "public.pem", "-rawin", "-in", "manifest.json", "-sigfile", "manifest.sig",
            ], in: export.folder)
            #expect(openssl.output.contains("Signature Verified Successfully"))
            // our verifier
            #expect(try ExportArchiveVerifier.verify(archive: export.archive, publicKey: world.key.publicKey).isValid)
            let wrongKey = try ExportArchiveVerifier.verify(archive: export.archive, publicKey: ExportSigningKey.generate().publicKey)
            #expect(!wrongKey.isValid)
            // one byte changed in one file, the archive packed again
            let file = export.folder.appendingPathComponent("messages/\(world.direct).eml")
            var bytes = try Data(contentsOf: file)
            bytes[bytes.count - 3] ^= 0x01
            try bytes.write(to: file)
            try FileManager.default.removeItem(at: export.folder.appendingPathComponent("public.pem"))
            let repacked = export.folder.deletingLastPathComponent().appendingPathComponent("repacked.tar.gz")
            #expect(try ExportWorld.run("/usr/bin/tar", ["-czf", repacked.path, "-C", export.folder.path, "."], in: export.folder).status == 0)
            let tampered = try ExportArchiveVerifier.verify(archive: repacked, publicKey: world.key.publicKey)
            #expect(!tampered.isValid)
            #expect(tampered.problems.map(\.path).contains { $0.hasSuffix("messages/\(world.direct).eml") })
            #expect(try ExportWorld.run("/usr/bin/sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: export.folder).status != 0)
        }
    }

    @Test("an export never overwrites a file, and a failed one leaves nothing behind")
    func refusals() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            // setup
            let world = try await ExportWorld.make(database)
            let folder = try ExportWorld.temporaryFolder()
            let existing = folder.appendingPathComponent("taken.tar.gz")
            try Data("keep me".utf8).write(to: existing)
            // act + validate
            await #expect(throws: (any Error).self) { try await world.service.create(world.request(ExportSelection(custodianIDs: [world.bob]), output: existing)) }
            #expect(try Data(contentsOf: existing) == Data("keep me".utf8))
            let badQuery = folder.appendingPathComponent("bad.tar.gz")
            let broken = ExportSelection(custodianIDs: [world.bob], from: Date(timeIntervalSince1970: 1e12))
            _ = try await world.service.create(world.request(broken, output: badQuery))
            #expect(try ExportArchiveVerifier.verify(archive: badQuery, publicKey: world.key.publicKey).isValid)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.tar.gz", "taken.tar.gz"])
        }
    }
}

/// Three people, a group, and posts of every kind the export must get right.
struct ExportWorld {
    static let attachmentBytes = Data("%PDF-1.4 minutes of the meeting".utf8)

    let service: ExportService
    let key: ExportSigningKey
    let media: URL
    let bob: Int64, eve: Int64, dan: Int64, group: Int64
    let plain: Int64, edited: Int64, deleted: Int64, direct: Int64, outsider: Int64

    static func make(_ database: Database) async throws -> ExportWorld {
        let accounts = AccountRepository(database: database)
        var ids: [String: Int64] = [:]
        for name in ["bob", "eve", "dan"] {
            ids[name] = try #require(try await accounts.createLocal(username: name, displayName: name.capitalized, role: .member, passwordHash: "x")).id
        }
        let (bob, eve, dan) = (ids["bob"]!, ids["eve"]!, ids["dan"]!)
        let posts = PostRepository(database: database)
        let media = try temporaryFolder()
        let mediaRepository = MediaRepository(database: database)
        let attachment = try await mediaRepository.insert(MediaAttachment(
            id: try await mediaRepository.nextID(), accountID: bob, postID: nil, kind: .unknown, contentType: "application/pdf", fileName: "../minutes Q3.pdf",
            size: attachmentBytes.count, sha256: "unused", storageKey: "ab/minutes", description: "minutes", imageSize: nil
        ))
        try FileManager.default.createDirectory(at: media.appendingPathComponent("ab"), withIntermediateDirectories: true)
        try attachmentBytes.write(to: media.appendingPathComponent("ab/minutes"))
        let plain = try await posts.create(NewPost(authorID: bob, text: "plain post", content: "<p>plain post</p>", mediaIDs: [attachment.id])).id
        let edited = try await posts.create(NewPost(authorID: bob, text: "first version", content: "<p>first version</p>", inReplyToID: plain)).id
        try await posts.edit(id: edited, by: bob, text: "second version", content: "<p>second version</p>", spoilerText: "", sensitive: false, mentionedAccountIDs: [], tags: [])
        let deleted = try await posts.create(NewPost(authorID: bob, text: "regretted", content: "<p>regretted</p>")).id
        try await posts.delete(id: deleted, by: bob)
        let direct = try await posts.create(NewPost(authorID: bob, text: "@dan private word", content: "<p>x</p>", visibility: .direct, mentionedAccountIDs: [dan])).id
        let group = try await GroupRepository(database: database).create(slug: "finance", name: "Finance", description: "", privacy: .closed, creatorID: eve)
        let outsider = try await posts.create(NewPost(authorID: eve, text: "outsider in finance", content: "<p>x</p>", groupID: group.id)).id
        return ExportWorld(
            service: ExportService(database: database, pageSize: 2), key: .generate(), media: media, bob: bob, eve: eve, dan: dan, group: group.id,
            plain: plain, edited: edited, deleted: deleted, direct: direct, outsider: outsider
        )
    }

    func request(_ selection: ExportSelection, output: URL) -> ExportRequest {
        ExportRequest(
            selection: selection, custodianNames: [], groupNames: [], output: output, signingKey: key, mediaDirectory: media,
            domain: "warble.example", generator: "Warble test", actorAccountID: nil, actorRole: nil, actorAddress: "test"
        )
    }

    /// Exports `selection` and unpacks the archive with the system's tar.
    func export(_ selection: ExportSelection) async throws -> UnpackedExport {
        let folder = try Self.temporaryFolder()
        let archive = folder.appendingPathComponent("export.tar.gz")
        _ = try await service.create(request(selection, output: archive))
        let unpacked = folder.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: false)
        #expect(try Self.run("/usr/bin/tar", ["-xzf", archive.path, "-C", unpacked.path], in: folder).status == 0)
        return UnpackedExport(archive: archive, folder: unpacked)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warble-export-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// An export archive and the folder it was unpacked into.
struct UnpackedExport {
    let archive: URL
    let folder: URL

    func text(_ path: String) throws -> String { String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self) }

    func jsonLines(_ path: String) throws -> [[String: Any]] {
        try text(path).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func jsonObject(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(path))) as? [String: Any])
    }

    func ids() throws -> Set<Int64> {
        Set(try jsonLines("posts.jsonl").compactMap { ($0["id"] as? String).flatMap { Int64($0) } })
    }
}
