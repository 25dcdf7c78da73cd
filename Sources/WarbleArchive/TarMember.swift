import Foundation

/// One regular file in a tar archive, as its header describes it.
public struct TarMember: Sendable, Equatable {
    /// The full path, with the ustar prefix field joined on.
    public let name: String
    /// The content's length in bytes.
    public let size: Int
    public let modificationTime: Date
}
