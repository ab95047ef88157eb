import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts and their comments join the search outbox (same transaction as the change, by trigger). */
export class SearchPosts1764345600000 implements MigrationInterface {
  name = 'SearchPosts1764345600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('person', 'network', 'post'));

      CREATE FUNCTION search_outbox_enqueue_post() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rec record;
      BEGIN
        rec := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        IF TG_TABLE_NAME = 'post' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('post', rec.id);
        ELSE
          INSERT INTO search_outbox (kind, entity_id) VALUES ('post', rec.post_id);
        END IF;
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER post_search AFTER INSERT OR DELETE OR UPDATE OF body, deleted_at ON post FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_post();
      CREATE TRIGGER comment_search AFTER INSERT OR DELETE OR UPDATE OF body, deleted_at ON comment FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_post();
      INSERT INTO search_outbox (kind, entity_id) SELECT 'post', id FROM post;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER post_search ON post; DROP TRIGGER comment_search ON comment; DROP FUNCTION search_outbox_enqueue_post();
      DELETE FROM search_outbox WHERE kind = 'post';
      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('person', 'network'));
    `);
  }
}
