import Testing
import WarbleCore
import WarblePolicy

@Suite("The policies Warble ships in Policies/")
struct ShippedPoliciesTests {
    @Test("load without a problem and say what the README promises")
    func loadCleanly() throws {
        // setup
        let directory = PolicyFixtures.shippedDirectory

        // act
        let policies = try PolicyLoader.load(directory: directory)

        // validate
        let retention = Dictionary(uniqueKeysWithValues: policies.retention.rules.map { ($0.name, $0) })
        #expect(retention["deleted-posts"]?.scope == .deletedPosts)
        #expect(retention["deleted-posts"]?.keep.description == "P30D")
        #expect(retention["deleted-posts"]?.action == .purge)
        #expect(retention["direct-posts"]?.keep.description == "P1Y")
        #expect(retention["direct-posts"]?.action == .delete)
        #expect(retention["suspended-accounts"]?.keep.description == "P2Y")
        #expect(retention["audit-log"]?.keep.description == "P7Y")
        #expect(retention["exports"]?.keep.description == "P90D")
        #expect(policies.retention.rule(for: PostFacts(visibility: .public)) == nil, "posts nobody deleted are kept by default")
        #expect(policies.dlp.rules.map(\.name) == ["payment-card", "aws-access-key", "password-assignment", "iban"])
        #expect(policies.digest.count == 64)
    }

    @Test("block cards and keys, warn about passwords, flag IBANs")
    func defaultDLP() throws {
        // setup
        let scanner = DLPScanner(policy: try PolicyLoader.load(directory: PolicyFixtures.shippedDirectory).dlp)
        let post = DLPContext(visibility: .public)

        // act
        let card = scanner.scan(text: "Use 4111 1111 1111 1111 for the team lunch", context: post)
        let orderNumber = scanner.scan(text: "Order 4111 1111 1111 1112 has shipped", context: post)
        let key = scanner.scan(text: "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", context: post)
        let password = scanner.scan(text: "The wifi Password: Tr0ub4dor&3", context: post)
        let iban = scanner.scan(text: "Please pay to GB82 WEST 1234 5698 7654 32 by Friday", context: post)

        // validate
        #expect(card.decision?.keyword == "block")
        #expect(card.decision?.message?.contains("payment card number") == true)
        #expect(orderNumber.findings.isEmpty)
        #expect(key.findings.map(\.rule) == ["aws-access-key"])
        #expect(key.decision?.keyword == "block")
        #expect(password.decision?.keyword == "warn")
        #expect(iban.findings.map(\.rule) == ["iban"])
        #expect(iban.decision == .flag)
    }
}
