import Foundation

/// The PEM armour OpenSSL writes around DER: `-----BEGIN <label>-----`, base64 in 64-character
/// lines, `-----END <label>-----`.
enum PEM {
    static func encode(label: String, der: [UInt8]) -> String {
        let base64 = Data(der).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN \(label)-----\n\(base64)\n-----END \(label)-----\n"
    }

    /// The DER inside the first PEM block of the text, which must carry the expected label.
    /// Text before the block (OpenSSL's explanatory lines) is ignored.
    static func decode(_ text: String, label expected: String) throws(SigningKeyError) -> [UInt8] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") && $0.hasSuffix("-----") }) else { throw .notPEM }
        let label = String(lines[begin].dropFirst("-----BEGIN ".count).dropLast("-----".count))
        guard label == expected else { throw .unexpectedLabel(expected: expected, found: label) }
        guard let end = lines[begin...].firstIndex(of: "-----END \(label)-----") else { throw .notPEM }
        guard let der = Data(base64Encoded: lines[(begin + 1)..<end].joined()), !der.isEmpty else { throw .invalidBase64 }
        return Array(der)
    }

    /// The raw key in a DER key structure that must be `prefix` followed by 32 key bytes, as
    /// OpenSSL writes Ed25519 keys.
    static func ed25519Key(in der: [UInt8], prefix: [UInt8]) throws(SigningKeyError) -> [UInt8] {
        let length = prefix.count + 32
        guard der.count == length, der.starts(with: prefix) else {
            // The algorithm identifier 1.3.101.112 (06 03 2b 65 70) tells a damaged Ed25519 key
            // from a key for another algorithm.
            let ed25519 = [UInt8]([0x06, 0x03, 0x2B, 0x65, 0x70])
            let hasIdentifier = der.indices.contains { der[$0...].starts(with: ed25519) }
            guard hasIdentifier else { throw .notEd25519 }
            throw der.count == length ? .unexpectedEncoding : .wrongLength(expected: length, found: der.count)
        }
        return Array(der[prefix.count...])
    }
}
