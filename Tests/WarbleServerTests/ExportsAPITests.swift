import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Testing
import WarbleArchive
import WarbleCompliance
import WarbleConfig
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("Compliance exports through the API, as background jobs")
struct ExportsAPITests {
    @Test("a compliance officer requests an export, the background service makes it, an auditor follows and downloads it; both audited")
    func requestRunDownload() async throws {
        let (key, folder) = try Self.keyAndFolder()
        try await withSocialApp(["bob", "comp", "aud", "root"], exports: ExportSettings(directory: folder.path, signingKey: key.path)) { client, members, database in
            // setup
            let staff = try await Members.staff(members, roles: ["comp": .compliance, "aud": .auditor, "root": .admin], in: database)
            let bob = try #require(members["bob"])
            let first = try await client.post("board minutes", as: bob)
            // act: request
            let requested = try await client.call(.post, "/api/v1/warble/exports", as: staff["comp"], form: ["custodians[]": "bob", "include_deleted": "1"])
            // validate
            #expect(requested.status == .accepted, "\(requested.json)")
            let id = try #require(requested.json["id"].string)
            #expect(requested.json["state"].string == "queued")
            // act: the application's background service (every 2 s) makes it
            var done = try await client.call(.get, "/api/v1/warble/exports/\(id)", as: staff["aud"])
            for _ in 0..<120 where ["queued", "running"].contains(done.json["state"].string) {
                try await Task.sleep(for: .milliseconds(250))
                done = try await client.call(.get, "/api/v1/warble/exports/\(id)", as: staff["aud"])
            }
            // validate: done, downloadable, verifiable
            #expect(done.json["state"].string == "done", "\(done.json)")
            #expect(done.json["posts_done"].int == 1)
            let (status, body) = try await client.execute(uri: "/api/v1/warble/exports/\(id)/download", method: .get, headers: try #require(staff["aud"]).bearer) {
                ($0.status, Data(buffer: $0.body))
            }
            #expect(status == .ok)
            let downloaded = folder.appendingPathComponent("downloaded.tar.gz")
            try body.write(to: downloaded)
            let report = try ExportArchiveVerifier.verify(archive: downloaded, publicKey: try ExportSigningKey(contentsOf: key).publicKey)
            #expect(report.isValid, "\(report)")
            #expect(done.json["sha256"].string?.count == 64)
            let actions = try await client.call(.get, "/api/v1/warble/audit?action=export.*", as: staff["aud"]).json.strings("action")
            #expect(actions == ["export.downloaded", "export.created", "export.requested"])
            #expect(try await client.call(.get, "/api/v1/warble/exports", as: staff["comp"]).json.strings("id") == [id])
            _ = first
        }
    }

    @Test("only compliance officers request; bad requests are 422; without a signing key nothing is queued")
    func refusals() async throws {
        let (key, folder) = try Self.keyAndFolder()
        try await withSocialApp(["comp", "aud", "root"], exports: ExportSettings(directory: folder.path, signingKey: key.path)) { client, members, database in
            let staff = try await Members.staff(members, roles: ["comp": .compliance, "aud": .auditor, "root": .admin], in: database)
            for who in ["aud", "root"] {
                #expect(try await client.call(.post, "/api/v1/warble/exports", as: staff[who], form: ["custodians[]": "comp"]).status == .forbidden)
            }
            #expect(try await client.call(.get, "/api/v1/warble/exports", as: staff["root"]).status == .forbidden)
            for form in [[:], ["custodians[]": "nobody"], ["groups[]": "none"], ["hold_id": "42"], ["custodians[]": "comp", "from": "2026-06-01", "to": "2026-01-01"]] {
                let response = try await client.call(.post, "/api/v1/warble/exports", as: staff["comp"], form: form)
                #expect(response.status == .unprocessableContent, "\(form)")
            }
            #expect(try await client.call(.get, "/api/v1/warble/exports/1", as: staff["comp"]).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/warble/exports", as: staff["comp"]).json.array.isEmpty)
        }
        try await withSocialApp(["comp"]) { client, members, database in
            let staff = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let response = try await client.call(.post, "/api/v1/warble/exports", as: staff["comp"], form: ["custodians[]": "comp"])
            #expect(response.status == .unprocessableContent)
            #expect(response.json["error_description"].string?.contains("exports.signing_key") == true)
        }
    }

    /// A new signing key and an empty exports folder.
    static func keyAndFolder() throws -> (key: URL, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warble-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let key = folder.appendingPathComponent("signing.pem")
        try ExportSigningKey.generate().write(to: key)
        return (key, folder)
    }
}
