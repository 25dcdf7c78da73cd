extension DLPFinding {
    /// `match` with its letters and digits masked and its separators kept, so a reviewer sees the
    /// shape. A match that passed a validator (a card number, an IBAN) keeps its last four letters
    /// and digits — the customary way to refer to one — when they are at most a quarter of them;
    /// any other match (a password, a key) keeps none. Only the last 40 characters are kept.
    static func redact(_ match: Substring, validated: Bool) -> String {
        let significant = match.filter { $0.isLetter || $0.isNumber }.count
        var shown = validated ? min(4, significant / 4) : 0
        var excerpt = ""
        for character in match.reversed() {
            if character.isLetter || character.isNumber {
                excerpt.append(shown > 0 ? character : "•")
                shown -= 1
            } else {
                excerpt.append(character)
            }
        }
        let limit = 40
        return excerpt.count > limit ? "…" + String(excerpt.prefix(limit).reversed()) : String(excerpt.reversed())
    }
}
