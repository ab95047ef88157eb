import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Chat messages and meetings (with their agenda items and published minutes) join the search outbox. */
export class SearchMessagesMeetings1764363600000 implements MigrationInterface {
  name = 'SearchMessagesMeetings1764363600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check
        CHECK (kind IN ('person', 'network', 'post', 'document', 'message', 'meeting'));

      CREATE FUNCTION search_outbox_enqueue_message() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (kind, entity_id) VALUES ('message', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER message_search AFTER INSERT OR DELETE OR UPDATE OF body, deleted_at ON message
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_message();

      CREATE FUNCTION search_outbox_enqueue_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rec record;
      BEGIN
        rec := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        -- Separate statements: a record's fields are resolved only when the branch runs.
        IF TG_TABLE_NAME = 'meeting' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('meeting', rec.id);
        ELSE
          INSERT INTO search_outbox (kind, entity_id) VALUES ('meeting', rec.meeting_id);
        END IF;
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER meeting_search AFTER INSERT OR DELETE OR UPDATE OF title, description, location, starts_at, cancelled_at ON meeting
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_meeting();
      CREATE TRIGGER agenda_item_search AFTER INSERT OR DELETE OR UPDATE OF title, details, status ON agenda_item
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_meeting();
      CREATE TRIGGER meeting_minutes_search AFTER INSERT OR DELETE OR UPDATE OF body, published_at ON meeting_minutes
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_meeting();

      INSERT INTO search_outbox (kind, entity_id) SELECT 'message', id FROM message WHERE deleted_at IS NULL;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'meeting', id FROM meeting;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER meeting_minutes_search ON meeting_minutes; DROP TRIGGER agenda_item_search ON agenda_item;
      DROP TRIGGER meeting_search ON meeting; DROP FUNCTION search_outbox_enqueue_meeting();
      DROP TRIGGER message_search ON message; DROP FUNCTION search_outbox_enqueue_message();
      DELETE FROM search_outbox WHERE kind IN ('message', 'meeting');
      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('person', 'network', 'post', 'document'));
    `);
  }
}
