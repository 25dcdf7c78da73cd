/// Why a SHA256SUMS file could not be written or read.
public enum SHA256SumsError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A line that is not `<64 lowercase hex>  <path>`; lines count from 1.
    case badLine(number: Int, reason: String)
    /// A line that cannot be written so that it reads back the same.
    case unwritableLine(path: String, reason: String)

    public var description: String {
        switch self {
        case .badLine(let number, let reason): "line \(number): \(reason)"
        case .unwritableLine(let path, let reason): "cannot write a SHA256SUMS line for \(path.debugDescription): \(reason)"
        }
    }
}
