import Foundation
import WarbleArchive

/// The caller's part of a manifest, as the export command might write it.
struct SampleManifest: Encodable {
    var generator = "warble-tests 1.0"
    var selection = ["accounts": "all", "from": "2024-01-01"]
    var posts = 3
    var complete = true
    var createdAt = Date(timeIntervalSince1970: 1_700_000_000)
}

/// A small export like the real one: a posts.jsonl listed in the manifest, one file per post, a
/// long media path that needs the ustar prefix field, an empty file, and a member larger than
/// one 64 KiB chunk streamed in pieces.
enum SampleExport {
    static let modificationTime = Date(timeIntervalSince1970: 1_700_000_123)
    static let longPath = "media/" + String(repeating: "d", count: 60) + "/" + String(repeating: "e", count: 50) + "/attachment-original.png"
    static let postsJSONL = Array("{\"id\":1,\"text\":\"hello\"}\n{\"id\":2,\"text\":\"world\"}\n{\"id\":3,\"text\":\"again\"}\n".utf8)
    static let streamed = pseudoRandomBytes(count: 70_000, seed: 7)

    /// The content members in the order they are added, with their bytes.
    static let members: [(path: String, bytes: [UInt8])] = [
        ("posts.jsonl", postsJSONL),
        ("posts/1.json", Array("{\"id\":1,\"text\":\"hello\"}".utf8)),
        ("posts/2.json", Array("{\"id\":2,\"text\":\"world\"}".utf8)),
        ("posts/3.json", Array("{\"id\":3,\"text\":\"again\"}".utf8)),
        (longPath, pseudoRandomBytes(count: 3000, seed: 3)),
        ("empty.txt", []),
        ("media/streamed.bin", streamed),
    ]

    static func write(to output: URL, key: ExportSigningKey, manifest: SampleManifest = SampleManifest()) async throws {
        let writer = try ExportArchiveWriter(output: output, signingKey: key, modificationTime: modificationTime)
        for (path, bytes) in members where path != "media/streamed.bin" {
            try writer.add(path: path, bytes: bytes, inManifest: path == "posts.jsonl")
        }
        try await writer.addStreamed(path: "media/streamed.bin") { sink in
            for start in stride(from: 0, to: streamed.count, by: 10_000) {
                try sink.write(streamed[start..<min(start + 10_000, streamed.count)])
            }
        }
        try writer.finish(manifest: manifest)
    }
}
