import Foundation
import Testing
import WarbleArchive

@Suite("Streaming gzip")
struct GzipTests {
    static func compress(_ pieces: [[UInt8]], in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("data.gz")
        try Data().write(to: url)
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        let writer = try GzipWriter(output: file)
        for piece in pieces { try writer.write(piece) }
        try writer.finish()
        return url
    }

    static func decompress(_ url: URL, readSize: Int = 10_000) throws -> [UInt8] {
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        let reader = try GzipReader(input: file)
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: readSize)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try reader.read(into: $0) }
            if count == 0 { return result }
            result += buffer[..<count]
        }
    }

    @Test("what is written in pieces reads back identically, and gzip -dc agrees")
    func roundTrip() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let data = pseudoRandomBytes(count: 200_000) + Array(repeating: 65, count: 300_000)
            let pieces = stride(from: 0, to: data.count, by: 77_777).map { Array(data[$0..<min($0 + 77_777, data.count)]) }

            // act
            let url = try Self.compress(pieces, in: directory)
            let readBack = try Self.decompress(url)
            let gunzip = try runTool("/usr/bin/gzip", ["-dk", url.path])

            // validate
            #expect(readBack == data)
            #expect(gunzip.status == 0)
            #expect(try Data(contentsOf: directory.appendingPathComponent("data")) == Data(data))
            #expect(try Data(contentsOf: url).count < data.count)
        }
    }

    @Test("output of the gzip tool is read, including concatenated members")
    func readsGzipTool() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let first = directory.appendingPathComponent("first")
            let second = directory.appendingPathComponent("second")
            try Data("first part\n".utf8).write(to: first)
            try Data("second part\n".utf8).write(to: second)
            #expect(try runTool("/usr/bin/gzip", ["-n", first.path, second.path]).status == 0)
            let joined = directory.appendingPathComponent("joined.gz")
            try (Data(contentsOf: URL(fileURLWithPath: first.path + ".gz")) + Data(contentsOf: URL(fileURLWithPath: second.path + ".gz"))).write(to: joined)

            // act
            let text = String(decoding: try Self.decompress(joined, readSize: 3), as: UTF8.self)

            // validate
            #expect(text == "first part\nsecond part\n")
        }
    }

    @Test("a truncated stream throws .truncated wherever it is cut", arguments: [0, 1, 10, 500, 4_000])
    func truncated(keptFromEnd: Int) async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let url = try Self.compress([pseudoRandomBytes(count: 5_000)], in: directory)
            let whole = try Data(contentsOf: url)
            let cut = keptFromEnd == 0 ? Data() : whole.prefix(whole.count - keptFromEnd)
            try cut.write(to: url)

            // act / validate
            #expect(throws: GzipError.truncated) { try Self.decompress(url) }
        }
    }

    @Test("damaged or foreign data throws .corrupt with zlib's reason")
    func corrupt() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let url = try Self.compress([pseudoRandomBytes(count: 5_000)], in: directory)
            var damaged = try Data(contentsOf: url)
            damaged[damaged.count - 6] ^= 0xFF  // inside the CRC-32 of the trailer
            let damagedURL = directory.appendingPathComponent("damaged.gz")
            try damaged.write(to: damagedURL)
            let foreignURL = directory.appendingPathComponent("foreign.gz")
            try Data("this is plain text, not gzip".utf8).write(to: foreignURL)

            // act
            let damagedError = #expect(throws: GzipError.self) { try Self.decompress(damagedURL) }
            let foreignError = #expect(throws: GzipError.self) { try Self.decompress(foreignURL) }

            // validate
            #expect(damagedError == .corrupt("incorrect data check"))
            #expect(foreignError == .corrupt("incorrect header check"))
            #expect(damagedError?.description == "the gzip stream is corrupt: incorrect data check")
        }
    }
}
