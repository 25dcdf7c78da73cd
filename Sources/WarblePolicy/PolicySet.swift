import Crypto
import Foundation

/// The policies in force, loaded together from one directory, with the digest that audit rows
/// record to say which files they were.
public struct PolicySet: Sendable {
    public let retention: RetentionPolicy
    public let dlp: DLPPolicy
    /// SHA-256 in lower-case hex over the files; see ``digest(of:)``.
    public let digest: String

    public init(retention: RetentionPolicy, dlp: DLPPolicy, digest: String) {
        self.retention = retention
        self.dlp = dlp
        self.digest = digest
    }

    /// SHA-256 over the files in order of name, each as its name, a zero byte, its length as eight
    /// bytes big-endian, then its bytes — so moving text from one file to the other changes it too.
    public static func digest(of files: [String: Data]) -> String {
        var hash = SHA256()
        for (name, contents) in files.sorted(by: { $0.key < $1.key }) {
            hash.update(data: Data(name.utf8) + [0])
            withUnsafeBytes(of: UInt64(contents.count).bigEndian) { hash.update(bufferPointer: $0) }
            hash.update(data: contents)
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
