import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search outbox: triggers write a row in the same transaction as every change that affects
 * search (a person, their expertise or memberships, a network), so no code path can forget it.
 * A worker drains it into Meilisearch from the current rows (see libs/search).
 */
export class SearchOutbox1764316800000 implements MigrationInterface {
  name = 'SearchOutbox1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('person', 'network')),
        entity_id uuid NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id);

      CREATE FUNCTION search_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rec record;
      BEGIN
        rec := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        IF TG_TABLE_NAME = 'person' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('person', rec.id);
        ELSIF TG_TABLE_NAME = 'expertise' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('person', rec.person_id);
        ELSIF TG_TABLE_NAME = 'membership' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('person', rec.person_id), ('network', rec.network_id);
        ELSIF TG_TABLE_NAME = 'network' THEN
          INSERT INTO search_outbox (kind, entity_id) VALUES ('network', rec.id);
        END IF;
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$;

      CREATE TRIGGER person_search AFTER INSERT OR DELETE OR UPDATE OF name, title, bio, languages, municipality_id, organisation, role, disabled_at
        ON person FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue();
      CREATE TRIGGER expertise_search AFTER INSERT OR UPDATE OR DELETE ON expertise FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue();
      CREATE TRIGGER membership_search AFTER INSERT OR UPDATE OR DELETE ON membership FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue();
      CREATE TRIGGER network_search AFTER INSERT OR UPDATE OR DELETE ON network FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue();

      -- "My pending requests" and the directory's "requested" flag look requests up by person.
      CREATE INDEX join_request_person_idx ON join_request (person_id) WHERE status = 'pending';

      INSERT INTO search_outbox (kind, entity_id) SELECT 'person', id FROM person;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'network', id FROM network;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER person_search ON person; DROP TRIGGER expertise_search ON expertise;
      DROP TRIGGER membership_search ON membership; DROP TRIGGER network_search ON network;
      DROP FUNCTION search_outbox_enqueue(); DROP TABLE search_outbox; DROP INDEX join_request_person_idx;
    `);
  }
}
