import WarbleArchive

/// A sink that keeps everything written to it, for tests of small archives.
final class MemorySink: ByteSink {
    private(set) var bytes: [UInt8] = []

    func write(_ buffer: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: buffer)
    }
}

/// A source over bytes in memory, handing out at most `readSize` bytes per read to exercise
/// callers' handling of short reads.
final class MemorySource: ByteSource {
    private let bytes: [UInt8]
    private let readSize: Int
    private var position = 0

    init(_ bytes: [UInt8], readSize: Int = .max) {
        self.bytes = bytes
        self.readSize = readSize
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - position, readSize)
        buffer.copyBytes(from: bytes[position..<(position + count)])
        position += count
        return count
    }
}

/// Deterministic bytes that do not compress, so sizes and chunking are realistic.
func pseudoRandomBytes(count: Int, seed: UInt64 = 42) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
    }
}
