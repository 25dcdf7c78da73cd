/// Where an archive's bytes come from, in order: a gzip stream, a test's memory.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into the buffer and returns how many; 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Fills the buffer unless the source ends first; returns how many bytes were read.
    func readFully(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
