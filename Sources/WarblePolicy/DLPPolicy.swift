/// The DLP rules in force, in file order.
public struct DLPPolicy: Sendable {
    public let rules: [DLPRule]

    public init(rules: [DLPRule]) {
        self.rules = rules
    }
}
