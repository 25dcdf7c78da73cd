import Foundation
import Testing
import WarbleArchive

/// An auditor has tar, sha256sum and openssl, and nothing of ours: exports must check out with them.
@Suite("Exports checked with the auditor's own tools")
struct InteroperabilityTests {
    static let tar = "/usr/bin/tar"
    static let sha256sum = "/usr/bin/sha256sum"
    static let openssl = "/usr/bin/openssl"

    @Test("tar lists and extracts the export, sha256sum -c passes and openssl verifies the signature")
    func auditorWorkflow() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: key)
            let publicKey = directory.appendingPathComponent("export-public.pem")
            try key.publicKey.write(to: publicKey)
            let extracted = directory.appendingPathComponent("extracted")
            try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: false)

            // act
            let listing = try runTool(Self.tar, ["-tzf", archive.path])
            let extraction = try runTool(Self.tar, ["-xzf", archive.path, "-C", extracted.path])
            let sums = try runTool(Self.sha256sum, ["-c", "SHA256SUMS"], in: extracted)
            let signature = try runTool(Self.openssl, [
                "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.path, "-rawin",
                "-in", "manifest.json", "-sigfile", "manifest.sig",
            ], in: extracted)

            // validate
            let names = SampleExport.members.map(\.path) + ["SHA256SUMS", "manifest.json", "manifest.sig"]
            #expect(listing.status == 0)
            #expect(listing.output == names.map { $0 + "\n" }.joined())
            #expect(extraction.status == 0, "\(extraction.output)")
            for (path, bytes) in SampleExport.members {
                #expect(try Data(contentsOf: extracted.appendingPathComponent(path)) == Data(bytes), "\(path)")
            }
            #expect(sums.status == 0, "\(sums.output)")
            #expect(sums.output == SampleExport.members.map { "\($0.path): OK\n" }.joined())
            #expect(signature.status == 0)
            #expect(signature.output.contains("Signature Verified Successfully"))
        }
    }

    @Test("openssl rejects the signature once manifest.json changes, and sha256sum -c a changed member")
    func auditorCatchesTampering() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: key)
            let publicKey = directory.appendingPathComponent("export-public.pem")
            try key.publicKey.write(to: publicKey)
            #expect(try runTool(Self.tar, ["-xzf", archive.path, "-C", directory.path]).status == 0)
            let manifest = directory.appendingPathComponent("manifest.json")
            try Data(String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "warble-tests", with: "forged").utf8).write(to: manifest)
            try Data("{\"id\":2,\"text\":\"forged\"}".utf8).write(to: directory.appendingPathComponent("posts/2.json"))

            // act
            let signature = try runTool(Self.openssl, [
                "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.path, "-rawin",
                "-in", "manifest.json", "-sigfile", "manifest.sig",
            ], in: directory)
            let sums = try runTool(Self.sha256sum, ["-c", "--quiet", "SHA256SUMS"], in: directory)

            // validate
            #expect(signature.status != 0)
            #expect(signature.output.contains("Signature Verification Failure"))
            #expect(sums.status != 0)
            #expect(sums.output.contains("posts/2.json: FAILED"))
        }
    }

    @Test("keys made by openssl are read, and signatures cross between openssl and ours")
    func opensslKeys() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let privateURL = directory.appendingPathComponent("private.pem")
            let publicURL = directory.appendingPathComponent("public.pem")
            let message = directory.appendingPathComponent("message")
            let opensslSignature = directory.appendingPathComponent("openssl.sig")
            let ourSignature = directory.appendingPathComponent("ours.sig")
            try Data("a manifest to sign\n".utf8).write(to: message)
            #expect(try runTool(Self.openssl, ["genpkey", "-algorithm", "ed25519", "-out", privateURL.path]).status == 0)
            #expect(try runTool(Self.openssl, ["pkey", "-in", privateURL.path, "-pubout", "-out", publicURL.path]).status == 0)
            #expect(try runTool(Self.openssl, [
                "pkeyutl", "-sign", "-inkey", privateURL.path, "-rawin", "-in", message.path, "-out", opensslSignature.path,
            ]).status == 0)

            // act
            let key = try ExportSigningKey(contentsOf: privateURL)
            let publicKey = try ExportSigningKey.PublicKey(contentsOf: publicURL)
            try key.signature(for: Data(contentsOf: message)).write(to: ourSignature)
            let verifiedByOpenSSL = try runTool(Self.openssl, [
                "pkeyutl", "-verify", "-pubin", "-inkey", publicURL.path, "-rawin", "-in", message.path, "-sigfile", ourSignature.path,
            ])

            // validate
            #expect(key.publicKey == publicKey)
            #expect(key.pemRepresentation == (try String(contentsOf: privateURL, encoding: .utf8)))
            #expect(publicKey.pemRepresentation == (try String(contentsOf: publicURL, encoding: .utf8)))
            #expect(publicKey.isValidSignature(try Data(contentsOf: opensslSignature), for: try Data(contentsOf: message)))
            #expect(verifiedByOpenSSL.output.contains("Signature Verified Successfully"))
        }
    }

    @Test("openssl reads the keys we write")
    func opensslReadsOurKeys() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let privateURL = directory.appendingPathComponent("private.pem")
            try key.write(to: privateURL)

            // act
            let derived = try runTool(Self.openssl, ["pkey", "-in", privateURL.path, "-pubout"])
            let text = try runTool(Self.openssl, ["pkey", "-in", privateURL.path, "-noout", "-text"])

            // validate
            #expect(derived.status == 0)
            #expect(derived.output == key.publicKey.pemRepresentation)
            #expect(text.output.hasPrefix("ED25519 Private-Key:"))
        }
    }
}
