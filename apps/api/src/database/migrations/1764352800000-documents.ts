import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document libraries: folders, documents with tags, every version (bytes kept by checksum in the
 * storage), text chunks for search, and the secretariat's retention and quota settings.
 */
export class Documents1764352800000 implements MigrationInterface {
  name = 'Documents1764352800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        retention_days integer NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 0 AND 3650),
        network_quota_mb integer NOT NULL DEFAULT 2048 CHECK (network_quota_mb BETWEEN 1 AND 1048576),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      INSERT INTO document_settings DEFAULT VALUES;

      CREATE TABLE document_folder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES document_folder(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX document_folder_name_idx
        ON document_folder (network_id, COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        folder_id uuid REFERENCES document_folder(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        tags text[] NOT NULL DEFAULT '{}',
        uploaded_by uuid REFERENCES person(id) ON DELETE SET NULL,
        current_version integer NOT NULL DEFAULT 1,
        extraction_status text NOT NULL DEFAULT 'pending' CHECK (extraction_status IN ('pending', 'done', 'failed', 'none')),
        extraction_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid REFERENCES person(id) ON DELETE SET NULL
      );
      CREATE INDEX document_network_idx ON document (network_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX document_deleted_idx ON document (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX document_tags_idx ON document USING gin (tags);

      CREATE TABLE document_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        kind text NOT NULL,
        media_type text NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        restored_from integer,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, number)
      );
      CREATE INDEX document_version_network_idx ON document_version (network_id);
      CREATE INDEX document_version_key_idx ON document_version (storage_key);

      CREATE TABLE document_chunk (
        document_id uuid NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        number integer NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (document_id, number)
      );

      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('person', 'network', 'post', 'document'));
      CREATE FUNCTION search_outbox_enqueue_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (kind, entity_id) VALUES ('document', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$;
      CREATE TRIGGER document_search AFTER INSERT OR DELETE OR UPDATE OF title, tags, folder_id, deleted_at, extraction_status, current_version
        ON document FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue_document();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER document_search ON document; DROP FUNCTION search_outbox_enqueue_document();
      DELETE FROM search_outbox WHERE kind = 'document';
      ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check;
      ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('person', 'network', 'post'));
      DROP TABLE document_chunk; DROP TABLE document_version; DROP TABLE document; DROP TABLE document_folder; DROP TABLE document_settings;
    `);
  }
}
