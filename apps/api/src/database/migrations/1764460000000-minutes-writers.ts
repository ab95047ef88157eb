import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who wrote the minutes: everyone who ever saved them, in order (`written_by`). Before this only
 * the last editor and the publisher were known, so an erasure whose rule removes minutes wiped a
 * meeting's shared minutes whenever the erased person had last touched them. Now minutes are
 * removed only when the person alone wrote them. Minutes saved before this column existed keep
 * `written_by` NULL: who else wrote them cannot be known, so an erasure keeps them.
 */
export class MinutesWriters1764460000000 implements MigrationInterface {
  name = 'MinutesWriters1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_minutes ADD COLUMN written_by uuid[]`);
    // New rows start a known list; rows already there stay NULL (unknown).
    await q.query(`ALTER TABLE meeting_minutes ALTER COLUMN written_by SET DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_minutes DROP COLUMN written_by`);
  }
}
