import Foundation

/// manifest.json: the caller's description of the export (selection, counts, generator, times)
/// plus three keys that bind it to the archive's content, pretty-printed with sorted keys.
///
/// - `sha256sums`: SHA-256 (hex) of the SHA256SUMS file, which covers every content member;
/// - `files`: how many members SHA256SUMS lists;
/// - `files_sha256`: `{path: hex}` for the few members the caller singled out (e.g. posts.jsonl).
enum ExportManifest {
    /// The bytes of manifest.json; dates in the caller's manifest are written as ISO 8601.
    static func encode(_ manifest: some Encodable, sumsDigest: String, files: Int, filesSHA256: [String: String]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        guard var object = try JSONSerialization.jsonObject(with: encoder.encode(manifest)) as? [String: Any] else {
            throw ExportArchiveError.manifestNotAnObject
        }
        let keys = Binding.CodingKeys.self
        for key in [keys.sha256sums, keys.files, keys.filesSHA256] where object[key.rawValue] != nil {
            throw ExportArchiveError.manifestKeyReserved(key.rawValue)
        }
        object[keys.sha256sums.rawValue] = sumsDigest
        object[keys.files.rawValue] = files
        object[keys.filesSHA256.rawValue] = filesSHA256
        let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return json + Data("\n".utf8)
    }

    /// The keys the verifier checks; the rest of the manifest is the caller's business.
    struct Binding: Decodable {
        let sha256sums: String
        let files: Int
        let filesSHA256: [String: String]

        enum CodingKeys: String, CodingKey {
            case sha256sums
            case files
            case filesSHA256 = "files_sha256"
        }
    }
}
