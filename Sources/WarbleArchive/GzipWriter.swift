import CZlib
import Foundation

/// Compresses a stream of bytes into gzip format (zlib, windowBits 31) written to a file handle,
/// holding no more than one 64 KiB output buffer however much passes through.
public final class GzipWriter: ByteSink {
    private static let bufferSize = 64 * 1024

    private let output: FileHandle
    private let stream: UnsafeMutablePointer<z_stream>
    private let buffer: UnsafeMutablePointer<UInt8>
    private var isFinished = false

    /// Starts a gzip stream at the handle's current position; the caller keeps ownership of the handle.
    public init(output: FileHandle) throws {
        self.output = output
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        buffer = .allocate(capacity: Self.bufferSize)
        // windowBits 31: a 32 KiB window (15) with a gzip header and trailer (+16).
        let status = deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            buffer.deallocate()
            throw GzipError.zlib(operation: "deflateInit2", code: status)
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
        buffer.deallocate()
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !isFinished else { throw GzipError.finished }
        guard var next = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
        var remaining = bytes.count
        while remaining > 0 {
            // avail_in is 32 bits wide, so feed very large buffers in pieces.
            let count = min(remaining, Int(UInt32.max))
            // zlib never writes through next_in; the mutable pointer is an artefact of its C API.
            stream.pointee.next_in = UnsafeMutablePointer(mutating: next)
            stream.pointee.avail_in = uInt(count)
            _ = try deflate(flush: Z_NO_FLUSH)
            next += count
            remaining -= count
        }
    }

    /// Ends the gzip stream (writing its CRC and length) and writes out everything buffered.
    public func finish() throws {
        guard !isFinished else { throw GzipError.finished }
        isFinished = true
        while try deflate(flush: Z_FINISH) != Z_STREAM_END {}
    }

    /// Runs deflate until it has consumed all input and has no more output for this call.
    private func deflate(flush: Int32) throws -> Int32 {
        var status: Int32
        repeat {
            stream.pointee.next_out = buffer
            stream.pointee.avail_out = uInt(Self.bufferSize)
            status = CZlib.deflate(stream, flush)
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw GzipError.zlib(operation: "deflate", code: status)
            }
            let produced = Self.bufferSize - Int(stream.pointee.avail_out)
            if produced > 0 { try output.write(contentsOf: Data(bytes: buffer, count: produced)) }
        } while stream.pointee.avail_out == 0
        return status
    }
}
