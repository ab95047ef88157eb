import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document bytes are written before the transaction that records them (no storage I/O while a
 * lock is held), so a failed upload can leave bytes nobody references. `document_object` lists
 * every stored object with when it was last written: an upload upserts its row before writing,
 * and the orphan sweep (libs/documents) removes an object only when no version uses it and it was
 * written longer ago than a grace period, under the row's lock, which a new upload of the same
 * bytes waits for. Objects already stored are listed as written now.
 */
export class DocumentObjects1764440000000 implements MigrationInterface {
  name = 'DocumentObjects1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_object (
        key text PRIMARY KEY,
        written_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX document_object_written_idx ON document_object (written_at);
      INSERT INTO document_object (key) SELECT DISTINCT storage_key FROM document_version;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_object`);
  }
}
