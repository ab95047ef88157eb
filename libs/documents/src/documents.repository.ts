import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isMemberSql, type JobScope, type NetworkScope, roleOfSql, seesInsideSql } from '@hub/access';
import { type AttachmentDto, type Within, containsPattern, writeWithin } from '@hub/core';
import type { DocumentSettingsDto, ExtractionStatus, FolderDto, TagCountDto, VersionDto } from './documents.dto';

export interface DocumentRow {
  id: string;
  networkId: string;
  networkSlug: string;
  networkName: string;
  title: string;
  folderId: string | null;
  tags: string[];
  kind: string;
  mediaType: string;
  fileName: string;
  size: number;
  version: number;
  uploadedBy: { id: string; name: string } | null;
  updatedBy: { id: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
  extractionStatus: ExtractionStatus;
  extractionError: string | null;
  deletedAt: Date | null;
  purgeAt: Date | null;
  /** updated_at as PostgreSQL writes it (microseconds kept), for the keyset cursor. */
  sortKey: string;
}

export interface VersionRow extends Omit<VersionDto, 'size'> {
  size: number;
  storageKey: string;
  documentId: string;
}

export interface NewVersion {
  fileName: string;
  kind: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  note: string;
  restoredFrom: number | null;
}

export interface LibraryFilter {
  folder?: string;
  tag?: string;
  q?: string;
  deleted: boolean;
  after: { sortKey: string; id: string } | null;
  limit: number;
}

const DOCUMENT_SELECT = `
  SELECT d.id, d.network_id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", d.title, d.folder_id AS "folderId", d.tags,
         v.kind, v.media_type AS "mediaType", v.file_name AS "fileName", v.size::float8 AS size, d.current_version AS version,
         CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS "uploadedBy",
         CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS "updatedBy",
         d.created_at AS "createdAt", d.updated_at AS "updatedAt",
         d.extraction_status AS "extractionStatus", d.extraction_error AS "extractionError",
         d.deleted_at AS "deletedAt",
         d.deleted_at + make_interval(days => (SELECT retention_days FROM document_settings)) AS "purgeAt",
         d.updated_at::text AS "sortKey"
    FROM document d
    JOIN network n ON n.id = d.network_id
    JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
    LEFT JOIN person u ON u.id = d.uploaded_by
    LEFT JOIN person c ON c.id = v.created_by`;

const VERSION_SELECT = `
  SELECT v.id, v.document_id AS "documentId", v.number, v.file_name AS "fileName", v.kind, v.media_type AS "mediaType",
         v.size::float8 AS size, v.sha256, v.storage_key AS "storageKey", v.note, v.restored_from AS "restoredFrom",
         CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS "createdBy",
         v.created_at AS "createdAt"
    FROM document_version v LEFT JOIN person p ON p.id = v.created_by`;

/**
 * Either scope: a person's checked network, or the network a queued job names (reading a
 * version's text). Both put `network_id = scope.id` in the SQL.
 */
type AnyScope = NetworkScope | JobScope;

/** Can the person (SQL) read documents of network `n` now (the access rule, ADR 0002)? */
const READS_NETWORK = (person: string): string => seesInsideSql('n', isMemberSql('n', person), roleOfSql(person));

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */

/**
 * Documents, versions, folders and their settings. Every method that reads or writes a network's
 * rows takes its scope (`NetworkScope` from the access check, `JobScope` for background work):
 * forgetting the network does not compile. The exceptions: `networkOf` and `networkOfFolder` find
 * the network *for* the check; the settings, the purge of expired documents and the stored-object
 * bookkeeping (`intendObject`, `sweepOrphans`) span every network and answer no person; and
 * `versionForExtract` serves the register extract, which holds a person's uploads in any network.
 */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The network of a document (deleted ones too, for the waste bin); null when there is none. */
  async networkOf(documentId: string): Promise<{ networkId: string; deleted: boolean } | null> {
    const rows: Array<{ network_id: string; deleted: boolean }> = await this.db.query(
      `SELECT network_id, deleted_at IS NOT NULL AS deleted FROM document WHERE id = $1`,
      [documentId],
    );
    return rows[0] ? { networkId: rows[0].network_id, deleted: rows[0].deleted } : null;
  }

