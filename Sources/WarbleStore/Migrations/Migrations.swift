/// The schema's history, oldest first. Add a new file and a new entry for every change; never edit
/// or reorder an entry that has landed.
public enum Migrations {
    public static let all: [Migration] = [
        .identifiers,
        .accounts,
        .follows,
        .posts,
        .identity,
        .browserSessions,
        .microblogging,
        .search,
        .groups,
        .listsAndConversations,
        .media,
        .markers,
        .rateLimits,
        .accountStatistics,
        .readerListIndexes,
        .auditChain,
        .legalHolds,
        .dlp,
        .exportJobs,
    ]
}
