import Foundation

/// Where the shipped policies are, and scratch directories for tests that need files.
enum PolicyFixtures {
    /// `Policies/` at the top of the repository.
    static let shippedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Policies")
        .path

    /// The text of a shipped policy file.
    static func shipped(_ name: String) throws -> String {
        try String(contentsOfFile: "\(shippedDirectory)/\(name)", encoding: .utf8)
    }

    /// A new empty directory holding `files` (name → text), removed by `remove(_:)`.
    static func directory(with files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warble-policy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8)
        }
        return path
    }

    static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
