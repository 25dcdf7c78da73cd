import Foundation

/// What ``ExportArchiveVerifier`` found in an export: every problem, each naming the file
/// concerned, the counts of files checked and whether the signature was verified.
///
/// ``isValid`` means no problem was found. Without a public key the signature is
/// ``Signature/notChecked``: the archive is then known to be consistent, not who made it.
public struct ExportVerificationReport: Sendable, CustomStringConvertible {
    /// One thing wrong with the archive, e.g. `posts.jsonl: SHA-256 does not match SHA256SUMS`.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The member concerned (or SHA256SUMS, manifest.json, manifest.sig).
        public let path: String
        public let message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { "\(path): \(message)" }
    }

    /// What became of manifest.sig.
    public enum Signature: Sendable, Equatable {
        /// It is the given public key's signature of manifest.json.
        case verified
        /// No public key was given.
        case notChecked
        /// It is missing, or is not the given key's signature of manifest.json.
        case invalid
    }

    public let archive: URL
    public let problems: [Problem]
    /// Members in the archive, including SHA256SUMS, manifest.json and manifest.sig.
    public let memberCount: Int
    /// Files listed in SHA256SUMS.
    public let listedFileCount: Int
    /// Files listed in SHA256SUMS that are in the archive with the listed SHA-256.
    public let verifiedFileCount: Int
    public let signature: Signature

    public var isValid: Bool { problems.isEmpty }

    public var description: String {
        let signatureText = switch signature {
        case .verified: "verified with the given public key"
        case .notChecked: "NOT CHECKED (no public key given): the archive's origin is not proven"
        case .invalid: "INVALID"
        }
        var lines = [
            "Export archive \(archive.path)",
            "  members:    \(memberCount)",
            "  SHA256SUMS: \(listedFileCount) files listed, \(verifiedFileCount) verified",
            "  signature:  \(signatureText)",
        ]
        if isValid {
            lines.append("Result: VALID")
        } else {
            lines.append("Result: INVALID, \(problems.count) problem\(problems.count == 1 ? "" : "s"):")
            lines += problems.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
