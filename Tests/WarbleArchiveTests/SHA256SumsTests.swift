import Foundation
import Testing
import WarbleArchive

@Suite("The sha256sum text format")
struct SHA256SumsTests {
    static let digest = String(repeating: "0123456789abcdef", count: 4)

    /// Every line (or error) the parser reports for the text, fed `chunkSize` bytes at a time.
    static func parse(_ text: String, chunkSize: Int = 4096) -> [Result<SHA256Sums.Line, SHA256SumsError>] {
        let bytes = Array(text.utf8)
        var parser = SHA256Sums.Parser()
        var results: [Result<SHA256Sums.Line, SHA256SumsError>] = []
        for start in stride(from: 0, to: bytes.count, by: chunkSize) {
            bytes[start..<min(start + chunkSize, bytes.count)].withUnsafeBytes { chunk in
                parser.parse(chunk) { results.append($0) }
            }
        }
        parser.finish { results.append($0) }
        return results
    }

    @Test("lines are parsed whatever the chunk boundaries, including a last line without newline", arguments: [1, 7, 4096])
    func parses(chunkSize: Int) throws {
        // setup
        let text = "\(Self.digest)  posts/1.json\n\(Self.digest) *media/a b.png\n\(Self.digest)  last"

        // act
        let lines = try Self.parse(text, chunkSize: chunkSize).map { try $0.get() }

        // validate
        #expect(lines == [
            SHA256Sums.Line(digest: Self.digest, path: "posts/1.json"),
            SHA256Sums.Line(digest: Self.digest, path: "media/a b.png"),
            SHA256Sums.Line(digest: Self.digest, path: "last"),
        ])
    }

    @Test("a bad line is reported with its line number, and parsing goes on", arguments: [
        "",
        "\(String(repeating: "0123456789ABCDEF", count: 4))  upper.txt",
        "\(String(repeating: "0", count: 63))  short.txt",
        "\(String(repeating: "0", count: 64)) one-space.txt",
        "\(String(repeating: "0", count: 64))  ",
        "\(String(repeating: "0", count: 64))  tab\there",
        "not a checksum line at all",
    ])
    func badLine(line: String) {
        // setup
        let text = "\(Self.digest)  first\n\(line)\n\(Self.digest)  third\n"

        // act
        let results = Self.parse(text)

        // validate
        #expect(results.count == 3)
        guard case .failure(.badLine(let number, _)) = results[1] else {
            Issue.record("line 2 was not reported as bad: \(results[1])")
            return
        }
        #expect(number == 2)
        #expect((try? results[2].get())?.path == "third")
    }

    @Test("an overlong line is refused without being buffered, and the next line is read")
    func overlongLine() {
        // setup
        let text = "\(Self.digest)  \(String(repeating: "x", count: 5000))\n\(Self.digest)  next\n"

        // act
        let results = Self.parse(text, chunkSize: 1000)

        // validate
        #expect(results.count == 2)
        if case .failure(let error) = results[0] {
            #expect(error == .badLine(number: 1, reason: "longer than 4096 bytes"))
            #expect(error.description == "line 1: longer than 4096 bytes")
        } else {
            Issue.record("the overlong line was accepted")
        }
        #expect((try? results[1].get())?.path == "next")
    }

    @Test("the writer writes what sha256sum writes and -c reads, and refuses lines that would not read back")
    func writer() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            try Data("hello\n".utf8).write(to: directory.appendingPathComponent("hello.txt"))
            let expected = try runTool("/usr/bin/sha256sum", ["hello.txt"], in: directory).output
            let digest = String(expected.prefix(64))
            let sumsURL = directory.appendingPathComponent("SHA256SUMS")
            let writer = try SHA256Sums.Writer(creating: sumsURL)

            // act
            try writer.append(SHA256Sums.Line(digest: digest, path: "hello.txt"))
            let badPath = #expect(throws: SHA256SumsError.self) { try writer.append(SHA256Sums.Line(digest: digest, path: "a\nb")) }
            let badDigest = #expect(throws: SHA256SumsError.self) { try writer.append(SHA256Sums.Line(digest: digest.uppercased(), path: "c")) }
            try writer.close()
            let check = try runTool("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: directory)

            // validate
            #expect(try String(contentsOf: sumsURL, encoding: .utf8) == expected)
            #expect(writer.lineCount == 1)
            #expect(badPath == .unwritableLine(path: "a\nb", reason: "the path is empty or contains a control character"))
            #expect(badDigest == .unwritableLine(path: "c", reason: "the digest is not 64 lowercase hexadecimal digits"))
            #expect(check.status == 0)
            #expect(check.output == "hello.txt: OK\n")
        }
    }
}
