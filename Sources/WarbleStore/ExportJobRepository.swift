import Foundation
import PostgresNIO

/// The queue of background exports (migration 19). Any instance claims the oldest waiting job
/// with `FOR UPDATE SKIP LOCKED`; a running job whose heartbeat is older than `staleAfter` (its
/// instance stopped) is claimed again, up to three attempts.
public struct ExportJobRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func enqueue(_ selection: ExportSelection, custodianNames: [String], groupNames: [String], requestedBy: Int64) async throws -> ExportJob {
        let json = String(decoding: try JSONEncoder().encode(selection), as: UTF8.self)
        return try await database.rows("""
            INSERT INTO export_jobs (requested_by, selection, custodian_names, group_names)
            VALUES (\(requestedBy), \(json)::jsonb, \(custodianNames), \(groupNames)) RETURNING \(unescaped: Self.columns)
            """).map(Self.job)[0]
    }

    /// Takes the next job to run, or nil when none waits.
    public func claim(staleAfter: TimeInterval = 300) async throws -> ExportJob? {
        let stale = Date().addingTimeInterval(-staleAfter)
        return try await database.rows("""
            UPDATE export_jobs SET state = 'running', started_at = now(), heartbeat_at = now(), attempts = attempts + 1
            WHERE id = (
                SELECT id FROM export_jobs
                WHERE (state = 'queued' OR (state = 'running' AND heartbeat_at < \(stale))) AND attempts < 3
                ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1
            )
            RETURNING \(unescaped: Self.columns)
            """).first.map(Self.job)
    }

    /// Records progress (and that the job's instance is alive).
    public func progress(id: Int64, done: Int, total: Int) async throws {
        try await database.execute("UPDATE export_jobs SET posts_done = \(done), posts_total = \(total), heartbeat_at = now() WHERE id = \(id)")
    }

    public func finish(id: Int64, fileName: String, sha256: String, posts: Int) async throws {
        try await database.execute("""
            UPDATE export_jobs SET state = 'done', file_name = \(fileName), sha256 = \(sha256), posts_done = \(posts), posts_total = \(posts),
                finished_at = now(), heartbeat_at = now()
            WHERE id = \(id)
            """)
    }

    public func fail(id: Int64, error: String) async throws {
        try await database.execute("UPDATE export_jobs SET state = 'failed', error = \(error), finished_at = now() WHERE id = \(id)")
    }

    /// Finished exports whose archive is still kept and that finished before `cutoff`.
    public func kept(finishedBefore cutoff: Date) async throws -> [ExportJob] {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM export_jobs WHERE state = 'done' AND file_name IS NOT NULL AND finished_at < \(cutoff) ORDER BY id
            """).map(Self.job)
    }

    /// Records that a job's archive was removed, and why; the row stays as the record of the export.
    public func forget(id: Int64, reason: String) async throws {
        try await database.execute("UPDATE export_jobs SET file_name = NULL, error = \(reason) WHERE id = \(id)")
    }

    public func find(id: Int64) async throws -> ExportJob? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM export_jobs WHERE id = \(id)").first.map(Self.job)
    }

    /// The newest jobs first.
    public func list(limit: Int) async throws -> [ExportJob] {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM export_jobs ORDER BY id DESC LIMIT \(limit)").map(Self.job)
    }

    static let columns = """
        id, requested_by, selection::text, custodian_names, group_names, state, posts_done, posts_total, file_name, sha256, error, created_at, finished_at
        """

    static func job(_ row: PostgresRow) throws -> ExportJob {
        let random = row.makeRandomAccess()
        let selection = try JSONDecoder().decode(ExportSelection.self, from: Data(try random[2].decode(String.self).utf8))
        return ExportJob(
            id: try random[0].decode(Int64.self), requestedBy: try random[1].decode(Int64.self), selection: selection,
            custodianNames: try random[3].decode([String].self), groupNames: try random[4].decode([String].self),
            state: ExportJob.State(rawValue: try random[5].decode(String.self)) ?? .failed, postsDone: Int(try random[6].decode(Int32.self)),
            postsTotal: try random[7].decode(Int32?.self).map(Int.init), fileName: try random[8].decode(String?.self), sha256: try random[9].decode(String?.self),
            error: try random[10].decode(String?.self), createdAt: try random[11].decode(Date.self), finishedAt: try random[12].decode(Date?.self)
        )
    }
}
