extension Migration {
    /// Exports requested through the API (and the compliance console) run as background jobs:
    /// a queue in PostgreSQL that any instance claims with `FOR UPDATE SKIP LOCKED`, with
    /// progress, the finished archive's file name and SHA-256, or the error. A job whose instance
    /// stopped while running is taken up again (`heartbeat_at` stops moving).
    static let exportJobs = Migration(version: 19, name: "export jobs", statements: [
        """
        CREATE TABLE export_jobs (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            requested_by bigint NOT NULL REFERENCES accounts (id),
            selection jsonb NOT NULL,
            custodian_names text[] NOT NULL DEFAULT '{}',
            group_names text[] NOT NULL DEFAULT '{}',
            state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
            posts_done integer NOT NULL DEFAULT 0,
            posts_total integer,
            file_name text,
            sha256 text,
            error text,
            attempts integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL DEFAULT now(),
            started_at timestamptz,
            heartbeat_at timestamptz,
            finished_at timestamptz
        )
        """,
        "CREATE INDEX export_jobs_waiting_idx ON export_jobs (id) WHERE state IN ('queued', 'running')",
    ])
}
