import Foundation

/// The 512-byte POSIX ustar header block: written for regular files only; read, checksum
/// checked, for regular files and for the directories and long names GNU tar adds.
enum TarHeader {
    static let blockSize = 512
    /// The largest number 11 octal digits hold, the limit of the size and mtime fields.
    static let maximumNumber = 0o77777777777

    /// The zero bytes that round content up to whole blocks.
    static func padding(after size: Int) -> Int {
        (blockSize - size % blockSize) % blockSize
    }

    static let posixMagic = Array("ustar\u{0}00".utf8)
    static let gnuMagic = Array("ustar  \u{0}".utf8)
    static let owner = Array("warble".utf8)

    /// A header for a regular file with mode 0644, owner 0:0 named warble:warble.
    static func encode(path: TarPath, size: Int, modificationTime: Int) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: blockSize)
        func put(_ bytes: ArraySlice<UInt8>, at offset: Int) {
            block.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        }
        // Numbers are zero-padded octal digits followed by the NUL the block already holds.
        func putOctal(_ value: Int, digits: Int, at offset: Int) {
            var rest = value
            for index in (offset..<(offset + digits)).reversed() {
                block[index] = UInt8(ascii: "0") + UInt8(rest & 7)
                rest >>= 3
            }
        }
        put(path.name, at: 0)
        putOctal(0o644, digits: 7, at: 100)
        putOctal(0, digits: 7, at: 108)
        putOctal(0, digits: 7, at: 116)
        putOctal(size, digits: 11, at: 124)
        putOctal(modificationTime, digits: 11, at: 136)
        block[156] = UInt8(ascii: "0")
        put(posixMagic[...], at: 257)
        put(owner[...], at: 265)
        put(owner[...], at: 297)
        putOctal(0, digits: 7, at: 329)
        putOctal(0, digits: 7, at: 337)
        put(path.prefix, at: 345)
        // The checksum is summed with its own field as eight spaces, then written as six octal
        // digits, a NUL and a space.
        var checksum = 8 * 32
        for index in 0..<blockSize { checksum += Int(block[index]) }
        putOctal(checksum, digits: 6, at: 148)
        block[155] = UInt8(ascii: " ")
        return block
    }

    /// What a header announces.
    enum Entry {
        case file(TarMember)
        /// A directory entry, as `tar -czf … -C dir .` writes for every directory; it has no content.
        case directory
        /// GNU tar's long name (type `L`): its content, `size` bytes, is the next entry's name.
        case longName(size: Int)
        /// A POSIX pax header (type `x`, as Python's tarfile and `tar --format=posix` write): its
        /// `key=value` records (`path`, `size`) apply to the next entry; a global one (type `g`)
        /// applies to all and is read and set aside.
        case paxHeader(size: Int, global: Bool)
    }

    /// Long names longer than this are refused rather than read into memory.
    static let maximumLongName = 4096

    /// The entry a header describes; `offset` (of the block in the archive) is for error messages.
    static func decode(_ block: UnsafeRawBufferPointer, offset: Int) throws -> Entry {
        func malformed(_ reason: String) -> TarError { .malformedHeader(offset: offset, reason: reason) }
        func field(_ start: Int, _ length: Int) -> UnsafeRawBufferPointer.SubSequence {
            let slice = block[start..<(start + length)]
            return slice[..<(slice.firstIndex(of: 0) ?? slice.endIndex)]
        }
        func number(_ start: Int, _ length: Int, _ name: String) throws -> Int {
            let digits = field(start, length).drop { $0 == UInt8(ascii: " ") }.prefix { $0 != UInt8(ascii: " ") }
            var value = 0
            for digit in digits {
                guard (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit), value <= maximumNumber else {
                    throw malformed("the \(name) field is not an octal number")
                }
                value = value * 8 + Int(digit - UInt8(ascii: "0"))
            }
            return value
        }

        // The sum of all bytes with the checksum field read as spaces; some old writers summed
        // signed bytes, so their sum is accepted too.
        var unsigned = 8 * 32
        var signed = 8 * 32
        for index in 0..<blockSize where !(148..<156).contains(index) {
            unsigned += Int(block[index])
            signed += Int(Int8(bitPattern: block[index]))
        }
        let stored = try number(148, 8, "checksum")
        guard stored == unsigned || stored == signed else { throw TarError.badChecksum(offset: offset) }

        let magic = block[257..<265]
        let isPOSIX = magic.elementsEqual(posixMagic)
        guard isPOSIX || magic.elementsEqual(gnuMagic) else { throw malformed("it is not a ustar header") }
        // GNU tar's old format keeps other data where POSIX has the prefix.
        let prefix = isPOSIX ? field(345, 155) : block[345..<345]
        let fullName = prefix.isEmpty ? Array(field(0, 100)) : Array(prefix) + [UInt8(ascii: "/")] + Array(field(0, 100))
        guard let name = String(validating: fullName, as: UTF8.self) else { throw malformed("the name is not UTF-8") }

        let size = try number(124, 12, "size")
        let type = block[156]
        if type == UInt8(ascii: "5") {
            guard size == 0 else { throw malformed("the directory entry \(name) has content") }
            return .directory
        }
        if type == UInt8(ascii: "L") {
            guard size <= maximumLongName else { throw malformed("a GNU long name of \(size) bytes") }
            return .longName(size: size)
        }
        if type == UInt8(ascii: "x") || type == UInt8(ascii: "g") {
            guard size <= maximumLongName * 4 else { throw malformed("a pax header of \(size) bytes") }
            return .paxHeader(size: size, global: type == UInt8(ascii: "g"))
        }
        guard type == UInt8(ascii: "0") || type == 0 else {
            throw TarError.unsupportedEntryType(name, type: entryTypeName(type))
        }
        let modificationTime = Date(timeIntervalSince1970: TimeInterval(try number(136, 12, "mtime")))
        return .file(TarMember(name: name, size: size, modificationTime: modificationTime))
    }

    private static func entryTypeName(_ type: UInt8) -> String {
        let names: [Character: String] = [
            "1": "hard link", "2": "symbolic link", "3": "character device", "4": "block device", "6": "FIFO",
            "7": "contiguous file", "K": "GNU long link name",
        ]
        guard (0x21...0x7E).contains(type) else { return "byte \(type)" }
        let character = Character(Unicode.Scalar(type))
        return "'\(character)'" + (names[character].map { " (\($0))" } ?? "")
    }
}
