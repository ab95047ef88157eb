import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Published minutes are also kept as a PDF in the library: the document that holds it. */
export class MinutesPdf1764430100000 implements MigrationInterface {
  name = 'MinutesPdf1764430100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_minutes ADD COLUMN pdf_document_id uuid REFERENCES document(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_minutes DROP COLUMN pdf_document_id`);
  }
}
