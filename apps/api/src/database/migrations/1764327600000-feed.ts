import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The network feed: posts (with edit history and tombstones), comments, reactions, acknowledgements, mentions. */
export class Feed1764327600000 implements MigrationInterface {
  name = 'Feed1764327600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) <= 20000),
        html text NOT NULL,
        announcement boolean NOT NULL DEFAULT false,
        requires_ack boolean NOT NULL DEFAULT false,
        pinned_at timestamptz,
        pinned_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES person(id) ON DELETE SET NULL,
        CHECK (NOT requires_ack OR announcement)
      );
      CREATE INDEX post_network_created_idx ON post (network_id, created_at DESC, id DESC);
      CREATE INDEX post_network_pinned_idx ON post (network_id, pinned_at DESC) WHERE pinned_at IS NOT NULL AND deleted_at IS NULL;

      CREATE TABLE post_revision (
        id bigserial PRIMARY KEY,
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        body text NOT NULL,
        editor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX post_revision_post_idx ON post_revision (post_id, id);

      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comment(id) ON DELETE CASCADE,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) <= 5000),
        html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      CREATE INDEX comment_post_idx ON comment (post_id, created_at, id);

      CREATE TABLE reaction (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('like', 'heart', 'celebrate', 'thanks', 'idea')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, person_id, kind)
      );

      CREATE TABLE acknowledgement (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, person_id)
      );

      CREATE TABLE mention (
        id bigserial PRIMARY KEY,
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comment(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mention_person_idx ON mention (person_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mention, acknowledgement, reaction, comment, post_revision, post`);
  }
}
