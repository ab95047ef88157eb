import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Published minutes kept apart from the draft: editing after publishing no longer shows members unpublished text. */
export class PublishedMinutes1764370800000 implements MigrationInterface {
  name = 'PublishedMinutes1764370800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meeting_minutes ADD COLUMN published_body text NOT NULL DEFAULT '', ADD COLUMN published_html text NOT NULL DEFAULT '';
      UPDATE meeting_minutes SET published_body = body, published_html = html WHERE published_at IS NOT NULL;
      DROP TRIGGER meeting_minutes_search ON meeting_minutes;
      CREATE TRIGGER meeting_minutes_search AFTER INSERT OR DELETE OR UPDATE OF published_body, published_at ON meeting_minutes
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_meeting();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER meeting_minutes_search ON meeting_minutes;
      CREATE TRIGGER meeting_minutes_search AFTER INSERT OR DELETE OR UPDATE OF body, published_at ON meeting_minutes
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_meeting();
      ALTER TABLE meeting_minutes DROP COLUMN published_body, DROP COLUMN published_html;
    `);
  }
}
