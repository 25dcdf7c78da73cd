import Foundation

/// A ``ByteSink`` writing a new file through a buffer, so a million small writes cost few system calls.
final class FileSink: ByteSink {
    private let handle: FileHandle
    private let capacity: Int
    private var buffer: [UInt8] = []

    init(creating url: URL, permissions: mode_t = 0o600, bufferSize: Int = 64 * 1024) throws {
        handle = try FileHandle.createNew(at: url, permissions: permissions)
        capacity = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try handle.write(contentsOf: Data(bytes))
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
