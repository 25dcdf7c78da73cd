import Foundation
import WarbleArchive

/// A member read back in full: fine for the small archives tests make.
struct ReadMember: Equatable {
    let member: TarMember
    let bytes: [UInt8]
}

/// Every member of a tar stream with its content.
func readMembers(_ reader: TarReader) throws -> [ReadMember] {
    var result: [ReadMember] = []
    while let member = try reader.next() {
        var bytes: [UInt8] = []
        try reader.readContent { bytes.append(contentsOf: $0) }
        result.append(ReadMember(member: member, bytes: bytes))
    }
    return result
}

/// Every member of a .tar.gz file with its content.
func readMembers(ofArchive archive: URL) throws -> [ReadMember] {
    let file = try FileHandle(forReadingFrom: archive)
    defer { try? file.close() }
    return try readMembers(TarReader(source: GzipReader(input: file)))
}

/// Rewrites a .tar.gz the way someone tampering with an export would: `transform` gets every
/// member's name and bytes, in order, and returns what to write instead.
func repack(_ archive: URL, to output: URL, transform: ([(name: String, bytes: [UInt8])]) -> [(name: String, bytes: [UInt8])]) throws {
    let members = try readMembers(ofArchive: archive).map { (name: $0.member.name, bytes: $0.bytes) }
    try Data().write(to: output)
    let file = try FileHandle(forWritingTo: output)
    defer { try? file.close() }
    let gzip = try GzipWriter(output: file)
    let tar = try TarWriter(sink: gzip, modificationTime: Date(timeIntervalSince1970: 0))
    for (name, bytes) in transform(members) {
        try tar.add(name: name, bytes: bytes)
    }
    try tar.finish()
    try gzip.finish()
}
