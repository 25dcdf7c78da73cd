import Foundation
import Testing
import WarbleArchive

@Suite("Damaged and unsupported tar input")
struct TarReaderErrorTests {
    /// A one-member archive: a 700-byte file "posts/1.json" (header, two content blocks, end marker).
    static func archive() throws -> [UInt8] {
        let sink = MemorySink()
        let writer = try TarWriter(sink: sink, modificationTime: Date(timeIntervalSince1970: 0))
        try writer.add(name: "posts/1.json", bytes: pseudoRandomBytes(count: 700))
        try writer.finish()
        return sink.bytes
    }

    /// Rewrites a header's checksum after a deliberate change, so only the change is wrong.
    static func resum(_ bytes: inout [UInt8], header offset: Int = 0) {
        bytes.replaceSubrange((offset + 148)..<(offset + 156), with: Array(repeating: UInt8(ascii: " "), count: 8))
        let sum = bytes[offset..<(offset + 512)].reduce(0) { $0 + Int($1) }
        let digits = String(sum, radix: 8)
        let field = Array((String(repeating: "0", count: 6 - digits.count) + digits).utf8) + [0, UInt8(ascii: " ")]
        bytes.replaceSubrange((offset + 148)..<(offset + 156), with: field)
    }

    @Test("a changed header byte is caught by the checksum")
    func badChecksum() throws {
        // setup
        var bytes = try Self.archive()
        bytes[3] ^= 0x01

        // act
        let error = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(bytes))) }

        // validate
        #expect(error == .badChecksum(offset: 0))
        #expect(error?.description == "the tar header at byte 0 has a bad checksum: the archive is damaged")
    }

    @Test("an archive cut anywhere is reported as truncated", arguments: [
        (0, "it ends without the end-of-archive marker"),
        (100, "it ends without the end-of-archive marker"),
        (600, "posts/1.json is cut short"),
        (1100, "posts/1.json is cut short"),
        (1536, "it ends without the end-of-archive marker"),
        (2048, "it ends inside the end-of-archive marker"),
    ])
    func truncated(length: Int, context: String) throws {
        // setup
        let bytes = Array(try Self.archive().prefix(length))

        // act
        let error = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(bytes))) }

        // validate
        #expect(error == .truncated(context))
    }

    @Test("entries other than regular files are refused by type", arguments: [
        (UInt8(ascii: "2"), "'2' (symbolic link)"),
        (UInt8(ascii: "1"), "'1' (hard link)"),
        (UInt8(ascii: "K"), "'K' (GNU long link name)"),
        (UInt8(ascii: "Z"), "'Z'"),
        (UInt8(1), "byte 1"),
    ])
    func unsupportedType(type: UInt8, description: String) throws {
        // setup
        var bytes = try Self.archive()
        bytes[156] = type
        Self.resum(&bytes)

        // act
        let error = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(bytes))) }

        // validate
        #expect(error == .unsupportedEntryType("posts/1.json", type: description))
    }

    @Test("headers that are not ustar, have non-octal numbers or a directory with content are malformed")
    func malformed() throws {
        // setup
        var notUstar = try Self.archive()
        notUstar.replaceSubrange(257..<263, with: Array("pax\u{0}\u{0}\u{0}".utf8))
        Self.resum(&notUstar)
        var badSize = try Self.archive()
        badSize[130] = UInt8(ascii: "9")
        Self.resum(&badSize)
        var directoryWithContent = try Self.archive()
        directoryWithContent[156] = UInt8(ascii: "5")
        Self.resum(&directoryWithContent)

        // act
        let notUstarError = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(notUstar))) }
        let badSizeError = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(badSize))) }
        let directoryError = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(directoryWithContent))) }

        // validate
        #expect(notUstarError == .malformedHeader(offset: 0, reason: "it is not a ustar header"))
        #expect(badSizeError == .malformedHeader(offset: 0, reason: "the size field is not an octal number"))
        #expect(directoryError == .malformedHeader(offset: 0, reason: "the directory entry posts/1.json has content"))
    }

    @Test("anything but zero padding after the end-of-archive marker is refused")
    func trailingData() throws {
        // setup
        let padded = try Self.archive() + Array(repeating: 0, count: 8192)
        let trailing = try Self.archive() + Array("more".utf8)

        // act
        let paddedMembers = try readMembers(TarReader(source: MemorySource(padded)))
        let error = #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(trailing))) }

        // validate
        #expect(paddedMembers.map(\.member.name) == ["posts/1.json"])
        #expect(error == .malformedHeader(offset: 2560, reason: "data follows the end-of-archive marker"))
    }
}
