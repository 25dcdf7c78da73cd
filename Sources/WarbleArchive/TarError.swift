/// Why a tar archive could not be written or read; each case names the member concerned.
public enum TarError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A member name that must not go into an archive (absolute, `..`, empty, control characters, too long).
    case invalidName(String, reason: String)
    /// A member larger than the 11 octal digits of a ustar size field can say (8 GiB).
    case memberTooLarge(String, size: Int)
    /// A modification time before 1970 or beyond what a ustar header can hold.
    case unrepresentableTime
    /// A file on disk changed size while it was being copied into the archive.
    case fileChanged(String)
    /// The archive ends in the middle of a header or a member, or without its end-of-archive marker.
    case truncated(String)
    /// A header whose checksum does not match its bytes: the archive is damaged.
    case badChecksum(offset: Int)
    /// A header that is not a ustar header or has an unreadable field.
    case malformedHeader(offset: Int, reason: String)
    /// A member that is not a regular file: a directory, link, device or an extension header.
    case unsupportedEntryType(String, type: String)

    public var description: String {
        switch self {
        case .invalidName(let name, let reason): "invalid member name \(name.debugDescription): \(reason)"
        case .memberTooLarge(let name, let size): "\(name): \(size) bytes is more than a ustar archive member can hold"
        case .unrepresentableTime: "the modification time cannot be written in a ustar header"
        case .fileChanged(let path): "\(path) changed size while it was being archived"
        case .truncated(let context): "the tar archive is truncated: \(context)"
        case .badChecksum(let offset): "the tar header at byte \(offset) has a bad checksum: the archive is damaged"
        case .malformedHeader(let offset, let reason): "the tar header at byte \(offset) is malformed: \(reason)"
        case .unsupportedEntryType(let name, let type): "\(name): unsupported entry type \(type) (only regular files are expected)"
        }
    }
}
