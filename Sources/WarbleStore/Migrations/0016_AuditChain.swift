extension Migration {
    /// The audit log becomes a hash chain. Each row carries the previous row's hash and its own:
    /// SHA-256 over the previous hash and the row's canonical form (``AuditChain``). A trigger
    /// assigns the sequence and the hashes while holding the one-row `audit_chain_tail` locked, so
    /// appends from concurrent transactions form one chain in sequence order (the lock is held to
    /// the end of the appending transaction: append audit rows last). Rows that exist already are
    /// chained here, oldest first. The only deletion the database allows is a prefix removed by
    /// `warble_audit_prune`, which leaves an `audit.pruned` anchor row naming the removed range's
    /// last hash, so the chain that remains still verifies.
    static let auditChain = Migration(version: 16, name: "audit chain", statements: [
        """
        CREATE FUNCTION warble_audit_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN value IS NULL THEN '\\x2d0a'::bytea
                ELSE convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':', 'UTF8') || convert_to(value, 'UTF8') || '\\x0a'::bytea END
        $$
        """,
        """
        CREATE FUNCTION warble_audit_canonical(
            sequence bigint, occurred_at timestamptz, actor_account_id bigint, actor_role text,
            actor_address text, action text, target text, details jsonb
        ) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
            SELECT convert_to('warble-audit-v1' || chr(10), 'UTF8')
                || warble_audit_field(sequence::text)
                || warble_audit_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                || warble_audit_field(actor_account_id::text)
                || warble_audit_field(actor_role)
                || warble_audit_field(actor_address)
                || warble_audit_field(action)
                || warble_audit_field(target)
                || warble_audit_field(details::text)
        $$
        """,
        "ALTER TABLE audit_log ADD COLUMN previous_hash bytea, ADD COLUMN hash bytea",
        "ALTER TABLE audit_log ALTER COLUMN sequence DROP DEFAULT",
        """
        CREATE TABLE audit_chain_tail (
            single boolean PRIMARY KEY DEFAULT true CHECK (single),
            sequence bigint NOT NULL,
            hash bytea NOT NULL
        )
        """,
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        """
        DO $$
        DECLARE
            row record;
            tail_sequence bigint := 0;
            tail_hash bytea := '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
        BEGIN
            FOR row IN SELECT * FROM audit_log ORDER BY sequence LOOP
                UPDATE audit_log SET previous_hash = tail_hash,
                    hash = sha256(tail_hash || warble_audit_canonical(row.sequence, row.occurred_at,
                        row.actor_account_id, row.actor_role, row.actor_address, row.action, row.target, row.details))
                WHERE sequence = row.sequence
                RETURNING sequence, hash INTO tail_sequence, tail_hash;
            END LOOP;
            INSERT INTO audit_chain_tail (sequence, hash) VALUES (tail_sequence, tail_hash);
        END
        $$
        """,
        "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only",
        "ALTER TABLE audit_log ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL",
        """
        CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            tail_hash bytea;
        BEGIN
            SELECT hash INTO STRICT tail_hash FROM audit_chain_tail FOR UPDATE;
            NEW.sequence := nextval(pg_get_serial_sequence('audit_log', 'sequence'));
            NEW.previous_hash := tail_hash;
            NEW.hash := sha256(tail_hash || warble_audit_canonical(NEW.sequence, NEW.occurred_at,
                NEW.actor_account_id, NEW.actor_role, NEW.actor_address, NEW.action, NEW.target, NEW.details));
            UPDATE audit_chain_tail SET sequence = NEW.sequence, hash = NEW.hash;
            RETURN NEW;
        END
        $$
        """,
        "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()",
        """
        CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND OLD.sequence <= coalesce(nullif(current_setting('warble.audit_prune_through', true), '')::bigint, 0) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
        END
        $$
        """,
        """
        CREATE FUNCTION warble_audit_prune(through bigint, reason text) RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            last_hash bytea;
            first_sequence bigint;
            removed bigint;
        BEGIN
            SELECT hash INTO last_hash FROM audit_log WHERE sequence <= through ORDER BY sequence DESC LIMIT 1;
            IF last_hash IS NULL THEN
                RETURN 0;
            END IF;
            IF through >= (SELECT sequence FROM audit_chain_tail) THEN
                RAISE EXCEPTION 'the newest audit row cannot be pruned';
            END IF;
            SELECT min(sequence) INTO first_sequence FROM audit_log;
            PERFORM set_config('warble.audit_prune_through', through::text, true);
            DELETE FROM audit_log WHERE sequence <= through;
            GET DIAGNOSTICS removed = ROW_COUNT;
            PERFORM set_config('warble.audit_prune_through', '', true);
            INSERT INTO audit_log (action, target, details) VALUES ('audit.pruned', through::text,
                jsonb_build_object('first_sequence', first_sequence::text, 'through_sequence', through::text,
                    'rows', removed::text, 'last_hash', encode(last_hash, 'hex'), 'reason', reason));
            RETURN removed;
        END
        $$
        """,
        "CREATE INDEX audit_log_actor_idx ON audit_log (actor_account_id, sequence)",
        "CREATE INDEX audit_log_target_idx ON audit_log (target, sequence)",
    ])
}
