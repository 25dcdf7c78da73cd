import CZlib
import Foundation

/// Decompresses a gzip (or zlib) stream read from a file handle (zlib, windowBits 47), 64 KiB at a
/// time. Truncated or damaged input throws a ``GzipError``; concatenated gzip members are read
/// as one stream, as `gzip -d` does.
public final class GzipReader: ByteSource {
    private static let bufferSize = 64 * 1024

    private let input: FileHandle
    private let stream: UnsafeMutablePointer<z_stream>
    private let buffer: UnsafeMutablePointer<UInt8>
    private var isInputExhausted = false
    /// True between the end of one gzip member and the start of the next (or of the file's end).
    private var isMemberComplete = false

    /// Reads from the handle's current position; the caller keeps ownership of the handle.
    public init(input: FileHandle) throws {
        self.input = input
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        buffer = .allocate(capacity: Self.bufferSize)
        // windowBits 47: any window size (15), gzip or zlib header detected automatically (+32).
        let status = inflateInit2_(stream, 47, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            buffer.deallocate()
            throw GzipError.zlib(operation: "inflateInit2", code: status)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        buffer.deallocate()
    }

    public func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = output.baseAddress, output.count > 0 else { return 0 }
        let capacity = uInt(min(output.count, Int(UInt32.max)))
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = capacity
        while stream.pointee.avail_out == capacity {
            if stream.pointee.avail_in == 0 {
                try refill()
                if stream.pointee.avail_in == 0 {
                    if isMemberComplete { return 0 }
                    throw GzipError.truncated
                }
            }
            if isMemberComplete {
                // More input after a complete member: the next member of a concatenated stream.
                inflateReset(stream)
                isMemberComplete = false
            }
            switch inflate(stream, Z_NO_FLUSH) {
            case Z_STREAM_END: isMemberComplete = true
            case Z_OK, Z_BUF_ERROR: break
            case Z_DATA_ERROR, Z_NEED_DICT: throw GzipError.corrupt(zlibMessage)
            case let status: throw GzipError.zlib(operation: "inflate", code: status)
            }
        }
        return Int(capacity - stream.pointee.avail_out)
    }

    private var zlibMessage: String {
        stream.pointee.msg.map { String(cString: $0) } ?? "invalid data"
    }

    private func refill() throws {
        guard !isInputExhausted else { return }
        guard let data = try input.read(upToCount: Self.bufferSize), !data.isEmpty else {
            isInputExhausted = true
            return
        }
        data.copyBytes(to: buffer, count: data.count)
        stream.pointee.next_in = buffer
        stream.pointee.avail_in = uInt(data.count)
    }
}
