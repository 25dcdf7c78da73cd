/// The text format `sha256sum` writes and `sha256sum -c` checks: one line per file,
/// `<64 lowercase hex digits>  <path>\n`.
///
/// ``Writer`` streams lines to a file; ``Parser`` reads them back from chunks, reporting the
/// line number of any line it cannot read.
public enum SHA256Sums {
    /// One file's line: its SHA-256 in lowercase hex and its path.
    public struct Line: Sendable, Equatable {
        public let digest: String
        public let path: String

        public init(digest: String, path: String) {
            self.digest = digest
            self.path = path
        }
    }
}
