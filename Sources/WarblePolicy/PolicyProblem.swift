/// One mistake in a policy file: where it is (file, line, field) and what to do about it, in words
/// an administrator can act on.
public struct PolicyProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file as the loader was given it, such as `Policies/retention.yaml`.
    public let file: String
    /// The 1-based line; nil when the problem is the file as a whole (missing, unreadable).
    public let line: Int?
    /// The 1-based column, for tools that place a cursor.
    public let column: Int?
    /// The field's path from the top of the file, such as `rules[2].keep` (`rules[0]` is the first
    /// rule); nil when the problem is not about one field (the file is not valid YAML).
    public let field: String?
    public let message: String

    public init(file: String, line: Int?, column: Int? = nil, field: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `Policies/retention.yaml:14: rules[2].keep: "9 years" is not a duration; …`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        return [location, field, message].compactMap { $0 }.joined(separator: ": ")
    }
}
