import Foundation
import Testing
import WarbleCore
import WarblePolicy
import WarbleStore
import WarbleTestSupport

/// What the DLP tests share: the shipped rules' messages, and the rows where a secret must never
/// appear.
enum DLPTestSupport {
    /// A Visa test number that passes the Luhn check, and one that does not.
    static let cardNumber = "4111 1111 1111 1111"
    static let notACardNumber = "4111 1111 1111 1112"
    /// A German IBAN with valid check digits, printed in groups and compact.
    static let iban = "DE89 3704 0044 0532 0130 00"
    static let compactIBAN = "DE89370400440532013000"

    /// The message the shipped `dlp.yaml` gives for rule `name`.
    static func shippedMessage(_ name: String) throws -> String {
        let policies = try PolicyLoader.load(directory: TestPolicies.shipped)
        return try #require(policies.dlp.rules.first { $0.name == name }?.action.message)
    }

    /// Every audit row and every DLP flag as text, to check that no secret was copied into them.
    static func recordedText(in database: TestDatabase) async throws -> String {
        try await database.withDatabase { database in
            let audit = try await database.rows("SELECT row_to_json(a)::text FROM audit_log a").map { try $0.decode(String.self) }
            let flags = try await database.rows("SELECT row_to_json(f)::text FROM dlp_flags f").map { try $0.decode(String.self) }
            return (audit + flags).joined(separator: "\n")
        }
    }

    /// The audit rows with `action`, newest first.
    static func audited(_ action: String, in database: TestDatabase) async throws -> [AuditEvent] {
        try await database.withDatabase { try await AuditRepository(database: $0).recent(action: action) }
    }

    /// How many posts `member` has, deleted or not.
    static func postCount(of member: Member, in database: TestDatabase) async throws -> Int {
        try await database.withDatabase { try await $0.rows("SELECT count(*)::int FROM posts WHERE account_id = \(Int64(member.id)!)").first?.decode(Int.self) ?? -1 }
    }
}
