import Crypto
import Foundation

/// The Ed25519 key that signs an export's manifest.json, stored as the PEM files OpenSSL 3 reads
/// and writes: the private key as PKCS#8 `PRIVATE KEY`, the public key (see ``PublicKey``) as
/// SubjectPublicKeyInfo `PUBLIC KEY`.
///
/// An auditor checks a signature with OpenSSL alone:
/// `openssl pkeyutl -verify -pubin -inkey export-public.pem -rawin -in manifest.json -sigfile manifest.sig`.
public struct ExportSigningKey: Sendable {
    /// PKCS#8 for Ed25519: SEQUENCE { version 0, AlgorithmIdentifier { 1.3.101.112 }, OCTET STRING { OCTET STRING (32) } }.
    static let pkcs8Prefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
    static let pemLabel = "PRIVATE KEY"

    private let key: Curve25519.Signing.PrivateKey

    private init(key: Curve25519.Signing.PrivateKey) {
        self.key = key
    }

    /// A new random key.
    public static func generate() -> ExportSigningKey {
        ExportSigningKey(key: Curve25519.Signing.PrivateKey())
    }

    /// Reads a `PRIVATE KEY` PEM block holding an Ed25519 key, as `openssl genpkey -algorithm ed25519` writes.
    public init(pemRepresentation: String) throws {
        let der = try PEM.decode(pemRepresentation, label: Self.pemLabel)
        key = try Curve25519.Signing.PrivateKey(rawRepresentation: PEM.ed25519Key(in: der, prefix: Self.pkcs8Prefix))
    }

    public init(contentsOf url: URL) throws {
        try self.init(pemRepresentation: String(decoding: Data(contentsOf: url), as: UTF8.self))
    }

    public var pemRepresentation: String {
        PEM.encode(label: Self.pemLabel, der: Self.pkcs8Prefix + key.rawRepresentation)
    }

    public var publicKey: PublicKey {
        PublicKey(key: key.publicKey)
    }

    /// Writes the private key to a new file readable only by its owner; an existing file is never overwritten.
    public func write(to url: URL) throws {
        let file = try FileHandle.createNew(at: url, permissions: 0o600)
        defer { try? file.close() }
        try file.write(contentsOf: Data(pemRepresentation.utf8))
    }

    /// The 64-byte Ed25519 signature of the data.
    public func signature(for data: some DataProtocol) throws -> Data {
        try key.signature(for: data)
    }
}
