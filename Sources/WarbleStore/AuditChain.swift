import Crypto
import Foundation

/// How an audit row is hashed: SHA-256 over the previous row's hash followed by the row's
/// canonical form. The database computes it when a row is appended (migration 16); this is the
/// independent recomputation that `warblectl audit verify` and exports rely on.
///
/// The canonical form is the line `warble-audit-v1`, then one line per field in a fixed order —
/// sequence, time (UTC, microseconds, `2026-11-25T07:46:44.123456Z`), actor account id, actor role,
/// actor address, action, target, details (PostgreSQL's text form of the `jsonb`) — each written as
/// `<UTF-8 byte length>:<value>\n`, or `-\n` when the field is empty (NULL).
public enum AuditChain {
    /// The previous hash of the very first row.
    public static let genesis = Data(repeating: 0, count: 32)

    /// The canonical bytes of one row.
    public static func canonicalForm(of record: AuditRecord) -> Data {
        var bytes = Data("warble-audit-v1\n".utf8)
        let fields: [String?] = [
            String(record.sequence), record.occurredAt, record.actorAccountID.map(String.init), record.actorRole,
            record.actorAddress, record.action, record.target, record.details,
        ]
        for field in fields {
            guard let field else {
                bytes.append(contentsOf: Array("-\n".utf8))
                continue
            }
            let value = Array(field.utf8)
            bytes.append(contentsOf: Array("\(value.count):".utf8))
            bytes.append(contentsOf: value)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The hash a row must carry, given the hash it follows.
    public static func hash(of record: AuditRecord, after previousHash: Data) -> Data {
        var hasher = SHA256()
        hasher.update(data: previousHash)
        hasher.update(data: canonicalForm(of: record))
        return Data(hasher.finalize())
    }
}

extension Data {
    /// Lower-case hexadecimal, as hashes are shown to people and written into exports.
    public var hexString: String {
        map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
