import Testing
import WarblePolicy

@Suite("Mistakes in policy files are reported with file, line and field")
struct PolicyProblemTests {
    @Test("a retention file with three mistakes gets exactly three problems")
    func threeMistakes() throws {
        // setup
        let yaml = """
            version: 1
            rules:
              - name: deleted-posts
                scope: deleted_posts
                keep: 9 years
                action: purge
              - name: direct-posts
                scope: direct_post
                keep: P1Y
                action: delete
              - name: audit-log
                scope: audit_log
                keep: P7Y
                action: purge
                note: regulators ask for seven years
            """

        // act
        let error = #expect(throws: PolicyError.self) { try RetentionPolicy(yaml: yaml, file: "Policies/retention.yaml") }

        // validate
        let problems = try #require(error?.problems)
        #expect(problems.map(\.line) == [5, 8, 15])
        #expect(problems.map(\.field) == ["rules[0].keep", "rules[1].scope", "rules[2].note"])
        #expect(problems.allSatisfy { $0.file == "Policies/retention.yaml" })
        #expect(problems[0].description == #"Policies/retention.yaml:5: rules[0].keep: "9 years" is not a duration; use ISO 8601 (P7Y, P90D) or a number with d/w/m/y (90d)"#)
        #expect(problems[1].description.hasPrefix(#"Policies/retention.yaml:8: rules[1].scope: "direct_post" is not a scope; use one of all_posts, direct_posts"#))
        #expect(problems[2].description.hasPrefix("Policies/retention.yaml:15: rules[2].note: unknown field"))
        #expect(error?.description.hasPrefix("policy has 3 errors:") == true)
    }

    @Test(
        "each retention mistake names its field and line",
        arguments: [
            ("  - name: a\n    scope: group\n    keep: P1Y\n    action: delete\n", "rules[0].group", 3, "needs the group's slug"),
            ("  - name: a\n    scope: group\n    group: Trading Desk\n    keep: P1Y\n    action: delete\n", "rules[0].group", 5, "not a group slug"),
            ("  - name: a\n    scope: all_posts\n    group: trading\n    keep: P1Y\n    action: delete\n", "rules[0].group", 5, "only used with scope: group"),
            ("  - name: a\n    scope: directory_group\n    keep: P1Y\n    action: delete\n", "rules[0].directory_group", 3, "DN or cn"),
            ("  - name: a\n    scope: audit_log\n    keep: P7Y\n    action: delete\n", "rules[0].action", 6, "can only be purged"),
            ("  - name: a\n    scope: direct_posts\n    keep: P1Y\n    action: remove\n", "rules[0].action", 6, "is not an action"),
            ("  - name: a\n    scope: direct_posts\n    keep: PT12H\n    action: delete\n", "rules[0].keep", 5, "hours"),
            ("  - name: a\n    scope: direct_posts\n    action: delete\n", "rules[0].keep", 3, "missing"),
            ("  - name: a\n    scope: direct_posts\n    keep:\n    action: delete\n", "rules[0].keep", 5, "expected a single value"),
            ("  - name: a\n    scope: group\n    group: ops\n    keep: P1Y\n    action: delete\n  - name: b\n    scope: group\n    group: ops\n    keep: P2Y\n    action: delete\n",
             "rules[1].scope", 9, #"the rule "a" (line 4) covers the same content"#),
            ("  - name: a\n    scope: exports\n    keep: 90d\n    action: purge\n  - name: a\n    scope: audit_log\n    keep: P7Y\n    action: purge\n",
             "rules[1].name", 7, "already the name of the rule on line 3"),
            ("  - just a string\n", "rules[0]", 3, "expected fields"),
        ]
    )
    func retentionMistake(rules: String, field: String, line: Int, message: String) throws {
        // setup
        let yaml = "version: 1\nrules:\n" + rules

        // act
        let error = #expect(throws: PolicyError.self) { try RetentionPolicy(yaml: yaml, file: "retention.yaml") }

        // validate
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.field == field)
        #expect(problem.line == line)
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test(
        "each DLP mistake names its field and line",
        arguments: [
            ("    pattern: 'x'\n    scope: all\n    action: block\n", "rules[0].message", 3, "shows the author a message"),
            ("    pattern: 'x'\n    scope: all\n    action: flag\n    message: hi\n", "rules[0].message", 7, "flag is silent"),
            ("    pattern: 'x'\n    validator: visa\n    scope: all\n    action: flag\n", "rules[0].validator", 5, "use one of luhn, iban"),
            ("    pattern: '[0-9'\n    scope: all\n    action: flag\n", "rules[0].pattern", 4, "not a valid regular expression"),
            ("    pattern: '\\d*'\n    scope: all\n    action: flag\n", "rules[0].pattern", 4, "matches empty text"),
            ("    pattern: 'x'\n    scope: direct\n    action: flag\n", "rules[0].scope", 5, "use all, or visibilities"),
            ("    pattern: 'x'\n    scope:\n      visibilities: [direct, secret]\n    action: flag\n", "rules[0].scope.visibilities[1]", 6, "not a visibility"),
            ("    pattern: 'x'\n    scope:\n      visibilities: []\n    action: flag\n", "rules[0].scope.visibilities", 6, "one or more values"),
            ("    pattern: 'x'\n    scope:\n      groups: [Finance Team]\n    action: flag\n", "rules[0].scope.groups[0]", 6, "not a group slug"),
            ("    pattern: 'x'\n    scope:\n      group: [finance]\n    action: flag\n", "rules[0].scope.group", 6, "unknown field"),
            ("    pattern: 'x'\n    scope: all\n    action: stop\n", "rules[0].action", 6, "use block, warn or flag"),
        ]
    )
    func dlpMistake(fields: String, field: String, line: Int, message: String) throws {
        // setup
        let yaml = "version: 1\nrules:\n  - name: r\n" + fields

        // act
        let error = #expect(throws: PolicyError.self) { try DLPPolicy(yaml: yaml, file: "dlp.yaml") }

        // validate
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.field == field)
        #expect(problem.line == line)
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test(
        "the top of a file needs version 1 and a list of rules",
        arguments: [
            ("rules: []\n", "version", 1, "missing"),
            ("version: 2\nrules: []\n", "version", 1, "expected 1"),
            ("version: 1\n", "rules", 1, "missing"),
            ("version: 1\nrules:\n  name: a\n", "rules", 3, "expected a list"),
            ("version: 1\nrules: []\ndefaults: {}\n", "defaults", 3, "unknown field"),
            ("- version: 1\n", nil, 1, "expected fields"),
            ("", nil, nil, "empty"),
            ("version: 1\nrules: [\n  - name: a\n", nil, 3, "not valid YAML"),
            ("version: 1\nrules:\n  - name: a\n  scope: exports\n", nil, 4, "block collection that starts on line 3"),
            ("version: 1\nversion: 1\nrules: []\n", nil, 1, "given twice"),
        ] as [(String, String?, Int?, String)]
    )
    func fileShape(yaml: String, field: String?, line: Int?, message: String) throws {
        // act
        let error = #expect(throws: PolicyError.self) { try RetentionPolicy(yaml: yaml, file: "retention.yaml") }

        // validate
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.field == field)
        #expect(problem.line == line)
        #expect(problem.message.contains(message), "\(problem.message)")
    }
}
