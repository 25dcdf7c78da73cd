import Foundation

/// The text of a post split into what Warble links: mentions (`@name`, `@name@domain`), hashtags
/// (`#tag`) and web links; everything else is plain text. Parsing never fails: text that only looks
/// like a mention or a link stays text.
public struct PostText: Sendable, Equatable {
    /// One piece of a post's text, in order.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case mention(username: String, domain: String?)
        case hashtag(String)
        case link(String)
    }

    public let segments: [Segment]

    /// Mastodon's weight of a link in the character count, whatever its length.
    public static let linkWeight = 23

    public init(_ source: String) {
        var scanner = PostTextScanner(source)
        segments = scanner.scan()
    }

    /// Distinct mentions in order of appearance, lower-cased.
    public var mentions: [(username: String, domain: String?)] {
        var seen = Set<String>()
        return segments.compactMap { segment in
            guard case .mention(let username, let domain) = segment else { return nil }
            let key = "\(username.lowercased())@\(domain?.lowercased() ?? "")"
            return seen.insert(key).inserted ? (username.lowercased(), domain?.lowercased()) : nil
        }
    }

    /// Distinct hashtags in order of appearance, normalised with ``normalizeTag(_:)``.
    public var hashtags: [String] {
        var seen = Set<String>()
        return segments.compactMap { segment in
            guard case .hashtag(let tag) = segment else { return nil }
            let name = Self.normalizeTag(tag)
            return seen.insert(name).inserted ? name : nil
        }
    }

    /// The length the limit applies to: characters as people see them, a link as 23, and a remote
    /// mention by its local part only, as Mastodon counts.
    public var weightedLength: Int {
        segments.reduce(0) { total, segment in
            switch segment {
            case .text(let text): total + text.count
            case .mention(let username, _): total + username.count + 1
            case .hashtag(let tag): total + tag.count + 1
            case .link: total + Self.linkWeight
            }
        }
    }

    /// The form a hashtag is stored and matched in: compatibility-normalised and lower-cased, so
    /// `#Café`, `#CAFÉ` and `#ｃａｆé` are one tag.
    public static func normalizeTag(_ tag: String) -> String {
        tag.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Whether `name` is a tag name Warble accepts (letters, digits, `_`, not only digits).
    public static func isValidTag(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && name.allSatisfy(PostTextScanner.isTagCharacter)
            && !name.allSatisfy { $0.isNumber || $0 == "_" }
    }
}
