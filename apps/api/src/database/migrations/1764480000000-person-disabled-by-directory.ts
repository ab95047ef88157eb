import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a person's disabling came from their municipality's directory alone (SCIM). The directory
 * may enable only those again: someone the secretariat disabled by hand stays disabled, whatever the
 * directory sends, until the secretariat enables them. People disabled before count as the hub's.
 */
export class PersonDisabledByDirectory1764480000000 implements MigrationInterface {
  name = 'PersonDisabledByDirectory1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN disabled_by_directory boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP COLUMN disabled_by_directory`);
  }
}
