import Foundation
import Testing
import WarbleArchive

@Suite("Archives repacked by POSIX (pax) writers")
struct PaxArchiveTests {
    @Test("members of a tar --format=posix archive are read with their long names, and extended headers are not members")
    func readsPax() throws {
        // setup
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warble-pax-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = "messages/" + String(repeating: "very-long-folder-name/", count: 6) + "ünïcode-name-\(String(repeating: "x", count: 60)).eml"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(deep).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: folder.appendingPathComponent(deep))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("manifest.json"))
        let archive = folder.appendingPathComponent("pax.tar.gz")
        // act
        let packed = try runTool("/usr/bin/tar", ["--format=posix", "-czf", archive.path, "manifest.json", "messages"], in: folder)
        let members = try readMembers(ofArchive: archive)
        // validate
        #expect(packed.status == 0, "\(packed.output)")
        #expect(Set(members.map(\.member.name)) == ["manifest.json", deep])
        #expect(members.first { $0.member.name == deep }?.bytes == Array("hello".utf8))
    }

    @Test("a malformed pax record is refused with a clear error", arguments: ["5 path=x\n", "99 path=short\n", "12 pathnoequ\n", "x path=y\n"])
    func malformedRecord(record: String) throws {
        // setup: one pax header whose records are `record`, then a file
        var bytes: [UInt8] = []
        bytes += Self.header(name: "PaxHeader", size: record.utf8.count, type: "x")
        bytes += Array(record.utf8) + Array(repeating: 0, count: (512 - record.utf8.count % 512) % 512)
        bytes += Self.header(name: "a.txt", size: 0, type: "0")
        bytes += Array(repeating: 0, count: 1024)
        // act + validate
        #expect(throws: TarError.self) { try readMembers(TarReader(source: MemorySource(bytes))) }
    }

    /// A ustar header block with a correct checksum.
    static func header(name: String, size: Int, type: Character) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        block.replaceSubrange(0..<name.utf8.count, with: Array(name.utf8))
        func octal(_ value: Int, at start: Int, width: Int) {
            let text = String(value, radix: 8)
            let padded = String(repeating: "0", count: width - 1 - text.count) + text
            block.replaceSubrange(start..<(start + width - 1), with: Array(padded.utf8))
        }
        octal(0o644, at: 100, width: 8)
        octal(size, at: 124, width: 12)
        octal(0, at: 136, width: 12)
        block[156] = type.asciiValue!
        block.replaceSubrange(257..<265, with: Array("ustar\u{0}00".utf8))
        block.replaceSubrange(148..<156, with: Array(repeating: UInt8(ascii: " "), count: 8))
        let sum = block.reduce(0) { $0 + Int($1) }
        octal(sum, at: 148, width: 7)
        block[155] = UInt8(ascii: " ")
        return block
    }
}
