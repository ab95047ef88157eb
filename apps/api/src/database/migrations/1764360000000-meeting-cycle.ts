import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of a meeting's cycle: agenda items proposed by members, minutes written by a
 * coordinator or an appointed note-taker, action items that carry over until done, and each
 * person's choice to get meeting e-mail per network.
 */
export class MeetingCycle1764360000000 implements MigrationInterface {
  name = 'MeetingCycle1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meeting ADD COLUMN note_taker_id uuid REFERENCES person(id) ON DELETE SET NULL;

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        details text NOT NULL DEFAULT '' CHECK (length(details) <= 2000),
        proposed_by uuid REFERENCES person(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined')),
        position integer NOT NULL DEFAULT 0,
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 600),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);

      CREATE TABLE meeting_minutes (
        meeting_id uuid PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 100000),
        html text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL,
        published_at timestamptz,
        published_by uuid REFERENCES person(id) ON DELETE SET NULL,
        document_id uuid REFERENCES document(id) ON DELETE SET NULL
      );

      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        owner_id uuid REFERENCES person(id) ON DELETE SET NULL,
        due_on date,
        done_at timestamptz,
        done_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX action_item_open_idx ON action_item (network_id, created_at) WHERE done_at IS NULL;

      CREATE TABLE meeting_mail_optout (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        PRIMARY KEY (person_id, network_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE meeting_mail_optout; DROP TABLE action_item; DROP TABLE meeting_minutes; DROP TABLE agenda_item;
      ALTER TABLE meeting DROP COLUMN note_taker_id;
    `);
  }
}
