import Testing
import WarbleCore
import WarblePolicy

@Suite("Scanning posts for what DLP forbids")
struct DLPScannerTests {
    static let policyYAML = #"""
        version: 1
        rules:
          - name: card
            pattern: '\b[3-6](?:[ -]?\d){12,18}\b'
            validator: luhn
            scope: all
            action: block
            message: No card numbers on Warble, please.
          - name: iban
            pattern: '\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b'
            validator: iban
            scope: all
            action: flag
          - name: password
            pattern: '(?i)\bpassword:\s*\S+'
            scope: all
            action: warn
            message: That looks like a password. Post anyway?
          - name: project-falcon
            pattern: '(?i)\bfalcon\b'
            scope:
              visibilities: [direct]
            action: flag
          - name: earnings
            pattern: '(?i)\bearnings\b'
            scope:
              visibilities: [public, unlisted]
              groups: [finance]
            action: warn
            message: Earnings are not public yet.
        """#

    let scanner: DLPScanner
    let everyone = DLPContext(visibility: .public)

    init() throws {
        scanner = DLPScanner(policy: try DLPPolicy(yaml: Self.policyYAML, file: "dlp.yaml"))
    }

    @Test("a valid card number is blocked with the configured message", arguments: [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "my card: 4111 1111 1111 1111, expires 12/27",
    ])
    func validCard(text: String) {
        // act
        let result = scanner.scan(text: text, context: everyone)

        // validate
        #expect(result.findings.map(\.rule) == ["card"])
        #expect(result.decision == .block(message: "No card numbers on Warble, please."))
    }

    @Test("a number that fails Luhn is not a finding", arguments: [
        "4111 1111 1111 1112", "4111-1111-1111-1112", "4111111111111112", "order 1234 5678 9012 3456",
    ])
    func invalidCard(text: String) {
        // act
        let result = scanner.scan(text: text, context: everyone)

        // validate
        #expect(result.findings.isEmpty)
        #expect(result.decision == nil)
    }

    @Test("a valid IBAN is flagged; one with a wrong check digit is not", arguments: [
        ("Pay DE89 3704 0044 0532 0130 00 IBAN by Friday", true), ("GB82 WEST 1234 5698 7654 32", true), ("to DE89370400440532013000.", true),
        ("Pay DE88 3704 0044 0532 0130 00 by Friday", false), ("GB82 WEST 1234 5698 7654 33", false),
    ])
    func iban(text: String, flagged: Bool) {
        // act
        let result = scanner.scan(text: text, context: everyone)

        // validate
        #expect(result.findings.map(\.rule) == (flagged ? ["iban"] : []))
        #expect(result.decision == (flagged ? .flag : nil))
    }

    @Test("findings keep the shape of a match but never the secret")
    func redaction() throws {
        // setup
        let text = "card 4111-1111-1111-1111, iban GB82 WEST 1234 5698 7654 32, password: Tr0ub4dor&3"

        // act
        let excerpts = scanner.scan(text: text, context: everyone).findings.map(\.excerpt)

        // validate
        #expect(excerpts == ["••••-••••-••••-1111", "•••• •••• •••• •••• ••54 32", "••••••••: •••••••••&•"])
        for secret in ["4111-1111-1111-1111", "4111111111111111", "GB82", "WEST", "Tr0ub", "dor", "password"] {
            #expect(!excerpts.joined().contains(secret))
        }
    }

    @Test("the strongest action decides: block, then warn, then flag; every match is a finding")
    func decision() {
        // setup
        let iban = "DE89 3704 0044 0532 0130 00"
        let card = "4111 1111 1111 1111"
        let password = "password: hunter2"

        // act
        let all = scanner.scan(text: "\(iban) \(password) \(card) and 5555 5555 5555 4444", context: everyone)
        let warnAndFlag = scanner.scan(text: "\(iban) \(password)", context: everyone)
        let nothing = scanner.scan(text: "lunch at noon?", context: everyone)

        // validate
        #expect(all.findings.map(\.rule) == ["card", "card", "iban", "password"])
        #expect(all.decision == .block(message: "No card numbers on Warble, please."))
        #expect(warnAndFlag.decision == .warn(message: "That looks like a password. Post anyway?"))
        #expect(nothing.findings.isEmpty)
        #expect(nothing.decision == nil)
    }

    @Test(
        "a scoped rule fires only on the posts its scope names",
        arguments: [
            ("falcon launch", DLPContext(visibility: .direct), ["project-falcon"]),
            ("falcon launch", DLPContext(visibility: .public), []),
            ("falcon launch", DLPContext(visibility: .private, group: "finance"), []),
            ("earnings call", DLPContext(visibility: .public, group: "finance"), ["earnings"]),
            ("earnings call", DLPContext(visibility: .unlisted, group: "finance"), ["earnings"]),
            ("earnings call", DLPContext(visibility: .private, group: "finance"), []),
            ("earnings call", DLPContext(visibility: .public, group: "engineering"), []),
            ("earnings call", DLPContext(visibility: .public), []),
        ]
    )
    func scope(text: String, context: DLPContext, rules: [String]) {
        // act
        let result = scanner.scan(text: text, context: context)

        // validate
        #expect(result.findings.map(\.rule) == rules)
    }

    @Test("an invalid regular expression in a file is reported with file, line and field")
    func invalidPattern() throws {
        // setup
        let yaml = "version: 1\nrules:\n  - name: broken\n    pattern: '(?<name'\n    scope: all\n    action: flag\n"

        // act
        let error = #expect(throws: PolicyError.self) { try DLPPolicy(yaml: yaml, file: "Policies/dlp.yaml") }

        // validate
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.description.hasPrefix("Policies/dlp.yaml:4: rules[0].pattern: (?<name is not a valid regular expression"))
    }
}
