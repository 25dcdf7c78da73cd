import Foundation

extension SHA256Sums {
    /// Appends lines to a new SHA256SUMS file through a buffer, keeping nothing per line in
    /// memory but the count.
    public final class Writer {
        private let file: FileSink
        /// How many lines have been written.
        public private(set) var lineCount = 0

        /// Creates the file (it must not exist), readable only by its owner.
        public init(creating url: URL) throws {
            file = try FileSink(creating: url)
        }

        /// Writes the line, refusing one that `sha256sum -c` would not read back as written.
        public func append(_ line: Line) throws {
            func refuse(_ reason: String) -> SHA256SumsError { .unwritableLine(path: line.path, reason: reason) }
            guard line.digest.utf8.count == 64, line.digest.utf8.allSatisfy(Hex.isLowercaseDigit) else {
                throw refuse("the digest is not 64 lowercase hexadecimal digits")
            }
            guard !line.path.isEmpty, !line.path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw refuse("the path is empty or contains a control character")
            }
            try file.write("\(line.digest)  \(line.path)\n")
            lineCount += 1
        }

        /// Writes out what is buffered and closes the file.
        public func close() throws {
            try file.close()
        }
    }
}
