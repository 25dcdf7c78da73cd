import Crypto
import Foundation

/// Checks an export written by ``ExportArchiveWriter`` in one streaming pass: every member is
/// hashed and compared with SHA256SUMS, manifest.json is checked against SHA256SUMS and the
/// members it names, and manifest.sig against the public key if one is given.
///
/// An export unpacked and packed again with `tar -czf export.tar.gz -C dir .` still verifies:
/// directory entries are skipped, GNU long names applied and a leading `./` ignored.
///
/// Problems with the content are collected in the ``ExportVerificationReport``; an archive that
/// cannot be read at all (truncated, corrupt gzip, damaged tar headers) throws a ``GzipError``
/// or ``TarError`` instead.
public enum ExportArchiveVerifier {
    /// manifest.json and manifest.sig are read into memory; anything larger is refused.
    static let maximumManifestSize = 16 * 1024 * 1024

    public static func verify(archive: URL, publicKey: ExportSigningKey.PublicKey?) throws -> ExportVerificationReport {
        let file = try FileHandle(forReadingFrom: archive)
        defer { try? file.close() }
        let reader = TarReader(source: try GzipReader(input: file))
        var ledger = ExportVerification()
        while let member = try reader.next() {
            let path = relativePath(member.name)
            guard ledger.isFirstOccurrence(of: path) else { continue }
            switch path {
            case ExportArchiveLayout.sums:
                var parser = SHA256Sums.Parser()
                var hasher = SHA256()
                try reader.readContent { chunk in
                    hasher.update(bufferPointer: chunk)
                    parser.parse(chunk) { ledger.sumsLine($0) }
                }
                parser.finish { ledger.sumsLine($0) }
                ledger.sumsFile(digest: hasher.finalize())
            case ExportArchiveLayout.manifest, ExportArchiveLayout.signature:
                guard member.size <= maximumManifestSize else {
                    ledger.problem(path, "larger than \(maximumManifestSize) bytes")
                    continue
                }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(member.size)
                try reader.readContent { bytes.append(contentsOf: $0) }
                if path == ExportArchiveLayout.manifest { ledger.manifest = bytes } else { ledger.signature = bytes }
            default:
                var hasher = SHA256()
                try reader.readContent { hasher.update(bufferPointer: $0) }
                ledger.contentMember(path, digest: hasher.finalize())
            }
        }
        return ledger.report(archive: archive, publicKey: publicKey)
    }

    /// The path as SHA256SUMS names it: `tar -czf … -C dir .` writes `./posts.jsonl` for `posts.jsonl`.
    private static func relativePath(_ name: String) -> String {
        var path = Substring(name)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }
}
