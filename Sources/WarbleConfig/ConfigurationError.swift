/// Why a configuration could not be loaded: every problem found, each naming the key, where its
/// value came from and what was expected.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    /// One wrong or missing setting.
    public struct Problem: Sendable, CustomStringConvertible {
        public let key: String
        public let source: ConfigurationSource?
        public let message: String

        public var description: String {
            if let source { "\(key) (\(source)): \(message)" } else { "\(key): \(message)" }
        }
    }

    public let problems: [Problem]

    public init(problems: [Problem]) { self.problems = problems }

    public init(key: String, source: ConfigurationSource?, message: String) {
        self.problems = [Problem(key: key, source: source, message: message)]
    }

    public var description: String {
        if problems.count == 1 { return "configuration error: \(problems[0])" }
        return (["configuration has \(problems.count) errors:"] + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}