  /** Which of these ids are live documents of the network. */
  async liveIds(scope: NetworkScope, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM document WHERE id = ANY($1::uuid[]) AND network_id = $2 AND deleted_at IS NULL`,
      [ids, scope.id],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Documents of the network as attachments, in the given order; a deleted one says only that it was there. */
  async attachments(scope: NetworkScope, ids: readonly string[]): Promise<AttachmentDto[]> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT d.id, d.deleted_at IS NULL AS available,
              CASE WHEN d.deleted_at IS NULL THEN d.title END AS title,
              CASE WHEN d.deleted_at IS NULL THEN v.kind END AS kind,
              CASE WHEN d.deleted_at IS NULL THEN v.size::float8 END AS size
         FROM unnest($1::uuid[]) WITH ORDINALITY AS a(id, n)
         JOIN document d ON d.id = a.id AND d.network_id = $2
         JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
        ORDER BY a.n`,
      [ids, scope.id],
    );
  }

  /**
   * These documents as attachments the person may see now, whatever their network (direct messages
   * link across networks): one they may not read, or a deleted one, says only that it is there.
   * A document purged for good is left out.
   */
  async attachmentsReadableBy(personId: string, ids: readonly string[]): Promise<AttachmentDto[]> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT d.id, ok AS available,
              CASE WHEN ok THEN d.title END AS title, CASE WHEN ok THEN v.kind END AS kind, CASE WHEN ok THEN v.size::float8 END AS size
         FROM document d JOIN network n ON n.id = d.network_id
         JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
         CROSS JOIN LATERAL (SELECT d.deleted_at IS NULL AND ${READS_NETWORK('$2')} AS ok) r
        WHERE d.id = ANY($1::uuid[])`,
      [ids, personId],
    );
  }

  /**
   * Which of these ids are live documents the person may read now, across their networks (or in
   * `networkId` only): what they may attach to a message. The person's rights are the check here.
   */
  async liveReadableBy(personId: string, ids: readonly string[], networkId: string | null): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT d.id FROM document d JOIN network n ON n.id = d.network_id
        WHERE d.id = ANY($1::uuid[]) AND d.deleted_at IS NULL AND ($3::uuid IS NULL OR d.network_id = $3) AND ${READS_NETWORK('$2')}`,
      [ids, personId, networkId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async networkOfFolder(folderId: string): Promise<string | null> {
    const rows: Array<{ network_id: string }> = await this.db.query(`SELECT network_id FROM document_folder WHERE id = $1`, [folderId]);
    return rows[0]?.network_id ?? null;
  }

  async one(scope: NetworkScope, documentId: string, m: EntityManager = this.db.manager): Promise<DocumentRow | null> {
    const rows: DocumentRow[] = await m.query(`${DOCUMENT_SELECT} WHERE d.id = $1 AND d.network_id = $2`, [documentId, scope.id]);
    return rows[0] ?? null;
  }

  async list(scope: NetworkScope, f: LibraryFilter): Promise<DocumentRow[]> {
    const where = [`d.network_id = $1`, f.deleted ? `d.deleted_at IS NOT NULL` : `d.deleted_at IS NULL`];
    const params: unknown[] = [scope.id];
    const add = (clause: (n: number) => string, value: unknown): void => {
      params.push(value);
      where.push(clause(params.length));
    };
    if (f.folder === 'root') where.push('d.folder_id IS NULL');
    else if (f.folder) add((n) => `d.folder_id = $${n}`, f.folder);
    if (f.tag) add((n) => `lower($${n}) = ANY (SELECT lower(t) FROM unnest(d.tags) t)`, f.tag);
    if (f.q) add((n) => `(d.title ILIKE $${n} OR v.file_name ILIKE $${n})`, containsPattern(f.q));
    if (f.after) {
      params.push(f.after.sortKey, f.after.id);
      where.push(`(d.updated_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(f.limit + 1);
    return this.db.query(
      `${DOCUMENT_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.updated_at DESC, d.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async folders(scope: NetworkScope): Promise<Array<Omit<FolderDto, 'canEdit'> & { createdBy: string | null }>> {
    return this.db.query(
      `SELECT f.id, f.parent_id AS "parentId", f.name, f.created_by AS "createdBy",
              (SELECT count(*)::int FROM document d WHERE d.folder_id = f.id AND d.deleted_at IS NULL) AS "documentCount"
         FROM document_folder f WHERE f.network_id = $1 ORDER BY f.name COLLATE "sv-SE-x-icu", f.id`,
      [scope.id],
    );
  }

  async folder(scope: NetworkScope, folderId: string): Promise<{ id: string; parentId: string | null; createdBy: string | null } | null> {
    const rows: Array<{ id: string; parentId: string | null; createdBy: string | null }> = await this.db.query(
      `SELECT id, parent_id AS "parentId", created_by AS "createdBy" FROM document_folder WHERE id = $1 AND network_id = $2`,
      [folderId, scope.id],
    );
    return rows[0] ?? null;
  }

  async tags(scope: NetworkScope): Promise<TagCountDto[]> {
    return this.db.query(
      `SELECT min(t) AS tag, count(*)::int AS count
         FROM document d, unnest(d.tags) t
        WHERE d.network_id = $1 AND d.deleted_at IS NULL
        GROUP BY lower(t) ORDER BY count(*) DESC, lower(t) LIMIT 100`,
      [scope.id],
    );
  }

  /** Bytes of every version kept for the network, deleted documents included until purged. */
  async usedBytes(scope: NetworkScope, m: EntityManager = this.db.manager): Promise<number> {
    const rows: Array<{ used: number }> = await m.query(
      `SELECT COALESCE(sum(size), 0)::float8 AS used FROM document_version WHERE network_id = $1`,
      [scope.id],
    );
    return rows[0]?.used ?? 0;
  }

  async settings(m: EntityManager = this.db.manager): Promise<DocumentSettingsDto> {
    const rows: DocumentSettingsDto[] = await m.query(
      `SELECT retention_days AS "retentionDays", network_quota_mb AS "networkQuotaMb" FROM document_settings`,
    );
    return rows[0]!;
  }

  async updateSettings(byId: string, s: Partial<DocumentSettingsDto>): Promise<DocumentSettingsDto> {
    await this.db.query(
      `UPDATE document_settings SET retention_days = COALESCE($1, retention_days), network_quota_mb = COALESCE($2, network_quota_mb),
              updated_at = now(), updated_by = $3`,
      [s.retentionDays ?? null, s.networkQuotaMb ?? null, byId],
    );
    return this.settings();
  }

  /** Serialises uploads per network so two at once cannot both squeeze under the quota. */
  async lockNetwork(m: EntityManager, scope: NetworkScope): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('documents:' || $1, 0))`, [scope.id]);
  }

  async insertDocument(
    m: EntityManager,
    scope: NetworkScope,
    d: { title: string; folderId: string | null; tags: string[]; uploadedBy: string },
  ): Promise<string> {
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO document (network_id, folder_id, title, tags, uploaded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [scope.id, d.folderId, d.title, d.tags, d.uploadedBy],
    );
    return rows[0]!.id;
  }

  /** Adds the next version and makes it current; returns its number. */
  async insertVersion(m: EntityManager, scope: NetworkScope, documentId: string, byId: string, v: NewVersion): Promise<number> {
    const rows: Array<{ number: number }> = await m.query(
      `INSERT INTO document_version (document_id, network_id, number, file_name, kind, media_type, size, sha256, storage_key, note, restored_from, created_by)
       VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM document_version WHERE document_id = $1), $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING number`,
      [documentId, scope.id, v.fileName, v.kind, v.mediaType, v.size, v.sha256, v.storageKey, v.note, v.restoredFrom, byId],
    );
    const number = rows[0]!.number;
    await m.query(
      `UPDATE document SET current_version = $2, updated_at = now(), extraction_status = 'pending', extraction_error = NULL
        WHERE id = $1 AND network_id = $3`,
      [documentId, number, scope.id],
    );
    return number;
  }

  /** Locks the document row for a change (a new version numbered after the last one). */
  async lockDocument(m: EntityManager, scope: NetworkScope, documentId: string): Promise<void> {
    await m.query(`SELECT 1 FROM document WHERE id = $1 AND network_id = $2 FOR UPDATE`, [documentId, scope.id]);
  }

  async versions(scope: NetworkScope, documentId: string): Promise<VersionRow[]> {
    return this.db.query(`${VERSION_SELECT} WHERE v.document_id = $1 AND v.network_id = $2 ORDER BY v.number DESC`, [documentId, scope.id]);
  }

  /** One version of a document: by number, by id, or the current one. */
  async version(scope: AnyScope, documentId: string, which: number | string | null): Promise<VersionRow | null> {
    const rows: VersionRow[] =
      which === null
        ? await this.db.query(
            `${VERSION_SELECT} JOIN document d ON d.id = v.document_id AND v.number = d.current_version
              WHERE v.document_id = $1 AND v.network_id = $2`,
            [documentId, scope.id],
          )
        : typeof which === 'number'
          ? await this.db.query(`${VERSION_SELECT} WHERE v.document_id = $1 AND v.network_id = $2 AND v.number = $3`, [
              documentId,
              scope.id,
              which,
            ])
          : await this.db.query(`${VERSION_SELECT} WHERE v.document_id = $1 AND v.network_id = $2 AND v.id = $3`, [
              documentId,
              scope.id,
              which,
            ]);
    return rows[0] ?? null;
  }

  /**
   * One version by document and number, wherever the document lies now: for the register extract
   * only, which holds what a person uploaded whatever the network (`@hub/records`). One statement
   * per file of the extract, as the extract streams.
   */
  async versionForExtract(documentId: string, number: number): Promise<VersionRow | null> {
    const rows: VersionRow[] = await this.db.query(`${VERSION_SELECT} WHERE v.document_id = $1 AND v.number = $2`, [documentId, number]);
    return rows[0] ?? null;
  }

  async update(
    scope: NetworkScope,
    documentId: string,
    f: { title?: string; folderId?: string | null; tags?: string[] },
    within: Within,
  ): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(
        `UPDATE document SET title = COALESCE($2, title),
                folder_id = CASE WHEN $3::boolean THEN $4::uuid ELSE folder_id END,
                tags = COALESCE($5, tags), updated_at = now()
          WHERE id = $1 AND network_id = $6`,
        [documentId, f.title ?? null, f.folderId !== undefined, f.folderId ?? null, f.tags ?? null, scope.id],
      ),
    );
  }

  async setDeleted(scope: NetworkScope, documentId: string, byId: string | null, within: Within): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(
        byId
          ? `UPDATE document SET deleted_at = now(), deleted_by = $3 WHERE id = $1 AND network_id = $2 AND deleted_at IS NULL`
          : `UPDATE document SET deleted_at = NULL, deleted_by = NULL, updated_at = now() WHERE id = $1 AND network_id = $2`,
        byId ? [documentId, scope.id, byId] : [documentId, scope.id],
      ),
    );
  }

  async setExtraction(
    scope: JobScope,
    documentId: string,
    version: number,
    status: ExtractionStatus,
    error: string | null,
    chunks: string[] | null,
    within: Within,
  ): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [rows]: [Array<{ id: string }>, number] = await m.query(
        `UPDATE document SET extraction_status = $3, extraction_error = $4
          WHERE id = $1 AND network_id = $5 AND current_version = $2 RETURNING id`,
        [documentId, version, status, error, scope.id],
      );
      if (rows.length === 0) return false;
      await m.query(`DELETE FROM document_chunk WHERE document_id = $1`, [documentId]);
      if (chunks && chunks.length > 0) {
        await m.query(
          `INSERT INTO document_chunk (document_id, number, text) SELECT $1, n - 1, t FROM unnest($2::text[]) WITH ORDINALITY AS c(t, n)`,
          [documentId, chunks],
        );
      }
      await within(m);
      return true;
    });
  }

  async createFolder(scope: NetworkScope, byId: string, name: string, parentId: string | null, within: Within): Promise<string> {
    return writeWithin(this.db, within, async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO document_folder (network_id, parent_id, name, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [scope.id, parentId, name, byId],
      );
      return rows[0]!.id;
    });
  }

  async updateFolder(scope: NetworkScope, folderId: string, f: { name?: string; parentId?: string | null }, within: Within): Promise<void> {
    await writeWithin(this.db, within, (m) =>
      m.query(
        `UPDATE document_folder SET name = COALESCE($2, name), parent_id = CASE WHEN $3::boolean THEN $4::uuid ELSE parent_id END
          WHERE id = $1 AND network_id = $5`,
        [folderId, f.name ?? null, f.parentId !== undefined, f.parentId ?? null, scope.id],
      ),
    );
  }

  /** Would `folderId` end up inside itself under `parentId`? */
  async isDescendant(scope: NetworkScope, parentId: string, folderId: string): Promise<boolean> {
    const rows: Array<{ hit: boolean }> = await this.db.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM document_folder WHERE id = $1 AND network_id = $3
         UNION SELECT f.id, f.parent_id FROM document_folder f JOIN up ON f.id = up.parent_id WHERE f.network_id = $3)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS hit`,
      [parentId, folderId, scope.id],
    );
    return rows[0]?.hit ?? false;
  }

  /** Folders with documents (deleted ones too, until purged) or subfolders are not removed. */
  async deleteEmptyFolder(scope: NetworkScope, folderId: string, within: Within): Promise<boolean> {
    return writeWithin(
      this.db,
      within,
      async (m) => {
        const [rows]: [Array<{ id: string }>, number] = await m.query(
          `DELETE FROM document_folder f WHERE f.id = $1 AND f.network_id = $2
              AND NOT EXISTS (SELECT 1 FROM document_folder c WHERE c.parent_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM document d WHERE d.folder_id = f.id AND d.deleted_at IS NULL)
            RETURNING f.id`,
          [folderId, scope.id],
        );
        return rows.length > 0;
      },
      (deleted) => deleted,
    );
  }

  /**
   * Lists an object as being written now, before its bytes are written (the orphan sweep leaves
   * young objects alone; this waits while the sweep removes the same bytes, then lists them anew).
   */
  async intendObject(key: string): Promise<void> {
    await this.db.query(
      `INSERT INTO document_object (key, written_at) VALUES ($1, clock_timestamp())
       ON CONFLICT (key) DO UPDATE SET written_at = EXCLUDED.written_at`,
      [key],
    );
  }

  /**
   * Deletes documents whose retention ended, `batch` at a time (one short transaction each, so a
   * large backlog never holds locks for long). Their stored objects are listed for the orphan
   * sweep, which removes those no version uses any more.
   */
  async purgeExpired(now: Date, batch = 500): Promise<{ documents: number }> {
    let documents = 0;
    for (;;) {
      const purged = await this.db.transaction(async (m) => {
        const expired: Array<{ id: string }> = await m.query(
          `SELECT d.id FROM document d, document_settings s
            WHERE d.deleted_at IS NOT NULL AND d.deleted_at + make_interval(days => s.retention_days) <= $1
              -- A network on legal hold (libs/records) keeps everything, its waste bin too.
              AND NOT EXISTS (SELECT 1 FROM network n WHERE n.id = d.network_id AND n.legal_hold_at IS NOT NULL)
            ORDER BY d.deleted_at
            LIMIT $2
            FOR UPDATE OF d SKIP LOCKED`,
          [now, batch],
        );
        if (expired.length === 0) return 0;
        const ids = expired.map((r) => r.id);
        await m.query(
          `INSERT INTO document_object (key) SELECT DISTINCT storage_key FROM document_version WHERE document_id = ANY($1::uuid[])
           ON CONFLICT (key) DO NOTHING`,
          [ids],
        );
        await m.query(`DELETE FROM document WHERE id = ANY($1::uuid[])`, [ids]);
        return ids.length;
      });
      documents += purged;
      if (purged < batch) return { documents };
    }
  }

  /**
   * Removes objects no version uses that were written before `writtenBefore` (older than the grace
   * period, so never the bytes of an upload in flight). Each is re-checked under its row's lock and
   * removed from the storage before the row goes: an upload of the same bytes waits for that.
   */
  async sweepOrphans(writtenBefore: Date, removeObject: (key: string) => Promise<void>, limit = 500): Promise<number> {
    const ORPHAN = `o.written_at < $1 AND NOT EXISTS (SELECT 1 FROM document_version v WHERE v.storage_key = o.key)`;
    const candidates: Array<{ key: string }> = await this.db.query(
      `SELECT o.key FROM document_object o WHERE ${ORPHAN} ORDER BY o.written_at LIMIT $2`,
      [writtenBefore, limit],
    );
    let removed = 0;
    for (const { key } of candidates) {
      const gone = await this.db.transaction(async (m) => {
        const still: unknown[] = await m.query(`SELECT 1 FROM document_object o WHERE ${ORPHAN} AND o.key = $2 FOR UPDATE`, [
          writtenBefore,
          key,
        ]);
        if (still.length === 0) return false;
        await removeObject(key);
        await m.query(`DELETE FROM document_object WHERE key = $1`, [key]);
        return true;
      });
      if (gone) removed++;
    }
    return removed;
  }
}
