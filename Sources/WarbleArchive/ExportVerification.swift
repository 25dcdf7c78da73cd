import Crypto
import Foundation

/// The bookkeeping of one ``ExportArchiveVerifier`` pass: what the archive holds and what
/// SHA256SUMS and manifest.json say about it, in whatever order the members come.
struct ExportVerification {
    private typealias Problem = ExportVerificationReport.Problem

    private struct Member {
        let digest: SHA256Digest
        var isListed: Bool
    }

    /// Content members seen so far. A path→digest table is the one thing here that grows with
    /// the archive: SHA256SUMS may come after the members it lists.
    private var members: [String: Member] = [:]
    /// SHA256SUMS lines for members not seen yet: path → hex digest.
    private var pendingLines: [String: String] = [:]
    private var problems: [Problem] = []
    private var memberCount = 0
    private var listedFileCount = 0
    private var verifiedFileCount = 0
    private var sumsDigest: SHA256Digest?
    var manifest: [UInt8]?
    var signature: [UInt8]?

    mutating func problem(_ path: String, _ message: String) {
        problems.append(Problem(path: path, message: message))
    }

    /// Counts a member; false (and a problem) if its path came before.
    mutating func isFirstOccurrence(of path: String) -> Bool {
        memberCount += 1
        let seen = members[path] != nil
            || (path == ExportArchiveLayout.sums && sumsDigest != nil)
            || (path == ExportArchiveLayout.manifest && manifest != nil)
            || (path == ExportArchiveLayout.signature && signature != nil)
        if seen { problem(path, "appears more than once in the archive") }
        return !seen
    }

    mutating func contentMember(_ path: String, digest: SHA256Digest) {
        var member = Member(digest: digest, isListed: false)
        if let expected = pendingLines.removeValue(forKey: path) {
            member.isListed = true
            check(path, digest: digest, against: expected)
        }
        members[path] = member
    }

    mutating func sumsLine(_ result: Result<SHA256Sums.Line, SHA256SumsError>) {
        let line: SHA256Sums.Line
        switch result {
        case .success(let parsed): line = parsed
        case .failure(let error): return problem(ExportArchiveLayout.sums, error.description)
        }
        listedFileCount += 1
        if ExportArchiveLayout.reserved.contains(line.path) {
            problem(line.path, "listed in SHA256SUMS, which covers only the content members")
        } else if var member = members[line.path], !member.isListed {
            member.isListed = true
            members[line.path] = member
            check(line.path, digest: member.digest, against: line.digest)
        } else if members[line.path] != nil || pendingLines[line.path] != nil {
            problem(line.path, "listed more than once in SHA256SUMS")
        } else {
            pendingLines[line.path] = line.digest
        }
    }

    mutating func sumsFile(digest: SHA256Digest) {
        sumsDigest = digest
    }

    /// The report, after the checks that need the whole archive.
    consuming func report(archive: URL, publicKey: ExportSigningKey.PublicKey?) -> ExportVerificationReport {
        if sumsDigest == nil {
            problem(ExportArchiveLayout.sums, "missing from the archive")
        } else {
            for path in members.filter({ !$0.value.isListed }).keys.sorted() {
                problem(path, "in the archive but not listed in SHA256SUMS")
            }
        }
        for path in pendingLines.keys.sorted() {
            problem(path, "listed in SHA256SUMS but missing from the archive")
        }
        checkManifest()
        let signature = checkSignature(publicKey)
        return ExportVerificationReport(
            archive: archive,
            problems: problems,
            memberCount: memberCount,
            listedFileCount: listedFileCount,
            verifiedFileCount: verifiedFileCount,
            signature: signature
        )
    }

    private mutating func check(_ path: String, digest: SHA256Digest, against expected: String) {
        if Hex.encode(digest) == expected {
            verifiedFileCount += 1
        } else {
            problem(path, "SHA-256 does not match SHA256SUMS")
        }
    }

    private mutating func checkManifest() {
        let name = ExportArchiveLayout.manifest
        guard let manifest else { return problem(name, "missing from the archive") }
        let binding: ExportManifest.Binding
        do {
            binding = try JSONDecoder().decode(ExportManifest.Binding.self, from: Data(manifest))
        } catch {
            return problem(name, "not a valid export manifest: \(Self.explain(error))")
        }
        // Without SHA256SUMS (already a problem) there is nothing to hold these two against.
        if let sumsDigest {
            if binding.sha256sums != Hex.encode(sumsDigest) {
                problem(name, "sha256sums does not match the SHA-256 of SHA256SUMS")
            }
            if binding.files != listedFileCount {
                problem(name, "files is \(binding.files) but SHA256SUMS lists \(listedFileCount)")
            }
        }
        for (path, expected) in binding.filesSHA256.sorted(by: { $0.key < $1.key }) {
            if let member = members[path] {
                if Hex.encode(member.digest) != expected { problem(path, "SHA-256 does not match manifest.json files_sha256") }
            } else {
                problem(path, "listed in manifest.json files_sha256 but missing from the archive")
            }
        }
    }

    private mutating func checkSignature(_ publicKey: ExportSigningKey.PublicKey?) -> ExportVerificationReport.Signature {
        let name = ExportArchiveLayout.signature
        guard let signature else {
            problem(name, "missing from the archive")
            return publicKey == nil ? .notChecked : .invalid
        }
        if signature.count != 64 { problem(name, "\(signature.count) bytes long; an Ed25519 signature is 64") }
        guard let publicKey else { return .notChecked }
        // A missing manifest.json is already reported; there is nothing the signature could cover.
        guard let manifest else { return .invalid }
        guard publicKey.isValidSignature(signature, for: manifest) else {
            if signature.count == 64 { problem(name, "not a signature of manifest.json by the given public key") }
            return .invalid
        }
        return .verified
    }

    private static func explain(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _):
            return "it has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "it is not a JSON object" : "\"\(path)\" has the wrong type"
        default:
            return "it is not valid JSON"
        }
    }
}
