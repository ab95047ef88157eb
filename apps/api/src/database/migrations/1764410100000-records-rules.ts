import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secretariat's rules for personal data and records (libs/records): what an erasure keeps as
 * a public record (`erasure_rule`), how long each kind of content is kept (`retention_rule`;
 * deleted documents keep their setting in `document_settings`), networks on legal hold (nothing
 * in them is purged), and when a person was erased. Rows exist only for rules the secretariat
 * changed: the defaults and their reasons live in code, next to the purge that applies them.
 */
export class RecordsRules1764410100000 implements MigrationInterface {
  name = 'RecordsRules1764410100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE person ADD COLUMN erased_at timestamptz;
      ALTER TABLE network ADD COLUMN legal_hold_at timestamptz, ADD COLUMN legal_hold_reason text NOT NULL DEFAULT ''
        CHECK (length(legal_hold_reason) <= 500);

      CREATE TABLE erasure_rule (
        kind text PRIMARY KEY CHECK (kind IN ('posts', 'comments', 'network_chat', 'direct_messages', 'documents', 'minutes')),
        keep boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      CREATE TABLE retention_rule (
        kind text PRIMARY KEY CHECK (kind IN ('network_chat', 'direct_messages', 'notifications', 'event_log', 'sessions', 'mail_files', 'audit_log')),
        days integer NOT NULL CHECK (days BETWEEN 1 AND 36500),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      CREATE INDEX message_created_idx ON message (created_at);
      CREATE INDEX notification_created_idx ON notification (created_at);
      CREATE INDEX event_log_created_idx ON event_log (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX event_log_created_idx; DROP INDEX notification_created_idx; DROP INDEX message_created_idx;
      DROP TABLE retention_rule; DROP TABLE erasure_rule;
      ALTER TABLE network DROP COLUMN legal_hold_at, DROP COLUMN legal_hold_reason;
      ALTER TABLE person DROP COLUMN erased_at;
    `);
  }
}
