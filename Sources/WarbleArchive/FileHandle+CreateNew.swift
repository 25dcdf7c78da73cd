import Foundation

extension FileHandle {
    /// Opens a new file for writing, failing if it exists: exports and keys are never overwritten,
    /// and a private key never exists, even briefly, with wider permissions than asked for.
    static func createNew(at url: URL, permissions: mode_t) throws -> FileHandle {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            throw FileCreationError(path: url.path, reason: String(cString: strerror(errno)))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
