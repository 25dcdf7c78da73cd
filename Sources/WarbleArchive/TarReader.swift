/// Reads the members of a ustar archive from a ``ByteSource`` (usually a ``GzipReader``), one at
/// a time, delivering each member's content in chunks so a large member never sits in memory.
///
/// ```swift
/// let reader = TarReader(source: try GzipReader(input: handle))
/// while let member = try reader.next() {
///     try reader.readContent { chunk in hasher.update(bufferPointer: chunk) }
/// }
/// ```
///
/// Header checksums are checked; truncation, damage and entries other than regular files throw
/// a ``TarError``. So that an export unpacked and packed again with GNU tar
/// (`tar -czf export.tar.gz -C dir .`) reads, directory entries, which have no content, are
/// skipped, and GNU long names (type `L`) are applied to the file they precede. After the
/// end-of-archive marker the rest of the source is read (so a gzip source checks its trailer)
/// and must be zero padding.
public final class TarReader {
    private static let bufferSize = 64 * 1024

    private let source: any ByteSource
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 8)
    /// Bytes of the archive consumed so far, for error messages.
    private var offset = 0
    private var current: TarMember?
    /// Content of the current member not yet read, and the padding after it.
    private var remainingContent = 0
    private var remainingPadding = 0
    private var isAtEnd = false

    public init(source: any ByteSource) {
        self.source = source
    }

    deinit {
        buffer.deallocate()
    }

    /// The next member, or nil after the end-of-archive marker. Any content of the previous
    /// member that was not read is skipped.
    public func next() throws -> TarMember? {
        guard !isAtEnd else { return nil }
        try skipRest()
        current = nil
        let header = UnsafeMutableRawBufferPointer(rebasing: buffer[..<TarHeader.blockSize])
        var longName: String?
        var paxSize: Int?
        while true {
            let headerOffset = offset
            try readExactly(into: header, context: "it ends without the end-of-archive marker")
            if header.allSatisfy({ $0 == 0 }) {
                guard longName == nil else { throw TarError.malformedHeader(offset: headerOffset, reason: "a GNU long name with no entry after it") }
                try readExactly(into: header, context: "it ends inside the end-of-archive marker")
                guard header.allSatisfy({ $0 == 0 }) else { throw TarError.malformedHeader(offset: headerOffset, reason: "a lone zero block") }
                try readPadding()
                isAtEnd = true
                return nil
            }
            switch try TarHeader.decode(UnsafeRawBufferPointer(header), offset: headerOffset) {
            case .directory:
                longName = nil
                paxSize = nil
            case .longName(let size):
                longName = try readLongName(size: size, offset: headerOffset)
            case .paxHeader(let size, let global):
                let records = try readPaxRecords(size: size, offset: headerOffset)
                if !global {
                    longName = records["path"] ?? longName
                    paxSize = try records["size"].map { text in
                        guard let value = Int(text), value >= 0 else { throw TarError.malformedHeader(offset: headerOffset, reason: "a pax size that is not a number") }
                        return value
                    }
                }
            case .file(let member):
                let named = TarMember(name: longName ?? member.name, size: paxSize ?? member.size, modificationTime: member.modificationTime)
                current = named
                remainingContent = named.size
                remainingPadding = TarHeader.padding(after: named.size)
                return named
            }
        }
    }

    /// Delivers the rest of the current member's content in chunks of up to 64 KiB.
    public func readContent(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let member = current else { return }
        while remainingContent > 0 {
            let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(remainingContent, Self.bufferSize)])
            try readExactly(into: chunk, context: "\(member.name) is cut short")
            remainingContent -= chunk.count
            try body(UnsafeRawBufferPointer(chunk))
        }
    }

    /// The content of a GNU long-name entry: the name, NUL-terminated.
    private func readLongName(size: Int, offset: Int) throws -> String {
        let content = UnsafeMutableRawBufferPointer(rebasing: buffer[..<(size + TarHeader.padding(after: size))])
        try readExactly(into: content, context: "a GNU long name is cut short")
        let name = content[..<size].prefix { $0 != 0 }
        guard let text = String(validating: name, as: UTF8.self) else {
            throw TarError.malformedHeader(offset: offset, reason: "the GNU long name is not UTF-8")
        }
        return text
    }

    /// The `key=value` records of a pax header: each `<length> <key>=<value>\n`, the length
    /// counting the whole record in bytes.
    private func readPaxRecords(size: Int, offset: Int) throws -> [String: String] {
        let content = UnsafeMutableRawBufferPointer(rebasing: buffer[..<(size + TarHeader.padding(after: size))])
        try readExactly(into: content, context: "a pax header is cut short")
        let malformed = TarError.malformedHeader(offset: offset, reason: "a malformed pax record")
        var records: [String: String] = [:]
        var rest = Array(content[..<size])[...]
        while !rest.isEmpty {
            guard let space = rest.firstIndex(of: UInt8(ascii: " ")),
                  let length = Int(String(decoding: rest[..<space], as: UTF8.self)), length > space - rest.startIndex + 1, length <= rest.count,
                  rest[rest.startIndex + length - 1] == UInt8(ascii: "\n")
            else { throw malformed }
            let body = rest[(space + 1)..<(rest.startIndex + length - 1)]
            guard let equals = body.firstIndex(of: UInt8(ascii: "=")),
                  let key = String(validating: body[..<equals], as: UTF8.self),
                  let value = String(validating: body[(equals + 1)...], as: UTF8.self)
            else { throw malformed }
            records[key] = value
            rest = rest.dropFirst(length)
        }
        return records
    }

    private func skipRest() throws {
        try readContent { _ in }
        if remainingPadding > 0, let member = current {
            try readExactly(into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<remainingPadding]), context: "\(member.name) is cut short")
            remainingPadding = 0
        }
    }

    /// Reads to the end of the source, which may only hold zeros (tar pads to whole records).
    private func readPadding() throws {
        while true {
            let count = try source.read(into: buffer)
            guard count > 0 else { return }
            guard buffer[..<count].allSatisfy({ $0 == 0 }) else {
                throw TarError.malformedHeader(offset: offset, reason: "data follows the end-of-archive marker")
            }
            offset += count
        }
    }

    private func readExactly(into target: UnsafeMutableRawBufferPointer, context: String) throws {
        let count = try source.readFully(into: target)
        offset += count
        guard count == target.count else { throw TarError.truncated(context) }
    }
}
