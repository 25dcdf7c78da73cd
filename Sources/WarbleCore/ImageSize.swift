/// The pixel size of a PNG, GIF or JPEG read from its header, for the `meta` clients use to lay
/// out an image before it loads.
public struct ImageSize: Sendable, Equatable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public static func read(_ bytes: ArraySlice<UInt8>, type: MediaType) -> ImageSize? {
        let b = Array(bytes)
        func big(_ offset: Int, _ count: Int) -> Int? {
            guard offset + count <= b.count else { return nil }
            return b[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        func little16(_ offset: Int) -> Int? {
            guard offset + 2 <= b.count else { return nil }
            return Int(b[offset]) | Int(b[offset + 1]) << 8
        }
        let size: ImageSize?
        switch type {
        case .png: size = big(16, 4).flatMap { width in big(20, 4).map { ImageSize(width: width, height: $0) } }
        case .gif: size = little16(6).flatMap { width in little16(8).map { ImageSize(width: width, height: $0) } }
        case .jpeg: size = jpeg(b)
        default: size = nil
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }

    /// Walks JPEG segments to the first start-of-frame marker.
    private static func jpeg(_ b: [UInt8]) -> ImageSize? {
        var offset = 2
        while offset + 9 < b.count {
            guard b[offset] == 0xFF else { return nil }
            let marker = b[offset + 1]
            let length = Int(b[offset + 2]) << 8 | Int(b[offset + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: Int(b[offset + 7]) << 8 | Int(b[offset + 8]), height: Int(b[offset + 5]) << 8 | Int(b[offset + 6]))
            }
            guard length >= 2 else { return nil }
            offset += 2 + length
        }
        return nil
    }
}
