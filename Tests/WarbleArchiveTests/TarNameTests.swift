import Foundation
import Testing
import WarbleArchive

@Suite("Member names a tar archive refuses or accepts")
struct TarNameTests {
    @Test("unsafe or unrepresentable names are refused", arguments: [
        ("", "it is empty"),
        ("/etc/passwd", "it is absolute"),
        ("../outside", "it contains a '..' component"),
        ("posts/../../outside", "it contains a '..' component"),
        ("posts/..", "it contains a '..' component"),
        ("a\u{0}b", "it contains a control character"),
        ("a\nb", "it contains a control character"),
        ("a\rb", "it contains a control character"),
        ("posts//1.json", "it contains an empty or '.' component"),
        ("posts/./1.json", "it contains an empty or '.' component"),
        ("posts/", "it contains an empty or '.' component"),
        (String(repeating: "n", count: 101), "it does not fit a ustar header (at most 155 bytes of directory and 100 of name)"),
        (String(repeating: "p", count: 156) + "/name", "it does not fit a ustar header (at most 155 bytes of directory and 100 of name)"),
        ("dir/" + String(repeating: "n", count: 101), "it does not fit a ustar header (at most 155 bytes of directory and 100 of name)"),
    ])
    func refused(name: String, reason: String) throws {
        // setup
        let sink = MemorySink()
        let writer = try TarWriter(sink: sink, modificationTime: Date(timeIntervalSince1970: 0))

        // act
        let error = #expect(throws: TarError.self) { try writer.add(name: name, bytes: [UInt8]()) }

        // validate
        #expect(error == .invalidName(name, reason: reason))
        #expect(sink.bytes.isEmpty)
    }

    @Test("names up to the limits are accepted and read back whole", arguments: [
        String(repeating: "n", count: 100),
        String(repeating: "p", count: 155) + "/" + String(repeating: "n", count: 100),
        "a/" + String(repeating: "b", count: 99) + "/c",
        "notes..v2/ünïcødé file.txt",
    ])
    func accepted(name: String) throws {
        // setup
        let sink = MemorySink()
        let writer = try TarWriter(sink: sink, modificationTime: Date(timeIntervalSince1970: 0))

        // act
        try writer.add(name: name, bytes: Array("x".utf8))
        try writer.finish()
        let members = try readMembers(TarReader(source: MemorySource(sink.bytes)))

        // validate
        #expect(members.map(\.member.name) == [name])
    }

    @Test("a modification time before 1970 is refused")
    func negativeTime() {
        #expect(throws: TarError.unrepresentableTime) {
            try TarWriter(sink: MemorySink(), modificationTime: Date(timeIntervalSince1970: -1))
        }
    }
}
