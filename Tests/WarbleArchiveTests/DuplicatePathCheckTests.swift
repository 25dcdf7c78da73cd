import Foundation
import Testing
@testable import WarbleArchive

@Suite("Finding a duplicate path without a set of every path")
struct DuplicatePathCheckTests {
    static func sumsFile(paths: [String], in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("SHA256SUMS")
        let writer = try SHA256Sums.Writer(creating: url)
        for path in paths { try writer.append(SHA256Sums.Line(digest: String(repeating: "a", count: 64), path: path)) }
        try writer.close()
        return url
    }

    @Test("a duplicate is found whether the paths fit one bucket or are spread over many", arguments: [2_000, 10_000_000])
    func findsDuplicate(claimedLineCount: Int) async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let paths = (0..<2_000).map { "posts/\($0).json" }
            let withDuplicate = try Self.sumsFile(paths: paths + ["posts/1234.json"], in: directory)
            let scratch = directory.appendingPathComponent("scratch")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)

            // act
            let duplicate = try DuplicatePathCheck.firstDuplicate(inSumsFile: withDuplicate, lineCount: claimedLineCount, scratchDirectory: scratch)
            try FileManager.default.removeItem(at: withDuplicate)
            let unique = try Self.sumsFile(paths: paths, in: directory)
            let none = try DuplicatePathCheck.firstDuplicate(inSumsFile: unique, lineCount: claimedLineCount, scratchDirectory: scratch)

            // validate
            #expect(duplicate == "posts/1234.json")
            #expect(none == nil)
            #expect(try contents(of: scratch).isEmpty)
        }
    }
}
