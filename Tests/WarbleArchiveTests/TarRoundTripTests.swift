import Foundation
import Testing
import WarbleArchive

@Suite("Tar archives written and read back")
struct TarRoundTripTests {
    static let mtime = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("members from memory and from disk come back with the same names and bytes")
    func roundTrip() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let large = pseudoRandomBytes(count: 1_300_000)
            let largeURL = directory.appendingPathComponent("large.bin")
            try Data(large).write(to: largeURL)
            let longName = String(repeating: "a", count: 120) + "/" + String(repeating: "b", count: 90) + ".json"
            let sink = MemorySink()
            let writer = try TarWriter(sink: sink, modificationTime: Self.mtime)
            var observed: [UInt8] = []
            var chunkSizes: [Int] = []

            // act
            try writer.add(name: "posts.jsonl", bytes: Array("{}\n".utf8))
            try writer.add(name: "media/large.bin", contentsOf: largeURL) { chunk in
                observed += chunk
                chunkSizes.append(chunk.count)
            }
            try writer.add(name: longName, bytes: Array("long".utf8))
            try writer.add(name: "empty", bytes: [UInt8]())
            try writer.finish()
            let members = try readMembers(TarReader(source: MemorySource(sink.bytes, readSize: 1000)))

            // validate
            #expect(members.map(\.member.name) == ["posts.jsonl", "media/large.bin", longName, "empty"])
            #expect(members.map(\.bytes) == [Array("{}\n".utf8), large, Array("long".utf8), []])
            #expect(members.map(\.member.size) == [3, large.count, 4, 0])
            #expect(members.allSatisfy { $0.member.modificationTime == Self.mtime })
            #expect(observed == large)
            #expect(chunkSizes.max() == 64 * 1024)
            #expect(sink.bytes.count % 512 == 0)
            #expect(sink.bytes.suffix(1024).allSatisfy { $0 == 0 })
        }
    }

    @Test("headers are POSIX ustar: mode 0644, owner 0:0 warble:warble, prefix field for long names")
    func headerFields() throws {
        // setup
        let sink = MemorySink()
        let writer = try TarWriter(sink: sink, modificationTime: Self.mtime)
        let directory = String(repeating: "d", count: 150)
        func field(_ offset: Int, _ length: Int) -> String {
            String(decoding: sink.bytes[offset..<(offset + length)].prefix { $0 != 0 }, as: UTF8.self)
        }

        // act
        try writer.add(name: directory + "/file.txt", bytes: Array("x".utf8))

        // validate
        #expect(field(0, 100) == "file.txt")
        #expect(field(345, 155) == directory)
        #expect(field(100, 8) == "0000644")
        #expect(field(108, 8) == "0000000")
        #expect(field(116, 8) == "0000000")
        #expect(field(124, 12) == "00000000001")
        #expect(field(136, 12) == String(Int(Self.mtime.timeIntervalSince1970), radix: 8))
        #expect(sink.bytes[156] == UInt8(ascii: "0"))
        #expect(Array(sink.bytes[257..<265]) == Array("ustar\u{0}00".utf8))
        #expect(field(265, 32) == "warble")
        #expect(field(297, 32) == "warble")
    }

    @Test("content is delivered in chunks, and unread content is skipped")
    func chunksAndSkipping() throws {
        // setup
        let sink = MemorySink()
        let writer = try TarWriter(sink: sink, modificationTime: Self.mtime)
        try writer.add(name: "big", bytes: pseudoRandomBytes(count: 200_000))
        try writer.add(name: "small", bytes: Array("after".utf8))
        try writer.finish()
        let reader = TarReader(source: MemorySource(sink.bytes))
        var chunkSizes: [Int] = []
        var small: [UInt8] = []

        // act
        _ = try reader.next()
        try reader.readContent { chunkSizes.append($0.count) }
        let skipped = try reader.next()
        _ = try reader.next()
        let third = try reader.next()
        let reread = TarReader(source: MemorySource(sink.bytes))
        _ = try reread.next()
        let afterSkip = try reread.next()
        try reread.readContent { small += $0 }

        // validate
        #expect(chunkSizes == [65_536, 65_536, 65_536, 3_392])
        #expect(skipped?.name == "small")
        #expect(third == nil)
        #expect(afterSkip?.name == "small")
        #expect(small == Array("after".utf8))
    }

    @Test("archives made by GNU tar are read: directory entries skipped, long names applied")
    func readsGNUTar() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let source = directory.appendingPathComponent("source")
            try FileManager.default.createDirectory(at: source.appendingPathComponent("posts"), withIntermediateDirectories: true)
            let post = pseudoRandomBytes(count: 100_000)
            try Data(post).write(to: source.appendingPathComponent("posts/1.json"))
            try Data("top".utf8).write(to: source.appendingPathComponent("top.txt"))
            let longName = "posts/" + String(repeating: "l", count: 150) + ".json"
            try Data("long".utf8).write(to: source.appendingPathComponent(longName))
            let archive = directory.appendingPathComponent("gnu.tar.gz")
            let created = try runTool("/usr/bin/tar", ["-czf", archive.path, "-C", source.path, "--sort=name", "."])
            let listing = try runTool("/usr/bin/tar", ["-tzf", archive.path])

            // act
            let members = try readMembers(ofArchive: archive)

            // validate
            #expect(created.status == 0)
            #expect(listing.output == "./\n./posts/\n./posts/1.json\n./\(longName)\n./top.txt\n")
            #expect(members.map(\.member.name) == ["./posts/1.json", "./\(longName)", "./top.txt"])
            #expect(members.map(\.bytes) == [post, Array("long".utf8), Array("top".utf8)])
        }
    }
}
