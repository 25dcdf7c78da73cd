/// Text a person typed, made safe inside an SQL `LIKE` pattern: `\`, `%` and `_` match themselves.
enum LikePattern {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
