import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (libs/records): append-only and hash-chained. A trigger numbers each row under a
 * lock (so numbers follow the chain even with concurrent writers) and stores the SHA-256 of the
 * previous row's hash and this row's content; another refuses UPDATE, DELETE and TRUNCATE. Only
 * the retention job may delete, and only with `hub.audit_retention` set in its transaction, from
 * the oldest end. `audit_log_hash` is the one definition of a row's hash, used by the trigger and
 * by `npm run hub -- audit-verify`.
 */
export class AuditLog1764410000000 implements MigrationInterface {
  name = 'AuditLog1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
        network_id uuid,
        subject_id uuid,
        ip text,
        detail jsonb NOT NULL DEFAULT '{}',
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE INDEX audit_log_at_idx ON audit_log (at);
      CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq);
      CREATE INDEX audit_log_subject_idx ON audit_log (subject_id, seq);
      CREATE INDEX audit_log_network_idx ON audit_log (network_id, seq);
      CREATE INDEX audit_log_action_idx ON audit_log (action, seq);

      CREATE FUNCTION audit_log_hash(r audit_log) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|',
          r.prev_hash, r.seq::text, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce(r.actor_id::text, ''), r.action, coalesce(r.network_id::text, ''), coalesce(r.subject_id::text, ''),
          coalesce(r.ip, ''), r.detail::text), 'UTF8')), 'hex')
      $$;

      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last record;
      BEGIN
        -- One writer at a time until commit: the next number and the previous hash belong together.
        PERFORM pg_advisory_xact_lock(hashtext('audit_log'));
        SELECT seq, hash INTO last FROM audit_log ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        NEW.at := clock_timestamp();
        NEW.prev_hash := coalesce(last.hash, '');
        NEW.hash := audit_log_hash(NEW);
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('hub.audit_retention', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION audit_log_hash(audit_log) CASCADE;
      DROP TABLE audit_log;
      DROP FUNCTION audit_log_append_only();
      DROP FUNCTION audit_log_chain();
    `);
  }
}
