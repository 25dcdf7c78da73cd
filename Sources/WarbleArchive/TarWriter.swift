import Foundation

/// Writes a POSIX ustar archive of regular files to a ``ByteSink`` (usually a ``GzipWriter``),
/// streaming: a member from disk is copied 64 KiB at a time.
///
/// Every member is a regular file with mode 0644, owner and group 0 named `warble`, and the
/// writer's modification time. Names longer than 100 bytes use the ustar prefix field; unsafe
/// names (absolute, `..`, empty components, control characters) are refused.
public final class TarWriter {
    private static let chunkSize = 64 * 1024
    private static let zeroBlock = [UInt8](repeating: 0, count: TarHeader.blockSize)

    private let sink: any ByteSink
    private let modificationTime: Int
    private var isFinished = false

    public init(sink: any ByteSink, modificationTime: Date) throws {
        let seconds = modificationTime.timeIntervalSince1970.rounded(.down)
        guard seconds >= 0, seconds <= TimeInterval(TarHeader.maximumNumber) else { throw TarError.unrepresentableTime }
        self.sink = sink
        self.modificationTime = Int(seconds)
    }

    /// Adds a member whose content is already in memory.
    public func add(name: String, bytes: some ContiguousBytes) throws {
        try bytes.withUnsafeBytes { content in
            try writeHeader(name: name, size: content.count)
            try sink.write(content)
            try writePadding(size: content.count)
        }
    }

    /// Adds a member copied from a file in 64 KiB chunks; `observe` sees each chunk as it is
    /// written (to hash it, say). Throws ``TarError/fileChanged(_:)`` if the file's size changes
    /// during the copy.
    public func add(name: String, contentsOf fileURL: URL, observe: (UnsafeRawBufferPointer) -> Void = { _ in }) throws {
        let file = try FileHandle(forReadingFrom: fileURL)
        defer { try? file.close() }
        let size = Int(try file.seekToEnd())
        try file.seek(toOffset: 0)
        try writeHeader(name: name, size: size)
        var remaining = size
        while remaining > 0 {
            guard let chunk = try file.read(upToCount: min(remaining, Self.chunkSize)), !chunk.isEmpty else {
                throw TarError.fileChanged(fileURL.path)
            }
            try chunk.withUnsafeBytes { buffer in
                observe(buffer)
                try sink.write(buffer)
            }
            remaining -= chunk.count
        }
        guard try file.read(upToCount: 1)?.isEmpty ?? true else { throw TarError.fileChanged(fileURL.path) }
        try writePadding(size: size)
    }

    /// Writes the end-of-archive marker, two zero blocks. The sink itself is left open.
    public func finish() throws {
        precondition(!isFinished, "TarWriter.finish() called twice")
        isFinished = true
        try sink.write(Self.zeroBlock)
        try sink.write(Self.zeroBlock)
    }

    private func writeHeader(name: String, size: Int) throws {
        precondition(!isFinished, "TarWriter used after finish()")
        let path = try TarPath(name)
        guard size <= TarHeader.maximumNumber else { throw TarError.memberTooLarge(name, size: size) }
        try sink.write(TarHeader.encode(path: path, size: size, modificationTime: modificationTime))
    }

    private func writePadding(size: Int) throws {
        let padding = TarHeader.padding(after: size)
        if padding > 0 { try sink.write(Self.zeroBlock[..<padding]) }
    }
}
