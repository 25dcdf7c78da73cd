/// OAuth scopes as Mastodon defines them: a broad scope (`read`) covers its granular ones
/// (`read:accounts`).
public enum Scopes {
    /// Whether `granted` includes `scope` itself or the broad scope it belongs to.
    public static func covers(_ granted: some Sequence<String>, _ scope: String) -> Bool {
        let broad = scope.split(separator: ":").first.map(String.init) ?? scope
        return granted.contains(scope) || granted.contains(broad)
    }

    /// Splits a scope list as clients send it: separated by spaces or `+`.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "+" }).map(String.init)
    }
}
