import Crypto
import Foundation
import Synchronization
import WarbleCore
import WarbleStore

/// Signed links to uploaded files. Clients load images without sending their token, so a link
/// carries who it was made for, until when, and an HMAC over both with a key all instances share;
/// the file is still served only while that reader may see the post.
final class MediaLinks: Sendable {
    private let media: MediaRepository
    private let publicURL: URL
    private let cachedKey = Mutex<SymmetricKey?>(nil)
    /// How long a link works; links are rounded to the day so that they stay the same, and
    /// cacheable, for a day.
    static let lifetime: TimeInterval = 7 * 86_400

    init(media: MediaRepository, publicURL: URL) {
        self.media = media
        self.publicURL = publicURL
    }

    func url(for attachment: MediaAttachment, viewer: Int64, now: Date = Date()) async throws -> String {
        let expires = Int64((now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400 + Self.lifetime)
        let signature = try await sign(id: attachment.id, viewer: viewer, expires: expires)
        let name = attachment.fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? "file"
        return "\(publicURL.baseString)/media/\(attachment.id)/\(name)?viewer=\(viewer)&expires=\(expires)&signature=\(signature)"
    }

    /// Whether a link's parts are genuine and unexpired.
    func verify(id: Int64, viewer: Int64, expires: Int64, signature: String, now: Date = Date()) async throws -> Bool {
        guard Double(expires) > now.timeIntervalSince1970 else { return false }
        let expected = try await sign(id: id, viewer: viewer, expires: expires)
        return expected.utf8.count == signature.utf8.count && zip(expected.utf8, signature.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func sign(id: Int64, viewer: Int64, expires: Int64) async throws -> String {
        let key = try await key()
        let code = HMAC<SHA256>.authenticationCode(for: Array("\(id):\(viewer):\(expires)".utf8), using: key)
        return code.map { String(format: "%02x", $0) }.joined()
    }

    private func key() async throws -> SymmetricKey {
        if let key = cachedKey.withLock({ $0 }) { return key }
        let key = try await media.sharedKey("media-links")
        cachedKey.withLock { $0 = key }
        return key
    }
}
