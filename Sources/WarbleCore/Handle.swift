import Foundation

/// The name people type after `@`: letters, digits and `_`, at most 30 characters, derived once
/// from the directory's login name (`d'arcy` → `darcy`, `björn` → `bjorn`) and then kept.
public enum Handle {
    public static let maximumLength = 30

    /// The handle a login name suggests, before uniqueness is settled: accents are dropped, anything
    /// but ASCII letters, digits and `_` is removed, and a name with nothing left becomes `user`.
    public static func derive(from login: String) -> String {
        // ICU turns other scripts and letters such as Ł or ß into their plain Latin spelling.
        let folded = login.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? login
        let kept = folded.unicodeScalars.filter { scalar in
            scalar == "_" || (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)))
        }
        let handle = String(String.UnicodeScalarView(kept)).lowercased()
        return handle.isEmpty ? "user" : String(handle.prefix(maximumLength))
    }

    /// The `n`th alternative when `base` is taken: `base2`, `base3`… trimmed to fit the length limit.
    public static func alternative(_ base: String, number: Int) -> String {
        let suffix = String(number)
        return String(base.prefix(maximumLength - suffix.count)) + suffix
    }

    /// Whether `text` is a well-formed handle.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.count <= maximumLength
            && text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && CharacterSet.alphanumerics.contains($0)) }
    }
}
