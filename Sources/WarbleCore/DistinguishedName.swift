/// Comparison of LDAP distinguished names as directories treat them: attribute names and values
/// are case-insensitive for the usual attributes, and spaces around `,` and `=` do not count.
public enum DistinguishedName {
    public static func normalise(_ dn: String) -> String {
        var result = ""
        var escaped = false
        var pendingSpace = false
        for character in dn.lowercased() {
            if escaped {
                result.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\":
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                escaped = true
                result.append(character)
            case ",", "=":
                pendingSpace = false
                while result.last == " " { result.removeLast() }
                result.append(character)
            case " ":
                if let last = result.last, last != ",", last != "=" { pendingSpace = true }
            default:
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
