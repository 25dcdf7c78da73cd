import Foundation
import WarbleCore

/// The media folder: each upload's bytes in a file named by its id, written to a temporary name,
/// flushed to disk and renamed, so that a crash never leaves half a file under a real name.
struct MediaFiles: Sendable {
    let directory: URL

    init(directory: String) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    }

    /// Where a file lives, relative to the folder: spread over 256 sub-folders.
    static func storageKey(id: Int64) -> String {
        String(format: "%02x/%lld", Int(id & 0xFF), id)
    }

    func write(_ bytes: [UInt8], storageKey: String) throws {
        let target = directory.appendingPathComponent(storageKey)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        let handle = try FileHandle(forWritingTo: temporary)
        do {
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
    }

    func remove(storageKey: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(storageKey))
    }

    func path(storageKey: String) -> String {
        directory.appendingPathComponent(storageKey).path
    }
}
