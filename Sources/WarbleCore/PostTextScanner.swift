/// Splits a post's source into ``PostText/Segment``s in one pass over its characters.
struct PostTextScanner {
    private let characters: [Character]
    private var index = 0
    private var segments: [PostText.Segment] = []
    private var pending = ""

    init(_ source: String) { characters = Array(source) }

    mutating func scan() -> [PostText.Segment] {
        while index < characters.count {
            let character = characters[index]
            let previous = index > 0 ? characters[index - 1] : nil
            if character == "@", Self.canStartToken(after: previous), let mention = mention() {
                emit(mention.segment, length: mention.length)
            } else if character == "#", Self.canStartToken(after: previous), let tag = hashtag() {
                emit(.hashtag(tag), length: tag.count + 1)
            } else if character == "h", previous.map({ !$0.isLetter && !$0.isNumber }) ?? true, let link = link() {
                emit(.link(link), length: link.count)
            } else {
                pending.append(character)
                index += 1
            }
        }
        flush()
        return segments
    }

    private mutating func emit(_ segment: PostText.Segment, length: Int) {
        flush()
        segments.append(segment)
        index += length
    }

    private mutating func flush() {
        if !pending.isEmpty { segments.append(.text(pending)) }
        pending = ""
    }

    /// Mentions and hashtags start a word: not after a letter, digit, `_` or another marker, so that
    /// `mail@example.com` and `a#b` stay text.
    static func canStartToken(after previous: Character?) -> Bool {
        guard let previous else { return true }
        return !(previous.isLetter || previous.isNumber || previous == "_" || previous == "@" || previous == "#" || previous == "/")
    }

    static func isUsernameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }

    static func isTagCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "·"
    }

    static func isDomainCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == ".")
    }

    private func run(from start: Int, while accept: (Character) -> Bool) -> String {
        var end = start
        while end < characters.count, accept(characters[end]) { end += 1 }
        return String(characters[start..<end])
    }

    /// `@name` or `@name@domain`; a domain must have a dot and may not end with one.
    private func mention() -> (segment: PostText.Segment, length: Int)? {
        let username = run(from: index + 1, while: Self.isUsernameCharacter)
        guard !username.isEmpty, username.count <= Handle.maximumLength else { return nil }
        var length = username.count + 1
        let after = index + length
        guard after < characters.count, characters[after] == "@" else {
            return nextIsWordContinuation(at: after) ? nil : (.mention(username: username, domain: nil), length)
        }
        var domain = run(from: after + 1, while: Self.isDomainCharacter)
        while domain.hasSuffix(".") || domain.hasSuffix("-") { domain.removeLast() }
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasPrefix("-") else {
            return (.mention(username: username, domain: nil), length)
        }
        length += domain.count + 1
        return (.mention(username: username, domain: domain), length)
    }

    private func nextIsWordContinuation(at position: Int) -> Bool {
        guard position < characters.count else { return false }
        let next = characters[position]
        return next.isLetter || next.isNumber
    }

    /// `#tag`: letters, digits, `_` and `·`, not only digits (`#1` is not a tag).
    private func hashtag() -> String? {
        let tag = run(from: index + 1, while: Self.isTagCharacter)
        return PostText.isValidTag(tag) ? tag : nil
    }

    /// `http://` or `https://` and what follows up to white space, less trailing punctuation that
    /// ends a sentence, and a closing bracket without its opening one.
    private func link() -> String? {
        let rest = String(characters[index..<min(characters.count, index + 8)]).lowercased()
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://") else { return nil }
        var text = run(from: index) { !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "\"" }
        while let last = text.last, ".,;:!?'".contains(last) || (last == ")" && !Self.hasOpening(text)) {
            text.removeLast()
        }
        let schemeLength = text.lowercased().hasPrefix("https://") ? 8 : 7
        return text.count > schemeLength ? text : nil
    }

    private static func hasOpening(_ text: String) -> Bool {
        text.filter { $0 == "(" }.count >= text.filter { $0 == ")" }.count
    }
}
