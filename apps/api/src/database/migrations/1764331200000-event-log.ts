import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every realtime event, numbered, so a client that reconnects (or a restarted server) loses none. */
export class EventLog1764331200000 implements MigrationInterface {
  name = 'EventLog1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_log (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        network_id uuid REFERENCES network(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (network_id IS NOT NULL OR person_id IS NOT NULL)
      );
      CREATE INDEX event_log_network_idx ON event_log (network_id, id) WHERE network_id IS NOT NULL;
      CREATE INDEX event_log_person_idx ON event_log (person_id, id) WHERE person_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_log`);
  }
}
