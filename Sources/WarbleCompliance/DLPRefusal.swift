/// Why DLP refused to store a post. The author sees the rule's message; the rules are named so
/// that the author and the help desk can tell what was found, never the text that matched.
public enum DLPRefusal: Error, Equatable {
    /// A `block` rule found something: nothing is stored.
    case blocked(message: String, rules: [String])
    /// A `warn` rule found something and the author has not confirmed yet: nothing is stored until
    /// the same post comes again confirmed.
    case unconfirmed(message: String, rules: [String])
}
