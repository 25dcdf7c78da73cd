import Foundation
import Testing
import WarbleArchive

@Suite("Ed25519 export signing keys in PEM")
struct ExportSigningKeyTests {
    static func der(ofPEM pem: String) -> [UInt8] {
        let base64 = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Array(Data(base64Encoded: base64) ?? Data())
    }

    static func pem(_ label: String, _ der: [UInt8]) -> String {
        "-----BEGIN \(label)-----\n\(Data(der).base64EncodedString())\n-----END \(label)-----\n"
    }

    @Test("keys are written as PKCS#8 and SubjectPublicKeyInfo and read back")
    func roundTrip() throws {
        // setup
        let key = ExportSigningKey.generate()
        let message = Data("manifest".utf8)

        // act
        let privatePEM = key.pemRepresentation
        let publicPEM = key.publicKey.pemRepresentation
        let readKey = try ExportSigningKey(pemRepresentation: privatePEM)
        let readPublic = try ExportSigningKey.PublicKey(pemRepresentation: publicPEM)
        let signature = try readKey.signature(for: message)

        // validate
        #expect(privatePEM.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(privatePEM.hasSuffix("\n-----END PRIVATE KEY-----\n"))
        #expect(publicPEM.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))
        #expect(Self.der(ofPEM: privatePEM).count == 48)
        #expect(hexString(Self.der(ofPEM: privatePEM).prefix(16)) == "302e020100300506032b657004220420")
        #expect(Self.der(ofPEM: publicPEM).count == 44)
        #expect(hexString(Self.der(ofPEM: publicPEM).prefix(12)) == "302a300506032b6570032100")
        #expect(readKey.publicKey == key.publicKey)
        #expect(readPublic == key.publicKey)
        #expect(signature.count == 64)
        #expect(readPublic.isValidSignature(signature, for: message))
        #expect(!readPublic.isValidSignature(signature, for: Data("manifest!".utf8)))
        #expect(ExportSigningKey.generate().publicKey != key.publicKey)
    }

    static let ed25519Public = ExportSigningKey.generate().publicKey.pemRepresentation
    static let ed25519Private = ExportSigningKey.generate().pemRepresentation
    /// A throwaway P-256 key in PKCS#8, made with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`.
    static let p256Private = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgRh+dZUQuVwxVKa1U
        zirFpda47FbC88M+p7Y4bIaFcDahRANCAARvVR1sKrdp3G+JhUEKI7tQR6ynmRyA
        iNbjdnKYFZzG/o6n74ynqe56HA8cowOAx8vgTkvdFzgLJHA80TWdLd01
        -----END PRIVATE KEY-----
        """

    @Test("private keys that cannot be read say why", arguments: [
        ("hello, I am not a key", SigningKeyError.notPEM),
        ("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n", SigningKeyError.notPEM),
        (ed25519Public, SigningKeyError.unexpectedLabel(expected: "PRIVATE KEY", found: "PUBLIC KEY")),
        ("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n", SigningKeyError.unexpectedLabel(expected: "PRIVATE KEY", found: "EC PRIVATE KEY")),
        ("-----BEGIN PRIVATE KEY-----\n!!not base64!!\n-----END PRIVATE KEY-----\n", SigningKeyError.invalidBase64),
        (p256Private, SigningKeyError.notEd25519),
        (pem("PRIVATE KEY", Array(der(ofPEM: ed25519Private).dropLast())), SigningKeyError.wrongLength(expected: 48, found: 47)),
        (pem("PRIVATE KEY", [0x30, 0x2E, 0x02, 0x01, 0x01] + der(ofPEM: ed25519Private).dropFirst(5)), SigningKeyError.unexpectedEncoding),
    ])
    func unreadablePrivate(text: String, expected: SigningKeyError) {
        #expect(throws: expected) { try ExportSigningKey(pemRepresentation: text) }
    }

    @Test("public keys that cannot be read say why", arguments: [
        (ed25519Private, SigningKeyError.unexpectedLabel(expected: "PUBLIC KEY", found: "PRIVATE KEY")),
        (pem("PUBLIC KEY", der(ofPEM: ed25519Public) + [0]), SigningKeyError.wrongLength(expected: 44, found: 45)),
        // An X25519 key: same layout, another algorithm (1.3.101.110).
        (pem("PUBLIC KEY", [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x6E, 0x03, 0x21, 0x00] + Array(repeating: 7, count: 32)), SigningKeyError.notEd25519),
    ])
    func unreadablePublic(text: String, expected: SigningKeyError) {
        #expect(throws: expected) { try ExportSigningKey.PublicKey(pemRepresentation: text) }
    }

    @Test("key files are created owner-only and never overwritten")
    func files() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let privateURL = directory.appendingPathComponent("export-private.pem")
            let publicURL = directory.appendingPathComponent("export-public.pem")

            // act
            try key.write(to: privateURL)
            try key.publicKey.write(to: publicURL)
            let overwrite = #expect(throws: FileCreationError.self) { try ExportSigningKey.generate().write(to: privateURL) }
            let permissions = try FileManager.default.attributesOfItem(atPath: privateURL.path)[.posixPermissions] as? Int

            // validate
            #expect(try ExportSigningKey(contentsOf: privateURL).publicKey == key.publicKey)
            #expect(try ExportSigningKey.PublicKey(contentsOf: publicURL) == key.publicKey)
            #expect(overwrite?.description == "could not create \(privateURL.path): File exists")
            #expect(permissions == 0o600)
        }
    }
}

/// Lowercase hex of bytes, for comparing DER prefixes.
private func hexString(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}
