import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications of a proposed agenda item (to the coordinators) and of a new action item (to its owner). */
export class AgendaActionNotifications1764430000000 implements MigrationInterface {
  name = 'AgendaActionNotifications1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('mention', 'reply', 'announcement', 'join_request', 'meeting_announced', 'meeting_changed', 'meeting_cancelled',
                        'minutes_published', 'agenda_proposed', 'action_assigned'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notification WHERE kind IN ('agenda_proposed', 'action_assigned');
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('mention', 'reply', 'announcement', 'join_request', 'meeting_announced', 'meeting_changed', 'meeting_cancelled', 'minutes_published'));
    `);
  }
}
