import Foundation

/// Policy folders for tests: the one the repository ships, and temporary copies to change.
enum TestPolicies {
    /// The repository's `Policies/`, found from this file's path so that tests do not depend on
    /// the working directory.
    static let shipped = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Policies").path

    /// A new temporary folder holding the shipped files, with `dlp` as `dlp.yaml` when given.
    static func folder(dlp: String? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "warble-policies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["retention.yaml", "dlp.yaml"] {
            try FileManager.default.copyItem(at: URL(filePath: shipped).appending(path: name), to: folder.appending(path: name))
        }
        if let dlp { try write(dlp, to: folder) }
        return folder
    }

    /// Replaces the folder's `dlp.yaml`.
    static func write(_ dlp: String, to folder: URL) throws {
        try Data(dlp.utf8).write(to: folder.appending(path: "dlp.yaml"))
    }
}
