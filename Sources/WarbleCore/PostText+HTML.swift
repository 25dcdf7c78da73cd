extension PostText {
    /// Where a rendered post's links point.
    public struct Links: Sendable {
        /// The profile URL of a mentioned account, or nil when no such account exists (the mention
        /// then stays plain text).
        public var profile: @Sendable (_ username: String, _ domain: String?) -> String?
        /// The page of a hashtag, given its normalised name.
        public var tag: @Sendable (_ name: String) -> String

        public init(profile: @escaping @Sendable (String, String?) -> String?, tag: @escaping @Sendable (String) -> String) {
            self.profile = profile
            self.tag = tag
        }
    }

    /// The post as the HTML Mastodon clients display: paragraphs on blank lines, `<br />` on single
    /// line breaks, every piece of text escaped, links with `rel="nofollow noopener noreferrer"`,
    /// mentions and hashtags marked up as Mastodon does (`h-card`, `mention hashtag`).
    public func html(links: Links) -> String {
        var paragraphs: [String] = [""]
        for segment in segments {
            switch segment {
            case .text(let text):
                let blocks = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
                for (offset, block) in blocks.enumerated() {
                    if offset > 0 { paragraphs.append("") }
                    paragraphs[paragraphs.count - 1] += HTMLText.escape(block).replacingOccurrences(of: "\n", with: "<br />")
                }
            case .mention(let username, let domain):
                let handle = domain.map { "\(username)@\($0)" } ?? username
                if let url = links.profile(username, domain) {
                    paragraphs[paragraphs.count - 1] += #"<span class="h-card"><a href="\#(HTMLText.escape(url))" class="u-url mention">@<span>\#(HTMLText.escape(username))</span></a></span>"#
                } else {
                    paragraphs[paragraphs.count - 1] += HTMLText.escape("@" + handle)
                }
            case .hashtag(let tag):
                let url = links.tag(Self.normalizeTag(tag))
                paragraphs[paragraphs.count - 1] += #"<a href="\#(HTMLText.escape(url))" class="mention hashtag" rel="tag">#<span>\#(HTMLText.escape(tag))</span></a>"#
            case .link(let url):
                paragraphs[paragraphs.count - 1] += #"<a href="\#(HTMLText.escape(url))" rel="nofollow noopener noreferrer" target="_blank">\#(HTMLText.escape(url))</a>"#
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { "<p>\($0)</p>" }.joined()
    }
}

/// Escaping of text placed into HTML, for content and attribute values alike.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
