import Foundation

/// A migration as the database recorded it.
public struct AppliedMigration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let checksum: String
    public let appliedAt: Date
}

/// The schema's state: what the database has applied, what this build would add, and anything that
/// does not match.
public struct MigrationStatus: Sendable {
    public let applied: [AppliedMigration]
    public let pending: [Migration]
    /// Applied migrations whose statements changed since (someone edited a landed migration).
    public let changed: [AppliedMigration]
    /// Applied migrations this build does not know: the database belongs to a newer Warble.
    public let unknown: [AppliedMigration]

    init(known: [Migration], recorded: [AppliedMigration]) {
        let byVersion = Dictionary(uniqueKeysWithValues: known.map { ($0.version, $0) })
        let recordedVersions = Set(recorded.map(\.version))
        applied = recorded
        pending = known.filter { !recordedVersions.contains($0.version) }
        changed = recorded.filter { record in byVersion[record.version].map { $0.checksum != record.checksum } ?? false }
        unknown = recorded.filter { byVersion[$0.version] == nil }
    }

    public var isUpToDate: Bool { pending.isEmpty && changed.isEmpty && unknown.isEmpty }

    func checkConsistent() throws(MigrationError) {
        if let newer = unknown.first { throw .databaseIsNewer(version: newer.version, name: newer.name) }
        if let edited = changed.first { throw .changedAfterApplying(version: edited.version, name: edited.name) }
    }
}

/// Why the schema could not be brought up to date.
public enum MigrationError: Error, CustomStringConvertible, Sendable {
    case databaseIsNewer(version: Int, name: String)
    case changedAfterApplying(version: Int, name: String)
    case failed(migration: Migration, reason: String)

    public var description: String {
        switch self {
        case .databaseIsNewer(let version, let name):
            "the database has migration \(version) (\(name)), which this build of Warble does not know: it was migrated by a newer version"
        case .changedAfterApplying(let version, let name):
            "migration \(version) (\(name)) was edited after the database applied it; migrations must never change once landed"
        case .failed(let migration, let reason):
            "migration \(migration.version) (\(migration.name)) failed and was rolled back: \(reason)"
        }
    }
}
