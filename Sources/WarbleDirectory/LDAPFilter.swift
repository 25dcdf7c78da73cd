/// Builds LDAP search filters from templates and untrusted values, escaping per RFC 4515 so that a
/// user name such as `*)(uid=*` matches only itself.
public enum LDAPFilter {
    /// Escapes the characters RFC 4515 reserves in an assertion value: `*`, `(`, `)`, `\` and NUL.
    /// Other bytes, UTF-8 letters included, stand for themselves.
    public static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "*": escaped += "\\2a"
            case "(": escaped += "\\28"
            case ")": escaped += "\\29"
            case "\\": escaped += "\\5c"
            case "\0": escaped += "\\00"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Puts the escaped `username` wherever `{username}` stands in `template`.
    public static func fill(_ template: String, username: String) -> String {
        template.replacingOccurrences(of: "{username}", with: escape(username))
    }
}
