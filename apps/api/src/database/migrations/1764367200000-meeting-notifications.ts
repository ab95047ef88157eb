import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications about meetings: invitations, changes, cancellations, published minutes. */
export class MeetingNotifications1764367200000 implements MigrationInterface {
  name = 'MeetingNotifications1764367200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification ADD COLUMN meeting_id uuid REFERENCES meeting(id) ON DELETE CASCADE;
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('mention', 'reply', 'announcement', 'join_request', 'meeting_announced', 'meeting_changed', 'meeting_cancelled', 'minutes_published'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notification WHERE meeting_id IS NOT NULL;
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('mention', 'reply', 'announcement', 'join_request'));
      ALTER TABLE notification DROP COLUMN meeting_id;
    `);
  }
}
