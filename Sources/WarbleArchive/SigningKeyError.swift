/// Why a PEM file does not hold the Ed25519 key that was expected.
public enum SigningKeyError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No `-----BEGIN …-----` line, or no matching `-----END …-----` line.
    case notPEM
    /// A PEM block of another kind, e.g. a public key where a private key was expected.
    case unexpectedLabel(expected: String, found: String)
    /// The text between the BEGIN and END lines is not base64.
    case invalidBase64
    /// A key for another algorithm (RSA, EC, X25519, …).
    case notEd25519
    /// An Ed25519 key whose DER encoding has the wrong length.
    case wrongLength(expected: Int, found: Int)
    /// An Ed25519 key of the right length whose DER is not the plain form OpenSSL writes.
    case unexpectedEncoding

    public var description: String {
        switch self {
        case .notPEM: "not a PEM file: expected -----BEGIN …----- and -----END …----- lines"
        case .unexpectedLabel(let expected, let found): "expected a PEM \"\(expected)\" block but found \"\(found)\""
        case .invalidBase64: "the PEM block is not valid base64"
        case .notEd25519: "not an Ed25519 key: export signing keys are Ed25519 (openssl genpkey -algorithm ed25519)"
        case .wrongLength(let expected, let found): "malformed Ed25519 key: expected \(expected) bytes of DER, found \(found)"
        case .unexpectedEncoding: "malformed Ed25519 key: the DER is not the PKCS#8 or SubjectPublicKeyInfo form OpenSSL writes"
        }
    }
}
