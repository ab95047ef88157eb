import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the secretariat fills in on the pages the law asks for (libs/records, legal.*): the
 * accessibility statement's contact, review date and known gaps, and the privacy notice's
 * controller and contacts. One row; the gaps start as the statement's list of November 2026.
 */
export class LegalPages1764410200000 implements MigrationInterface {
  name = 'LegalPages1764410200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        accessibility_email text NOT NULL DEFAULT '',
        accessibility_phone text NOT NULL DEFAULT '',
        accessibility_form_url text NOT NULL DEFAULT '',
        accessibility_reviewed_on date NOT NULL DEFAULT DATE '2026-11-27',
        accessibility_gaps text[] NOT NULL DEFAULT '{}',
        privacy_controller text NOT NULL DEFAULT 'Familjen Helsingborg (värdkommunen Helsingborgs stad)',
        privacy_email text NOT NULL DEFAULT '',
        privacy_phone text NOT NULL DEFAULT '',
        privacy_dpo_email text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      INSERT INTO legal_settings (accessibility_gaps) VALUES (ARRAY[
        'Tjänsten har inte testats av användare med skärmläsare eller andra hjälpmedel. Automatiska tester hittar bara en del av alla tillgänglighetsproblem.',
        'Felmeddelanden från servern finns bara på svenska, även när du har valt engelska.',
        'Den tekniska API-dokumentationen (under /api/docs) är ett separat verktyg som vi inte har granskat.',
        'Dokument som användare själva laddar upp kan vara otillgängliga; det ansvarar den som laddar upp för.'
      ]);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_settings`);
  }
}
