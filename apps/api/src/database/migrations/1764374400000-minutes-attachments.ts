import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Library documents attached to a meeting's minutes (links; access is the document's). */
export class MinutesAttachments1764374400000 implements MigrationInterface {
  name = 'MinutesAttachments1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE minutes_attachment (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        PRIMARY KEY (meeting_id, document_id)
      );
      CREATE INDEX minutes_attachment_document_idx ON minutes_attachment (document_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE minutes_attachment`);
  }
}
