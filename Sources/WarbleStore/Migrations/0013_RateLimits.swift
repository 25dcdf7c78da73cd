extension Migration {
    /// Request counts per rate-limit key and window, shared by every instance: each instance
    /// counts locally and adds its counts here about once a second.
    static let rateLimits = Migration(version: 13, name: "rate limits", statements: [
        """
        CREATE TABLE rate_limit_counters (
            key text NOT NULL,
            window_start timestamptz NOT NULL,
            count bigint NOT NULL,
            PRIMARY KEY (key, window_start)
        )
        """,
    ])
}
