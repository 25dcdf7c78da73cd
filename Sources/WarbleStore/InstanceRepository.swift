/// Figures about the whole installation, for the instance metadata clients read.
public struct InstanceRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Active (not suspended) accounts and visible posts.
    public func statistics() async throws -> (accounts: Int, posts: Int) {
        let row = try await database.rows("""
            SELECT (SELECT count(*) FROM accounts WHERE suspended_at IS NULL), (SELECT count(*) FROM posts WHERE deleted_at IS NULL)
            """)[0]
        return try row.decode((Int, Int).self)
    }
}
