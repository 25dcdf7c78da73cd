import Foundation
import Testing
import WarbleArchive

@Suite("Writing an export")
struct ExportArchiveWriterTests {
    static func sha256Hex(_ bytes: [UInt8], in directory: URL) throws -> String {
        let file = directory.appendingPathComponent("hash-input-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return String(try runTool("/usr/bin/sha256sum", [file.path]).output.prefix(64))
    }

    @Test("the layout: content in order, then SHA256SUMS, manifest.json and manifest.sig")
    func layout() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let archive = directory.appendingPathComponent("export.tar.gz")

            // act
            try await SampleExport.write(to: archive, key: key)
            let members = try readMembers(ofArchive: archive)

            // validate
            #expect(members.map(\.member.name) == SampleExport.members.map(\.path) + ["SHA256SUMS", "manifest.json", "manifest.sig"])
            #expect(Array(members.prefix(SampleExport.members.count).map(\.bytes)) == SampleExport.members.map(\.bytes))
            #expect(members.allSatisfy { $0.member.modificationTime == SampleExport.modificationTime })
            let sums = String(decoding: members[members.count - 3].bytes, as: UTF8.self)
            var expectedSums = ""
            for (path, bytes) in SampleExport.members {
                expectedSums += "\(try Self.sha256Hex(bytes, in: directory))  \(path)\n"
            }
            #expect(sums == expectedSums)
            let manifest = members[members.count - 2].bytes
            #expect(key.publicKey.isValidSignature(members[members.count - 1].bytes, for: manifest))
            #expect(members[members.count - 1].bytes.count == 64)
            #expect(try contents(of: directory) == ["export.tar.gz"])
        }
    }

    @Test("manifest.json: the caller's fields plus sha256sums, files and files_sha256, pretty-printed with sorted keys")
    func manifest() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: .generate())
            let members = try readMembers(ofArchive: archive)
            let sums = members[members.count - 3].bytes

            // act
            let text = String(decoding: members[members.count - 2].bytes, as: UTF8.self)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]

            // validate
            #expect(object?["generator"] as? String == "warble-tests 1.0")
            #expect(object?["selection"] as? [String: String] == ["accounts": "all", "from": "2024-01-01"])
            #expect(object?["complete"] as? Bool == true)
            #expect(object?["posts"] as? Int == 3)
            #expect(object?["createdAt"] as? String == "2023-11-14T22:13:20Z")
            #expect(object?["sha256sums"] as? String == (try Self.sha256Hex(sums, in: directory)))
            #expect(object?["files"] as? Int == SampleExport.members.count)
            #expect(object?["files_sha256"] as? [String: String] == ["posts.jsonl": try Self.sha256Hex(SampleExport.postsJSONL, in: directory)])
            let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
            #expect(keys == ["complete", "createdAt", "files", "files_sha256", "generator", "posts", "selection", "sha256sums"])
            #expect(text.hasSuffix("}\n"))
        }
    }

    @Test("a member from disk, larger than a megabyte, is copied intact")
    func largeFile() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let large = pseudoRandomBytes(count: 1_100_000)
            let source = directory.appendingPathComponent("video.bin")
            try Data(large).write(to: source)
            let archive = directory.appendingPathComponent("export.tar.gz")
            let writer = try ExportArchiveWriter(output: archive, signingKey: .generate(), modificationTime: .now)

            // act
            try writer.add(path: "media/video.bin", contentsOf: source, inManifest: true)
            try writer.finish(manifest: SampleManifest())
            let members = try readMembers(ofArchive: archive)

            // validate
            #expect(members.first?.member.name == "media/video.bin")
            #expect(members.first?.bytes == large)
            #expect(try ExportArchiveVerifier.verify(archive: archive, publicKey: nil).isValid)
        }
    }

    @Test("a path added twice is refused and no export is left behind")
    func duplicatePath() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            let writer = try ExportArchiveWriter(output: archive, signingKey: .generate(), modificationTime: .now)
            try writer.add(path: "posts/1.json", bytes: Array("one".utf8))
            try writer.add(path: "posts/2.json", bytes: Array("two".utf8))
            try await writer.addStreamed(path: "posts/1.json") { try $0.write("again") }

            // act
            let error = #expect(throws: ExportArchiveError.self) { try writer.finish(manifest: SampleManifest()) }

            // validate
            #expect(error == .duplicatePath("posts/1.json"))
            #expect(try contents(of: directory).isEmpty)
            #expect(throws: ExportArchiveError.ended) { try writer.add(path: "posts/3.json", bytes: [UInt8]()) }
        }
    }

    @Test("bad paths are refused before anything is written, and end the export", arguments: [
        ("SHA256SUMS", "SHA256SUMS is written by the export itself and cannot be added as a member"),
        ("manifest.sig", "manifest.sig is written by the export itself and cannot be added as a member"),
        ("../escape", "invalid member name \"../escape\": it contains a '..' component"),
        ("/absolute", "invalid member name \"/absolute\": it is absolute"),
    ])
    func refusedPath(path: String, expected: String) async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            let writer = try ExportArchiveWriter(output: archive, signingKey: .generate(), modificationTime: .now)
            try writer.add(path: "posts.jsonl", bytes: Array("{}\n".utf8))
            var streamed = false

            // act
            let error = await #expect(throws: (any Error).self) {
                try await writer.addStreamed(path: path) { _ in streamed = true }
            }

            // validate
            #expect(error.map { "\($0)" } == expected)
            #expect(!streamed)
            #expect(try contents(of: directory).isEmpty)
            #expect(throws: ExportArchiveError.ended) { try writer.finish(manifest: SampleManifest()) }
        }
    }

    @Test("an error thrown while streaming a member ends the export and removes its files")
    func streamingFails() async throws {
        struct DatabaseWentAway: Error {}
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            let writer = try ExportArchiveWriter(output: archive, signingKey: .generate(), modificationTime: .now)

            // act
            await #expect(throws: DatabaseWentAway.self) {
                try await writer.addStreamed(path: "posts/1.json") { sink in
                    try sink.write("partial")
                    throw DatabaseWentAway()
                }
            }

            // validate
            #expect(try contents(of: directory).isEmpty)
        }
    }

    @Test("manifests that are not objects, or set the writer's keys, are refused")
    func badManifest() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let first = try ExportArchiveWriter(output: directory.appendingPathComponent("a.tar.gz"), signingKey: .generate(), modificationTime: .now)
            let second = try ExportArchiveWriter(output: directory.appendingPathComponent("b.tar.gz"), signingKey: .generate(), modificationTime: .now)

            // act
            let notObject = #expect(throws: ExportArchiveError.self) { try first.finish(manifest: ["a", "list"]) }
            let reserved = #expect(throws: ExportArchiveError.self) { try second.finish(manifest: ["files": 12]) }

            // validate
            #expect(notObject == .manifestNotAnObject)
            #expect(reserved == .manifestKeyReserved("files"))
            #expect(try contents(of: directory).isEmpty)
        }
    }

    @Test("an existing file is never overwritten")
    func existingOutput() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            try Data("an earlier export".utf8).write(to: archive)

            // act
            let error = #expect(throws: FileCreationError.self) {
                try ExportArchiveWriter(output: archive, signingKey: .generate(), modificationTime: .now)
            }

            // validate
            #expect(error?.description == "could not create \(archive.path): it already exists")
            #expect(try Data(contentsOf: archive) == Data("an earlier export".utf8))
            #expect(try contents(of: directory) == ["export.tar.gz"])
        }
    }

    @Test("a writer dropped without finishing leaves nothing behind")
    func abandoned() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            var writer: ExportArchiveWriter? = try ExportArchiveWriter(
                output: directory.appendingPathComponent("export.tar.gz"), signingKey: .generate(), modificationTime: .now
            )
            try writer?.add(path: "posts.jsonl", bytes: Array("{}\n".utf8))
            let during = try contents(of: directory)

            // act
            writer = nil

            // validate
            #expect(during.count == 1 && during[0].hasPrefix(".export.tar.gz.") && during[0].hasSuffix(".partial"))
            #expect(try contents(of: directory).isEmpty)
        }
    }
}
