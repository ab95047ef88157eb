import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's head: the number and hash of the newest row ever written, kept apart from the
 * rows. Before this, the chain trigger took them from the newest remaining row, so a retention run
 * that purged every row made the log start again at number 1 with an empty previous hash (a purged
 * log looked like a new one). Now numbering and chaining continue across any purge, and
 * `audit-verify` also checks that the newest row is the head (rows removed from the end are found).
 */
export class AuditLogHead1764450000000 implements MigrationInterface {
  name = 'AuditLogHead1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq bigint NOT NULL,
        hash text NOT NULL
      );
      INSERT INTO audit_log_head (seq, hash)
        SELECT coalesce(max(seq), 0), coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '') FROM audit_log;

      CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head record;
      BEGIN
        -- One writer at a time until commit: the row lock on the head orders the writers, and the
        -- next number and the previous hash belong together.
        SELECT seq, hash INTO head FROM audit_log_head FOR UPDATE;
        NEW.seq := head.seq + 1;
        NEW.at := clock_timestamp();
        NEW.prev_hash := head.hash;
        NEW.hash := audit_log_hash(NEW);
        UPDATE audit_log_head SET seq = NEW.seq, hash = NEW.hash;
        RETURN NEW;
      END $$;

      -- The head only moves with a new row.
      CREATE FUNCTION audit_log_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.seq = OLD.seq + 1 THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log_head only moves with a new audit_log row: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_log_head_guard BEFORE UPDATE OR DELETE OR INSERT ON audit_log_head
        FOR EACH ROW EXECUTE FUNCTION audit_log_head_guard();
      CREATE TRIGGER audit_log_head_no_truncate BEFORE TRUNCATE ON audit_log_head
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_head_guard();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last record;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_log'));
        SELECT seq, hash INTO last FROM audit_log ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last.seq, 0) + 1;
        NEW.at := clock_timestamp();
        NEW.prev_hash := coalesce(last.hash, '');
        NEW.hash := audit_log_hash(NEW);
        RETURN NEW;
      END $$;
      DROP TABLE audit_log_head;
      DROP FUNCTION audit_log_head_guard();
    `);
  }
}
