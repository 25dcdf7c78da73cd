import Foundation
import PostgresNIO

/// The shared request counters behind rate limiting.
public struct RateLimitRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Adds this instance's counts for one window and returns the totals of every instance.
    public func add(_ counts: [String: Int], windowStart: Date) async throws -> [String: Int] {
        guard !counts.isEmpty else { return [:] }
        let keys = Array(counts.keys)
        let values = keys.map { Int64(counts[$0] ?? 0) }
        let rows = try await database.rows("""
            INSERT INTO rate_limit_counters (key, window_start, count)
            SELECT k, \(windowStart), c FROM unnest(\(keys)::text[], \(values)::bigint[]) AS t(k, c)
            ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + excluded.count
            RETURNING key, count
            """)
        return Dictionary(uniqueKeysWithValues: try rows.map { row in
            let (key, count) = try row.decode((String, Int64).self)
            return (key, Int(count))
        })
    }

    /// Forgets windows that ended before `cutoff`.
    public func removeWindows(before cutoff: Date) async throws {
        try await database.execute("DELETE FROM rate_limit_counters WHERE window_start < \(cutoff)")
    }
}
