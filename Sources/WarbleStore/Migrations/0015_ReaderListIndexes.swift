extension Migration {
    /// A reader's favourites and bookmarks are listed newest first; without these indexes each page
    /// read and sorted all of that reader's rows (2,348 for the busiest reader of the benchmark data).
    static let readerListIndexes = Migration(version: 15, name: "reader list indexes", statements: [
        "CREATE INDEX favourites_account_idx ON favourites (account_id, id DESC)",
        "CREATE INDEX bookmarks_account_idx ON bookmarks (account_id, id DESC)",
    ])
}
