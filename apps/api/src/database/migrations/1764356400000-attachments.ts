import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Library documents attached to posts and chat messages (the link, not a copy: access is the document's). */
export class Attachments1764356400000 implements MigrationInterface {
  name = 'Attachments1764356400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post_attachment (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        PRIMARY KEY (post_id, document_id)
      );
      CREATE TABLE message_attachment (
        message_id uuid NOT NULL REFERENCES message(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        PRIMARY KEY (message_id, document_id)
      );
      CREATE INDEX post_attachment_document_idx ON post_attachment (document_id);
      CREATE INDEX message_attachment_document_idx ON message_attachment (document_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE message_attachment; DROP TABLE post_attachment;`);
  }
}
