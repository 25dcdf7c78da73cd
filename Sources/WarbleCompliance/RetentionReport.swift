import Foundation

/// What one retention run did (or, dry, would do), rule by rule.
public struct RetentionReport: Sendable, Equatable, Encodable {
    /// One rule's figures.
    public struct RuleFigures: Sendable, Equatable, Encodable {
        public var rule: String
        public var hidden = 0
        public var purged = 0
        /// Items the rule would remove that an active hold keeps.
        public var held = 0

        public init(rule: String, hidden: Int = 0, purged: Int = 0, held: Int = 0) {
            self.rule = rule
            self.hidden = hidden
            self.purged = purged
            self.held = held
        }
    }

    public var asOf: Date
    public var dryRun: Bool
    public var postsScanned = 0
    public var rules: [RuleFigures] = []
    /// Files deleted from the media folder (or that would be).
    public var files = 0
    /// Set when `--limit` stopped the run before it was through.
    public var stoppedAtLimit = false

    public var total: (hidden: Int, purged: Int, held: Int) {
        (rules.map(\.hidden).reduce(0, +), rules.map(\.purged).reduce(0, +), rules.map(\.held).reduce(0, +))
    }

    mutating func count(_ rule: String, hidden: Int = 0, purged: Int = 0, held: Int = 0) {
        if let index = rules.firstIndex(where: { $0.rule == rule }) {
            rules[index].hidden += hidden
            rules[index].purged += purged
            rules[index].held += held
        } else {
            rules.append(RuleFigures(rule: rule, hidden: hidden, purged: purged, held: held))
        }
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case dryRun = "dry_run"
        case postsScanned = "posts_scanned"
        case rules, files
        case stoppedAtLimit = "stopped_at_limit"
    }
}
