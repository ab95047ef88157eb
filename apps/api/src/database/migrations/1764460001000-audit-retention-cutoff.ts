import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's retention opening, narrowed. Before, any DELETE passed once the transaction set
 * `hub.audit_retention` to 'on', so whoever set it could remove any row, the newest included. Now
 * the setting carries the retention cutoff (a timestamp) and only rows written before it may be
 * deleted: the purge from the oldest end that the retention job does. Anything else (a value that
 * is not a finite timestamp, the old 'on', a row at or after the cutoff, UPDATE, TRUNCATE) is refused.
 */
export class AuditRetentionCutoff1764460001000 implements MigrationInterface {
  name = 'AuditRetentionCutoff1764460001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cutoff text := current_setting('hub.audit_retention', true);
      BEGIN
        IF TG_OP = 'DELETE' AND cutoff IS NOT NULL AND pg_input_is_valid(cutoff, 'timestamptz')
           AND isfinite(cutoff::timestamptz) AND OLD.at < cutoff::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('hub.audit_retention', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
    `);
  }
}
