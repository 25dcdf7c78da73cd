import Foundation

/// A new file written in order through a 64 KiB buffer: how an export stages `posts.jsonl` and
/// `posts.csv` while it streams every post once.
final class BufferedFile {
    let url: URL
    private let handle: FileHandle
    private var buffer = Data()

    init(creating url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.url = url
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 65_536 { try flush() }
    }

    func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 65_536 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
