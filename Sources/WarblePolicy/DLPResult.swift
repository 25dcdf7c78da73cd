/// What DLP found in one text and what to do about it.
public struct DLPResult: Sendable, Hashable {
    /// Every match that passed its rule's validator, by rule in file order, then by position.
    public let findings: [DLPFinding]

    public init(findings: [DLPFinding]) {
        self.findings = findings
    }

    /// The strongest action among the findings — block, then warn, then flag — with the message
    /// of the first rule that asked for it; nil when nothing was found and the text may go out.
    public var decision: DLPAction? {
        findings.reduce(nil) { strongest, finding in
            guard let strongest, strongest.strength >= finding.action.strength else { return finding.action }
            return strongest
        }
    }
}
