import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings announced in networks, answers with a waiting list, agenda items, calendar feed tokens. */
export class Meetings1764349200000 implements MigrationInterface {
  name = 'Meetings1764349200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        organizer_id uuid REFERENCES person(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        description_html text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text NOT NULL DEFAULT '',
        video_url text NOT NULL DEFAULT '',
        capacity integer CHECK (capacity IS NULL OR capacity > 0),
        rsvp_deadline timestamptz,
        sequence integer NOT NULL DEFAULT 0,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      );
      CREATE INDEX meeting_network_starts_idx ON meeting (network_id, starts_at);

      CREATE TABLE rsvp (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        answer text NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
        waitlisted boolean NOT NULL DEFAULT false,
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, person_id),
        CHECK (NOT waitlisted OR answer = 'yes')
      );

      CREATE TABLE calendar_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        network_id uuid REFERENCES network(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE INDEX calendar_token_person_idx ON calendar_token (person_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_token, rsvp, meeting`);
  }
}
