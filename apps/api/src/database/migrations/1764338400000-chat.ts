import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Chat: one channel per network and direct conversations between two people, with read positions. */
export class Chat1764338400000 implements MigrationInterface {
  name = 'Chat1764338400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('network', 'direct')),
        network_id uuid UNIQUE REFERENCES network(id) ON DELETE CASCADE,
        direct_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'network') = (network_id IS NOT NULL)),
        CHECK ((kind = 'direct') = (direct_key IS NOT NULL))
      );

      CREATE TABLE conversation_member (
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, person_id)
      );
      CREATE INDEX conversation_member_person_idx ON conversation_member (person_id);

      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial UNIQUE,
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        network_id uuid REFERENCES network(id) ON DELETE CASCADE,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) <= 4000),
        html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      );
      CREATE INDEX message_conversation_seq_idx ON message (conversation_id, seq DESC);

      CREATE TABLE message_revision (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message(id) ON DELETE CASCADE,
        body text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE read_position (
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (conversation_id, person_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE read_position, message_revision, message, conversation_member, conversation`);
  }
}
