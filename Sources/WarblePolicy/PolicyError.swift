/// Why a set of policy files was refused: every problem in every file, found in one pass, so an
/// administrator fixes them all before the next try. The policy in force stays what it was.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    /// In file order, then line order.
    public let problems: [PolicyProblem]

    public init(problems: [PolicyProblem]) {
        self.problems = problems
    }

    public var description: String {
        if problems.count == 1 { return "policy error: \(problems[0])" }
        return (["policy has \(problems.count) errors:"] + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}
