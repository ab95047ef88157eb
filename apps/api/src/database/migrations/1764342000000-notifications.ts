import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications and each person's choice per network. */
export class Notifications1764342000000 implements MigrationInterface {
  name = 'Notifications1764342000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('mention', 'reply', 'announcement', 'join_request')),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        post_id uuid REFERENCES post(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comment(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC, id DESC);
      CREATE INDEX notification_unread_idx ON notification (person_id) WHERE read_at IS NULL;

      CREATE TABLE notification_setting (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('all', 'important', 'none')),
        PRIMARY KEY (person_id, network_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_setting, notification`);
  }
}
