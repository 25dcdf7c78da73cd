import Testing
import WarbleCore
import WarblePolicy

@Suite("Which retention rule decides about a post")
struct RetentionPrecedenceTests {
    static let legal = "cn=legal,ou=groups,dc=example,dc=com"
    static let engineering = "cn=engineering,ou=groups,dc=example,dc=com"
    static let security = "cn=security,ou=groups,dc=example,dc=com"
    static let operations = "cn=operations,ou=groups,dc=example,dc=com"

    static func policy() throws -> RetentionPolicy {
        func rule(_ name: String, _ scope: RetentionScope, _ keep: String, _ action: RetentionAction = .delete) throws -> RetentionRule {
            RetentionRule(name: name, scope: scope, keep: try RetentionDuration(keep), action: action)
        }
        return RetentionPolicy(rules: [
            try rule("all", .allPosts, "P5Y"),
            try rule("direct", .directPosts, "P1Y"),
            try rule("engineering", .directoryGroup("engineering"), "P1Y"),
            try rule("legal", .directoryGroup("CN=Legal, OU=Groups, DC=example, DC=com"), "P10Y"),
            try rule("security", .directoryGroup("security"), "P3Y"),
            try rule("operations", .directoryGroup("operations"), "12m"),
            try rule("trading", .group("trading-desk"), "P7Y"),
            try rule("suspended", .suspendedAccounts, "P2Y", .purge),
            try rule("deleted", .deletedPosts, "30d", .purge),
            try rule("audit", .auditLog, "P7Y", .purge),
            try rule("attachments", .attachments, "P3Y", .purge),
        ])
    }

    @Test(
        "the most specific scope wins",
        arguments: [
            (PostFacts(visibility: .public), "all"),
            (PostFacts(visibility: .private), "all"),
            (PostFacts(visibility: .direct), "direct"),
            (PostFacts(visibility: .public, group: "trading-desk"), "trading"),
            (PostFacts(visibility: .public, group: "book-club"), "all"),
            (PostFacts(visibility: .direct, authorDirectoryGroups: [legal]), "legal"),
            (PostFacts(visibility: .public, group: "trading-desk", authorDirectoryGroups: [legal]), "trading"),
            (PostFacts(visibility: .public, group: "trading-desk", isAuthorSuspended: true), "suspended"),
            (PostFacts(visibility: .direct, isDeleted: true), "deleted"),
            (PostFacts(visibility: .public, group: "trading-desk", authorDirectoryGroups: [legal], isDeleted: true, isAuthorSuspended: true), "deleted"),
            (PostFacts(visibility: .public, authorDirectoryGroups: ["cn=engineering-managers,ou=groups,dc=example,dc=com"]), "all"),
            (PostFacts(visibility: .public, authorDirectoryGroups: ["cn=marketing,ou=groups,dc=example,dc=com"]), "all"),
        ]
    )
    func mostSpecific(post: PostFacts, expected: String) throws {
        // setup
        let policy = try Self.policy()

        // act
        let rule = policy.rule(for: post)

        // validate
        #expect(rule?.name == expected)
    }

    @Test(
        "among directory groups, the rule that keeps longest wins, then the first in the file",
        arguments: [
            ([engineering, security], "security"),
            ([security, engineering], "security"),
            ([operations, engineering], "engineering"),
            ([engineering, legal, security], "legal"),
        ]
    )
    func directoryGroups(groups: [String], expected: String) throws {
        // setup
        let policy = try Self.policy()

        // act
        let rule = policy.rule(for: PostFacts(visibility: .public, authorDirectoryGroups: groups))

        // validate
        #expect(rule?.name == expected)
    }

    @Test("without a more specific rule a post falls to the next one, or is kept")
    func fallThrough() throws {
        // setup
        let policy = RetentionPolicy(rules: [RetentionRule(name: "direct", scope: .directPosts, keep: try RetentionDuration("P1Y"), action: .delete)])

        // act
        let deletedDirect = policy.rule(for: PostFacts(visibility: .direct, isDeleted: true))
        let publicPost = policy.rule(for: PostFacts(visibility: .public))

        // validate
        #expect(deletedDirect?.name == "direct")
        #expect(publicPost == nil)
    }

    @Test("content that is not a post has its own rule, found by scope")
    func byScope() throws {
        // setup
        let policy = try Self.policy()

        // act
        let audit = policy.rule(for: .auditLog)
        let exports = policy.rule(for: .exports)
        let legal = policy.rule(for: .directoryGroup(Self.legal))

        // validate
        #expect(audit?.name == "audit")
        #expect(exports == nil)
        #expect(legal?.name == "legal")
        #expect(policy.rule(for: PostFacts(visibility: .public))?.scope != .attachments)
    }
}
