import Crypto
import Foundation

/// One step of the schema: a number, a name and the SQL statements that take the database from the
/// previous step to this one. Migrations are append-only: once one has landed it is never edited,
/// and its checksum lets ``Migrator`` notice if it was.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    /// Run in order inside one transaction; one statement each, because the extended query
    /// protocol takes one statement at a time.
    public let statements: [String]

    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }

    /// SHA-256 over the statements, hex-encoded.
    public var checksum: String {
        Data(SHA256.hash(data: Array(statements.joined(separator: "\n;\n").utf8))).hexString
    }
}
