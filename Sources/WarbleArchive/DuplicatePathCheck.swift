import Foundation

/// Finds a path listed twice in a SHA256SUMS file without holding every path in memory: the
/// paths are spread over bucket files by a hash of the path, then each bucket (about 65,536
/// paths, for exports of up to 16 million members) is checked on its own.
enum DuplicatePathCheck {
    private static let pathsPerBucket = 65_536
    private static let maximumBuckets = 256

    static func firstDuplicate(inSumsFile sums: URL, lineCount: Int, scratchDirectory: URL) throws -> String? {
        let bucketCount = min(maximumBuckets, max(1, (lineCount + pathsPerBucket - 1) / pathsPerBucket))
        let directory = scratchDirectory.appendingPathComponent("path-buckets")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }

        let bucketURLs = (0..<bucketCount).map { directory.appendingPathComponent("\($0)") }
        let buckets = try bucketURLs.map { try FileSink(creating: $0, bufferSize: 16 * 1024) }
        try forEachPath(in: sums) { path in
            try buckets[Int(fnv1a(path) % UInt64(bucketCount))].write(path + "\n")
        }
        for bucket in buckets { try bucket.close() }

        for url in bucketURLs {
            var seen = Set<Substring>()
            let paths = try String(contentsOf: url, encoding: .utf8)
            for path in paths.split(separator: "\n") where !seen.insert(path).inserted {
                return String(path)
            }
        }
        return nil
    }

    private static func forEachPath(in sums: URL, _ body: (String) throws -> Void) throws {
        let file = try FileHandle(forReadingFrom: sums)
        defer { try? file.close() }
        var parser = SHA256Sums.Parser()
        while let chunk = try file.read(upToCount: 64 * 1024), !chunk.isEmpty {
            try chunk.withUnsafeBytes { buffer in
                try parser.parse(buffer) { try body($0.get().path) }
            }
        }
        try parser.finish { try body($0.get().path) }
    }

    /// 64-bit FNV-1a: cheap, and the same on every run, so a bucket's contents are reproducible.
    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
