import Foundation

/// A file the archive code needed to create (an export, a key, a temporary file) could not be
/// created; it names the path and the system's reason, e.g. that the file already exists.
public struct FileCreationError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let reason: String

    public var description: String { "could not create \(path): \(reason)" }
}
