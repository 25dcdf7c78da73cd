import Foundation

extension URL {
    /// The URL as text without a trailing slash, ready to have paths appended (`base + "/oauth/token"`).
    var baseString: String {
        let text = absoluteString
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// The page of hashtag `name` (normalised) on this server.
    func tagURL(_ name: String) -> String {
        "\(baseString)/tags/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)"
    }
}
