import Foundation

/// Somewhere an archive's bytes go, in order: a gzip stream, a file, a test's memory.
///
/// ``TarWriter`` writes to any sink, and ``ExportArchiveWriter/addStreamed(path:inManifest:isolation:_:)``
/// hands one to the caller to stream a member's content into.
public protocol ByteSink: AnyObject {
    /// Appends the bytes; they may be buffered until the sink is finished or closed.
    func write(_ buffer: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Appends bytes held in an array, `Data` or any other contiguous storage.
    public func write(_ bytes: some ContiguousBytes) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends the text as UTF-8.
    public func write(_ text: some StringProtocol) throws {
        var text = String(text)
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}
