/// A member name checked for safety and split over the ustar `name` (100 bytes) and `prefix`
/// (155 bytes) fields.
struct TarPath {
    let name: ArraySlice<UInt8>
    let prefix: ArraySlice<UInt8>

    init(_ path: String) throws {
        func refuse(_ reason: String) -> TarError { .invalidName(path, reason: reason) }
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty else { throw refuse("it is empty") }
        guard bytes.first != UInt8(ascii: "/") else { throw refuse("it is absolute") }
        // Control characters (NUL, newline, …) cannot survive a tar header or a SHA256SUMS line.
        guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { throw refuse("it contains a control character") }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component == ".." { throw refuse("it contains a '..' component") }
            if component.isEmpty || component == "." { throw refuse("it contains an empty or '.' component") }
        }
        if bytes.count <= 100 {
            name = bytes[...]
            prefix = []
            return
        }
        // Split at a slash leaving at most 100 bytes of name and at most 155 of prefix.
        guard let slash = bytes.indices.first(where: { bytes[$0] == UInt8(ascii: "/") && bytes.count - $0 - 1 <= 100 }),
              slash <= 155
        else { throw refuse("it does not fit a ustar header (at most 155 bytes of directory and 100 of name)") }
        name = bytes[(slash + 1)...]
        prefix = bytes[..<slash]
    }
}
