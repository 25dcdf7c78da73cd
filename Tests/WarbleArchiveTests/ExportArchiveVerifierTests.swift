import Foundation
import Testing
import WarbleArchive

@Suite("Verifying an export")
struct ExportArchiveVerifierTests {
    typealias Problem = ExportVerificationReport.Problem
    typealias Members = [(name: String, bytes: [UInt8])]

    /// Writes the sample export, lets `tamper` rewrite its members, and verifies the result with
    /// the signing key's public key (or the one `publicKey` picks).
    static func verifyTampered(
        publicKey: (ExportSigningKey) -> ExportSigningKey.PublicKey? = { $0.publicKey },
        tamper: (Members) -> Members
    ) async throws -> ExportVerificationReport {
        try await withTemporaryDirectory { directory in
            let key = ExportSigningKey.generate()
            let original = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: original, key: key)
            let tampered = directory.appendingPathComponent("tampered.tar.gz")
            try repack(original, to: tampered, transform: tamper)
            return try ExportArchiveVerifier.verify(archive: tampered, publicKey: publicKey(key))
        }
    }

    /// The members with the named one's bytes rewritten.
    static func changing(_ name: String, in members: Members, _ change: ([UInt8]) -> [UInt8]) -> Members {
        members.map { $0.name == name ? ($0.name, change($0.bytes)) : $0 }
    }

    /// manifest.json's object with `change` applied, serialised again.
    static func changingManifest(_ bytes: [UInt8], _ change: (inout [String: Any]) -> Void) -> [UInt8] {
        var object = (try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]) ?? [:]
        change(&object)
        return Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    /// SHA256SUMS with the first hex digit of the path's line changed.
    static func changingSumsLine(of path: String, in sums: [UInt8]) -> [UInt8] {
        let lines = String(decoding: sums, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasSuffix("  \(path)") else { return String(line) }
            return (line.first == "0" ? "1" : "0") + line.dropFirst()
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test("an untouched export is valid, with every file verified and the signature checked")
    func valid() async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: key)

            // act
            let report = try ExportArchiveVerifier.verify(archive: archive, publicKey: key.publicKey)

            // validate
            #expect(report.isValid)
            #expect(report.problems.isEmpty)
            #expect(report.signature == .verified)
            #expect(report.memberCount == SampleExport.members.count + 3)
            #expect(report.listedFileCount == SampleExport.members.count)
            #expect(report.verifiedFileCount == SampleExport.members.count)
            #expect(report.description == """
                Export archive \(archive.path)
                  members:    10
                  SHA256SUMS: 7 files listed, 7 verified
                  signature:  verified with the given public key
                Result: VALID
                """)
        }
    }

    @Test("without a public key the archive is checked but the signature is reported unchecked")
    func withoutKey() async throws {
        // act
        let report = try await Self.verifyTampered(publicKey: { _ in nil }) { $0 }

        // validate
        #expect(report.isValid)
        #expect(report.signature == .notChecked)
        #expect(report.verifiedFileCount == SampleExport.members.count)
        #expect(report.description.contains("signature:  NOT CHECKED (no public key given)"))
    }

    @Test("members in another order (SHA256SUMS and the manifest first) are still matched up")
    func anyOrder() async throws {
        // act
        let report = try await Self.verifyTampered { members in
            Array(members.suffix(3).reversed()) + members.dropLast(3)
        }

        // validate
        #expect(report.problems == [])
        #expect(report.verifiedFileCount == SampleExport.members.count)
        #expect(report.signature == .verified)
    }

    @Test("one changed byte in a member is reported against exactly that member")
    func changedMember() async throws {
        // act
        let report = try await Self.verifyTampered { members in
            Self.changing("posts/2.json", in: members) { [$0[0] ^ 1] + $0.dropFirst() }
        }

        // validate
        #expect(!report.isValid)
        #expect(report.problems == [Problem(path: "posts/2.json", message: "SHA-256 does not match SHA256SUMS")])
        #expect(report.verifiedFileCount == SampleExport.members.count - 1)
        #expect(report.signature == .verified)
        #expect(report.description.hasSuffix("Result: INVALID, 1 problem:\n  - posts/2.json: SHA-256 does not match SHA256SUMS"))
    }

    @Test("a changed posts.jsonl fails both SHA256SUMS and the manifest's files_sha256")
    func changedManifestMember() async throws {
        // act
        let report = try await Self.verifyTampered { members in
            Self.changing("posts.jsonl", in: members) { $0 + Array("{\"id\":4}\n".utf8) }
        }

        // validate
        #expect(report.problems == [
            Problem(path: "posts.jsonl", message: "SHA-256 does not match SHA256SUMS"),
            Problem(path: "posts.jsonl", message: "SHA-256 does not match manifest.json files_sha256"),
        ])
    }

    @Test("a signature checked with another key is invalid")
    func wrongKey() async throws {
        // act
        let report = try await Self.verifyTampered(publicKey: { _ in ExportSigningKey.generate().publicKey }) { $0 }

        // validate
        #expect(report.signature == .invalid)
        #expect(report.problems == [Problem(path: "manifest.sig", message: "not a signature of manifest.json by the given public key")])
    }

    static let forgedSignature = "manifest.sig: not a signature of manifest.json by the given public key"

    @Test("missing, extra and tampered members are named", arguments: [
        ("missing member", ["posts/1.json: listed in SHA256SUMS but missing from the archive"]),
        ("extra member", ["notes.txt: in the archive but not listed in SHA256SUMS"]),
        ("duplicate member", ["posts/3.json: appears more than once in the archive"]),
        ("changed SHA256SUMS line", ["posts/3.json: SHA-256 does not match SHA256SUMS", "manifest.json: sha256sums does not match the SHA-256 of SHA256SUMS"]),
        ("garbage in SHA256SUMS", [
            "SHA256SUMS: line 8: expected 64 lowercase hexadecimal digits, two spaces and a path",
            "manifest.json: sha256sums does not match the SHA-256 of SHA256SUMS",
        ]),
        ("no SHA256SUMS", ["SHA256SUMS: missing from the archive"]),
        ("no manifest", ["manifest.json: missing from the archive"]),
        ("no signature", ["manifest.sig: missing from the archive"]),
        ("short signature", ["manifest.sig: 63 bytes long; an Ed25519 signature is 64"]),
        ("manifest text", [forgedSignature]),
        ("manifest file count", ["manifest.json: files is 8 but SHA256SUMS lists 7", forgedSignature]),
        ("manifest files_sha256", ["posts/9.json: listed in manifest.json files_sha256 but missing from the archive", forgedSignature]),
        ("manifest without files", ["manifest.json: not a valid export manifest: it has no \"files\"", forgedSignature]),
        ("manifest files of wrong type", ["manifest.json: not a valid export manifest: \"files\" has the wrong type", forgedSignature]),
        ("manifest an array", ["manifest.json: not a valid export manifest: it is not a JSON object", forgedSignature]),
        ("manifest not JSON", ["manifest.json: not a valid export manifest: it is not valid JSON", forgedSignature]),
    ])
    func namedProblems(tampering: String, expected: [String]) async throws {
        // setup
        let tamper: (Members) -> Members = { members in
            switch tampering {
            case "missing member": members.filter { $0.name != "posts/1.json" }
            case "extra member": members + [("notes.txt", Array("unlisted".utf8))]
            case "duplicate member": members + members.filter { $0.name == "posts/3.json" }
            case "changed SHA256SUMS line": Self.changing("SHA256SUMS", in: members) { Self.changingSumsLine(of: "posts/3.json", in: $0) }
            case "garbage in SHA256SUMS": Self.changing("SHA256SUMS", in: members) { $0 + Array("garbage\n".utf8) }
            case "no SHA256SUMS": members.filter { $0.name != "SHA256SUMS" }
            case "no manifest": members.filter { $0.name != "manifest.json" }
            case "no signature": members.filter { $0.name != "manifest.sig" }
            case "short signature": Self.changing("manifest.sig", in: members) { Array($0.dropLast()) }
            case "manifest text": Self.changing("manifest.json", in: members) { Self.changingManifest($0) { $0["generator"] = "forged" } }
            case "manifest file count": Self.changing("manifest.json", in: members) { Self.changingManifest($0) { $0["files"] = 8 } }
            case "manifest files_sha256":
                Self.changing("manifest.json", in: members) { Self.changingManifest($0) { $0["files_sha256"] = ["posts/9.json": "00"] } }
            case "manifest without files": Self.changing("manifest.json", in: members) { Self.changingManifest($0) { $0["files"] = nil } }
            case "manifest files of wrong type": Self.changing("manifest.json", in: members) { Self.changingManifest($0) { $0["files"] = "seven" } }
            case "manifest an array": Self.changing("manifest.json", in: members) { _ in Array("[1, 2]".utf8) }
            case "manifest not JSON": Self.changing("manifest.json", in: members) { _ in Array("{ \"files\": ".utf8) }
            default: members
            }
        }

        // act
        let report = try await Self.verifyTampered(tamper: tamper)

        // validate
        #expect(report.problems.map(\.description) == expected)
        #expect(!report.isValid)
    }

    @Test("an export unpacked and packed again with tar verifies, and a changed file in it is named", arguments: [false, true])
    func repackedWithTar(changeOneFile: Bool) async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let key = ExportSigningKey.generate()
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: key)
            let folder = directory.appendingPathComponent("unpacked")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            #expect(try runTool("/usr/bin/tar", ["-xzf", archive.path, "-C", folder.path]).status == 0)
            if changeOneFile {
                let post = folder.appendingPathComponent("posts/3.json")
                var bytes = try Data(contentsOf: post)
                bytes[bytes.count - 3] ^= 0x01
                try bytes.write(to: post)
            }
            let repacked = directory.appendingPathComponent("repacked.tar.gz")
            #expect(try runTool("/usr/bin/tar", ["-czf", repacked.path, "-C", folder.path, "."]).status == 0)

            // act
            let report = try ExportArchiveVerifier.verify(archive: repacked, publicKey: key.publicKey)

            // validate
            #expect(report.problems == (changeOneFile ? [Problem(path: "posts/3.json", message: "SHA-256 does not match SHA256SUMS")] : []))
            #expect(report.signature == .verified)
            #expect(report.memberCount == SampleExport.members.count + 3)
        }
    }

    @Test("a truncated .tar.gz throws a clear error instead of a report", arguments: [1, 20, 1000, 30_000])
    func truncatedArchive(removedBytes: Int) async throws {
        try await withTemporaryDirectory { directory in
            // setup
            let archive = directory.appendingPathComponent("export.tar.gz")
            try await SampleExport.write(to: archive, key: .generate())
            let bytes = try Data(contentsOf: archive)
            try bytes.prefix(bytes.count - removedBytes).write(to: archive)

            // act
            let error = #expect(throws: GzipError.self) { try ExportArchiveVerifier.verify(archive: archive, publicKey: nil) }

            // validate
            #expect(error == .truncated)
            #expect(error?.description == "the gzip stream ends before its end marker: the file is truncated")
        }
    }
}
