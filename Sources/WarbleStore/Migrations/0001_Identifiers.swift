extension Migration {
    /// Time-ordered 64-bit identifiers made by the database, so that every instance of the server
    /// draws from one source: milliseconds since the Unix epoch in the high 48 bits, a sequence in
    /// the low 16, which keeps ids unique within a millisecond and sortable by creation time.
    static let identifiers = Migration(version: 1, name: "time-ordered identifiers", statements: [
        "CREATE SEQUENCE warble_id_sequence AS bigint CYCLE",
        """
        CREATE FUNCTION warble_next_id() RETURNS bigint LANGUAGE sql VOLATILE AS $$
            SELECT (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint << 16)
                 | (nextval('warble_id_sequence') & 65535)
        $$
        """,
        """
        CREATE FUNCTION warble_id_time(id bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
            SELECT to_timestamp((id >> 16) / 1000.0)
        $$
        """,
    ])
}
