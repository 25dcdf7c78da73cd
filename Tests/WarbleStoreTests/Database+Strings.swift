import PostgresNIO
import WarbleStore

extension Database {
    /// The first column of every row of `sql`, as text; for checking what a test left behind.
    func strings(_ sql: String) async throws -> [String] {
        try await withConnection { connection in
            var values: [String] = []
            for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "test")).decode(String.self) {
                values.append(value)
            }
            return values
        }
    }
}
