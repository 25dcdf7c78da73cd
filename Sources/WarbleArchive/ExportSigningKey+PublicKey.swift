import Crypto
import Foundation

extension ExportSigningKey {
    /// The public half of an ``ExportSigningKey``, given to auditors as a `PUBLIC KEY` PEM file
    /// (SubjectPublicKeyInfo) that `openssl pkeyutl -verify -pubin` reads.
    public struct PublicKey: Sendable, Equatable {
        /// SubjectPublicKeyInfo for Ed25519: SEQUENCE { AlgorithmIdentifier { 1.3.101.112 }, BIT STRING (32 bytes) }.
        static let spkiPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
        static let pemLabel = "PUBLIC KEY"

        private let key: Curve25519.Signing.PublicKey

        init(key: Curve25519.Signing.PublicKey) {
            self.key = key
        }

        /// Reads a `PUBLIC KEY` PEM block holding an Ed25519 key, as `openssl pkey -pubout` writes.
        public init(pemRepresentation: String) throws {
            let der = try PEM.decode(pemRepresentation, label: Self.pemLabel)
            key = try Curve25519.Signing.PublicKey(rawRepresentation: PEM.ed25519Key(in: der, prefix: Self.spkiPrefix))
        }

        public init(contentsOf url: URL) throws {
            try self.init(pemRepresentation: String(decoding: Data(contentsOf: url), as: UTF8.self))
        }

        public var pemRepresentation: String {
            PEM.encode(label: Self.pemLabel, der: Self.spkiPrefix + key.rawRepresentation)
        }

        /// Writes the public key to a new file; an existing file is never overwritten.
        public func write(to url: URL) throws {
            let file = try FileHandle.createNew(at: url, permissions: 0o644)
            defer { try? file.close() }
            try file.write(contentsOf: Data(pemRepresentation.utf8))
        }

        /// Whether the signature is this key's Ed25519 signature of the data.
        public func isValidSignature(_ signature: some DataProtocol, for data: some DataProtocol) -> Bool {
            key.isValidSignature(signature, for: data)
        }

        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
            lhs.key.rawRepresentation == rhs.key.rawRepresentation
        }
    }
}
