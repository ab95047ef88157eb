import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search entries gained `parts` (compound parts and base forms of the vocabulary, swedish.ts
 * indexWords) and people's vocabulary the synonym groups' words: every entry is queued once in the
 * search outbox, and the worker rebuilds them in the background (in growing batches) while search
 * keeps answering from the entries as they were.
 */
export class SearchIndexWords1764378000000 implements MigrationInterface {
  name = 'SearchIndexWords1764378000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (kind, entity_id) SELECT 'person', id FROM person WHERE disabled_at IS NULL;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'post', id FROM post WHERE deleted_at IS NULL;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'message', id FROM message WHERE deleted_at IS NULL;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'document', id FROM document WHERE deleted_at IS NULL;
      INSERT INTO search_outbox (kind, entity_id) SELECT 'meeting', id FROM meeting;
    `);
  }

  async down(): Promise<void> {
    // Nothing to undo: the entries are rebuilt from the current rows either way.
  }
}
