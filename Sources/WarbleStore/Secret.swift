import Crypto
import Foundation
import NIOCore

/// Random secrets handed to clients (tokens, client secrets, codes) and the SHA-256 digests stored
/// in their place: a stolen database holds nothing that signs anyone in.
public enum Secret {
    /// 32 random bytes from the system's cryptographic generator, base64url without padding.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The digest stored for `secret`.
    static func digest(_ secret: String) -> ByteBuffer {
        ByteBuffer(bytes: Array(SHA256.hash(data: Array(secret.utf8))))
    }
}
