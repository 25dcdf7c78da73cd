import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WarbleStore
import WarbleTestSupport

@Suite("The personal archive at /settings/export")
struct PersonalArchiveTests {
    @Test("a person downloads their own posts as an ActivityStreams outbox, once an hour, audited; strangers get 401")
    func download() async throws {
        try await withSocialApp(["bob", "eve"]) { client, members, database in
            // setup
            let (bob, eve) = (try #require(members["bob"]), try #require(members["eve"]))
            let first = try await client.post("first of mine", as: bob)
            let reply = try await client.post("my reply", as: bob, replyTo: first)
            let gone = try await client.post("deleted one", as: bob)
            _ = try await client.call(.delete, "/api/v1/statuses/\(gone)", as: bob)
            _ = try await client.post("eve's own", as: eve)
            // act
            let (status, headers, body) = try await client.execute(uri: "/settings/export", method: .get, headers: bob.bearer) { response in
                (response.status, response.headers, Data(buffer: response.body))
            }
            // validate
            #expect(status == .ok)
            #expect(headers[.contentType] == "application/gzip")
            #expect(headers[.contentDisposition]?.contains("warble-archive-bob-") == true)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warble-archive-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try body.write(to: folder.appendingPathComponent("a.tar.gz"))
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
            tar.arguments = ["-xzf", "a.tar.gz"]
            tar.currentDirectoryURL = folder
            try tar.run()
            tar.waitUntilExit()
            #expect(tar.terminationStatus == 0)
            let outbox = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("outbox.json"))) as? [String: Any])
            let items = try #require(outbox["orderedItems"] as? [[String: Any]])
            #expect(outbox["type"] as? String == "OrderedCollection")
            #expect(items.count == 2)
            #expect(items.allSatisfy { $0["type"] as? String == "Create" })
            let notes = items.compactMap { $0["object"] as? [String: Any] }
            #expect(notes.compactMap { $0["id"] as? String }.allSatisfy { $0.hasSuffix(first) || $0.hasSuffix(reply) })
            #expect(notes.contains { ($0["inReplyTo"] as? String)?.hasSuffix("/api/v1/statuses/\(first)") == true })
            let actor = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("actor.json"))) as? [String: Any])
            #expect(actor["preferredUsername"] as? String == "bob")
            // once an hour
            let again = try await client.call(.get, "/settings/export", as: bob)
            #expect(again.status == .tooManyRequests)
            #expect(again.headers[.retryAfter].flatMap { Int($0) }.map { $0 > 3000 } == true)
            #expect(try await client.call(.get, "/settings/export", as: nil).status == .unauthorized)
            let audited = try await database.withDatabase { database in
                try await AuditRepository(database: database).recent(action: "archive.downloaded")
            }
            #expect(audited.map(\.actorAccountID) == [Int64(bob.id)])
        }
    }
}
