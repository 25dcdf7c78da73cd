import Foundation
import PostgresNIO

/// A reader's place in a timeline.
public struct Marker: Sendable, Equatable {
    public var timeline: String
    public var lastReadID: Int64
    public var version: Int
    public var updatedAt: Date
}

/// Markers in PostgreSQL: each save bumps the version, as Mastodon's do.
public struct MarkerRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public static let timelines: Set<String> = ["home", "notifications"]

    public func markers(for accountID: Int64, timelines: [String]) async throws -> [Marker] {
        try await database.rows("""
            SELECT timeline, last_read_id, version, updated_at FROM markers WHERE account_id = \(accountID) AND timeline = ANY(\(timelines)::text[])
            """).map(Self.marker)
    }

    public func save(for accountID: Int64, timeline: String, lastReadID: Int64) async throws -> Marker {
        try await database.rows("""
            INSERT INTO markers (account_id, timeline, last_read_id) VALUES (\(accountID), \(timeline), \(lastReadID))
            ON CONFLICT (account_id, timeline) DO UPDATE SET last_read_id = excluded.last_read_id, version = markers.version + 1, updated_at = now()
            RETURNING timeline, last_read_id, version, updated_at
            """).map(Self.marker)[0]
    }

    static func marker(_ row: PostgresRow) throws -> Marker {
        let (timeline, last, version, updated) = try row.decode((String, Int64, Int, Date).self)
        return Marker(timeline: timeline, lastReadID: last, version: version, updatedAt: updated)
    }
}
