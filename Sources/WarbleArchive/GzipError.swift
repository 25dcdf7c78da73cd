/// Why a gzip stream could not be written or read.
public enum GzipError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input ended before the end of the gzip stream: the file is truncated (or empty).
    case truncated
    /// The input is not gzip data, or is damaged; zlib's own words say where it went wrong.
    case corrupt(String)
    /// zlib refused an operation for a reason other than the data (out of memory, say).
    case zlib(operation: String, code: Int32)
    /// The writer was used after ``GzipWriter/finish()``.
    case finished

    public var description: String {
        switch self {
        case .truncated: "the gzip stream ends before its end marker: the file is truncated"
        case .corrupt(let message): "the gzip stream is corrupt: \(message)"
        case .zlib(let operation, let code): "zlib \(operation) failed with code \(code)"
        case .finished: "the gzip stream was already finished"
        }
    }
}
