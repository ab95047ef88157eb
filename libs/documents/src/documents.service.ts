import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessService, isUuid, type NetworkScope } from '@hub/access';
import {
  type Actor,
  type AttachmentDto,
  decodeCursor,
  DomainError,
  DomainEvents,
  encodeCursor,
  forbidden,
  HUB_CONFIG,
  type HubConfig,
  notFound,
  type StagedEvents,
  validation,
} from '@hub/core';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '@hub/jobs';
import type {
  CreateFolderDto,
  DocumentDetailDto,
  DocumentDto,
  DocumentSettingsDto,
  DownloadQueryDto,
  FolderDto,
  LibraryDto,
  LibraryQueryDto,
  UpdateDocumentDto,
  UpdateDocumentSettingsDto,
  UpdateFolderDto,
  VersionDto,
} from './documents.dto';
import { type DocumentRow, DocumentsRepository, type VersionRow } from './documents.repository';
import { ALLOWED_EXTENSIONS, cleanFileName, contentDisposition, inspectFile, type Refused } from './inspect';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage';
import { type MultipartRequest, receiveUpload, type ReceivedUpload, tooLarge } from './upload';

export const TEXT_QUEUE = 'document-text';
/** Stored bytes no version uses are kept this long: far longer than any upload takes from its write to its record. */
export const ORPHAN_GRACE_MS = 6 * 3600 * 1000;
const GONE = 'Dokumentet finns inte eller är inte synligt för dig.';
const FOLDER_GONE = 'Mappen finns inte eller är inte synlig för dig.';
const PREVIEWABLE = new Set(['pdf', 'png', 'jpg']);

export interface Download {
  stream: Readable;
  headers: Record<string, string>;
}

function cleanTags(raw: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of raw.map((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (t.length > 40) throw validation([{ field: 'tags', message: 'En tagg får vara högst 40 tecken.' }]);
    if (!seen.has(t.toLocaleLowerCase('sv'))) seen.set(t.toLocaleLowerCase('sv'), t);
  }
  if (seen.size > 10) throw validation([{ field: 'tags', message: 'Högst 10 taggar.' }]);
  return [...seen.values()];
}

function refusal(r: Refused): DomainError {
  return new DomainError(
    r.reason === 'type-not-allowed' || r.reason === 'content-mismatch' ? 'unsupported-media-type' : 'file-refused',
    r.message,
  );
}

/** The title a new document gets from its file name: the name without its extension. */
function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 200);
}

type Checked = ReceivedUpload & { kind: string; mediaType: string; cleanName: string };

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly repo: DocumentsRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  private canEdit(actor: Actor, scope: NetworkScope, uploaderId: string | null): boolean {
    return scope.manages || (uploaderId !== null && uploaderId === actor.personId && !scope.archived);
  }

  private view(actor: Actor, scope: NetworkScope, row: DocumentRow): DocumentDto {
    const { extractionStatus, extractionError, sortKey: _sortKey, ...rest } = row;
    return {
      ...rest,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      deletedAt: row.deletedAt?.toISOString() ?? null,
      purgeAt: row.purgeAt?.toISOString() ?? null,
      extraction: { status: extractionStatus, reason: extractionError },
      canEdit: !row.deletedAt && !scope.archived && this.canEdit(actor, scope, row.uploadedBy?.id ?? null),
    };
  }

  private versionView(v: VersionRow): VersionDto {
    const { storageKey: _key, documentId: _doc, ...rest } = v;
    return { ...rest, createdAt: new Date(v.createdAt).toISOString() };
  }

  /** The document's network checked for the actor; 404 alike for missing, hidden and deleted (unless `bin`). */
  private async scopeOf(
    actor: Actor,
    documentId: string,
    permission: 'network.content.read' | 'network.content.write' | 'network.content.moderate',
    bin = false,
  ): Promise<{ scope: NetworkScope; row: DocumentRow }> {
    const where = isUuid(documentId) ? await this.repo.networkOf(documentId) : null;
    const scope = await this.access.requireNetworkOf(actor, permission, where?.networkId ?? null, GONE);
    const row = await this.repo.one(scope, documentId);
    if (!row || Boolean(row.deletedAt) !== bin) throw notFound(GONE);
    return { scope, row };
  }

  private requireEditor(actor: Actor, scope: NetworkScope, row: DocumentRow): void {
    if (!this.canEdit(actor, scope, row.uploadedBy?.id ?? null)) {
      throw forbidden('Bara den som laddade upp dokumentet, nätverkets samordnare och sekretariatet får ändra det.');
    }
  }

  private async quotaBytes(): Promise<number> {
    return (await this.repo.settings()).networkQuotaMb * 1024 * 1024;
  }

  async library(actor: Actor, networkIdOrSlug: string, q: LibraryQueryDto): Promise<LibraryDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    const moderator = scope.manages;
    const deleted = q.deleted === 'true';
    if (deleted && !moderator) throw forbidden('Papperskorgen visas för nätverkets samordnare och sekretariatet.');
    const limit = q.limit ?? 50;
    const cursor = decodeCursor(q.cursor, ['string', 'uuid']);
    const after = cursor ? { sortKey: String(cursor[0]), id: String(cursor[1]) } : null;
    const [rows, folders, tags, used, quota] = await Promise.all([
      this.repo.list(scope, { folder: q.folder, tag: q.tag, q: q.q?.trim() || undefined, deleted, after, limit }),
      this.repo.folders(scope),
      this.repo.tags(scope),
      this.repo.usedBytes(scope),
      this.quotaBytes(),
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      documents: page.map((r) => this.view(actor, scope, r)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.sortKey, last.id]) : null,
      folders: folders.map(({ createdBy, ...f }) => ({
        ...f,
        canEdit: !scope.archived && (moderator || (createdBy !== null && createdBy === actor.personId)),
      })),
      tags,
      usage: { usedBytes: used, quotaBytes: quota, maxFileBytes: this.config.documentMaxBytes },
      canUpload: !scope.archived && (scope.membership !== null || actor.role === 'admin'),
      canModerate: moderator,
      allowedExtensions: [...ALLOWED_EXTENSIONS],
    };
  }

  async get(actor: Actor, documentId: string): Promise<DocumentDetailDto> {
    const { scope, row } = await this.scopeOf(actor, documentId, 'network.content.read');
    return this.detail(actor, scope, row);
  }

  private async detail(actor: Actor, scope: NetworkScope, row: DocumentRow): Promise<DocumentDetailDto> {
    const versions = await this.repo.versions(scope, row.id);
    return { ...this.view(actor, scope, row), versions: versions.map((v) => this.versionView(v)) };
  }

  /** Receives the file and checks it; the caller keeps or discards it. */
  private async receiveChecked(request: MultipartRequest): Promise<Checked> {
    return this.check(await receiveUpload(request, this.storage, this.config.documentMaxBytes));
  }

  /** Cleans the name and inspects the content; a refused file is discarded. */
  private async check(upload: ReceivedUpload): Promise<Checked> {
    try {
      const name = cleanFileName(upload.fileName);
      if (!name.ok) throw refusal(name);
      const verdict = await inspectFile(upload.file.path, name.extension);
      if (!verdict.ok) throw refusal(verdict);
      return { ...upload, kind: verdict.kind, mediaType: verdict.mediaType, cleanName: name.name };
    } catch (err) {
      await this.storage.discard(upload.file);
      throw err;
    }
  }

  private quotaError(used: number, quota: number, size: number): DomainError {
    const mb = (b: number): string => (b / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
    return new DomainError(
      'quota-exceeded',
      `Filen (${mb(size)} MB) får inte plats: nätverket använder ${mb(used)} av ${mb(quota)} MB. Ta bort gamla dokument eller be sekretariatet om mer utrymme.`,
    );
  }

  async upload(actor: Actor, networkIdOrSlug: string, request: MultipartRequest): Promise<DocumentDetailDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.write', networkIdOrSlug);
    const quota = await this.quotaBytes();
    const declared = Number(request.headers['content-length'] ?? 0);
    const before = await this.repo.usedBytes(scope);
    // A request clearly too big for what is left is refused before its bytes are read.
    if (declared > 0 && before + declared > quota + 64 * 1024) throw this.quotaError(before, quota, declared);
    const upload = await this.receiveChecked(request);
    try {
      const folderId = upload.fields['folderId']?.trim() || null;
      if (folderId !== null && (!isUuid(folderId) || !(await this.repo.folder(scope, folderId)))) {
        throw validation([{ field: 'folderId', message: 'Mappen finns inte i nätverkets bibliotek.' }]);
      }
      const tags = cleanTags((upload.fields['tags'] ?? '').split(','));
      const note = (upload.fields['note'] ?? '').trim().slice(0, 500);
      const id = await this.createDocument(actor, scope, upload, { folderId, tags, note });
      return this.detail(actor, scope, (await this.repo.one(scope, id))!);
    } catch (err) {
      await this.storage.discard(upload.file);
      throw err;
    }
  }

  /** Refuses a file that does not fit in the network's quota; under the network's lock when `m` holds it. */
  private async fits(scope: NetworkScope, size: number, m?: EntityManager): Promise<void> {
    const [quota, used] = await Promise.all([this.quotaBytes(), this.repo.usedBytes(scope, m)]);
    if (used + size > quota) throw this.quotaError(used, quota, size);
  }

  /** Records a checked file as a new document (quota checked under the network's lock). */
  private async createDocument(
    actor: Actor,
    scope: NetworkScope,
    upload: Checked,
    f: { folderId: string | null; tags: string[]; note: string },
  ): Promise<string> {
    const storageKey = await this.store(scope, upload);
    const staged = this.events.batch();
    const id = await this.repo.transaction(async (m) => {
      await this.repo.lockNetwork(m, scope);
      await this.fits(scope, upload.file.size, m);
      const documentId = await this.repo.insertDocument(m, scope, {
        title: titleOf(upload.cleanName),
        folderId: f.folderId,
        tags: f.tags,
        uploadedBy: actor.personId,
      });
      await this.record(m, scope, documentId, actor.personId, upload, storageKey, f.note);
      await this.withVersion(m, staged, scope, documentId, 1, 'created');
      return documentId;
    });
    staged.publish();
    return id;
  }

  /** Records a checked file as the next version of a live document. */
  private async appendVersion(actor: Actor, scope: NetworkScope, documentId: string, upload: Checked, note: string): Promise<void> {
    const storageKey = await this.store(scope, upload);
    const staged = this.events.batch();
    await this.repo.transaction(async (m) => {
      await this.repo.lockNetwork(m, scope);
      await this.repo.lockDocument(m, scope, documentId);
      const current = await this.repo.one(scope, documentId, m);
      if (!current || current.deletedAt) throw notFound(GONE);
      await this.fits(scope, upload.file.size, m);
      const version = await this.record(m, scope, documentId, actor.personId, upload, storageKey, note);
      await this.withVersion(m, staged, scope, documentId, version, 'version');
    });
    staged.publish();
  }

  /**
   * A text the hub writes itself (published minutes) kept in the network's library: a new
   * document, or a new version of `documentId` while that one is live. Returns the document id.
   */
  async keepText(
    actor: Actor,
    scope: NetworkScope,
    fileName: string,
    content: string | Buffer,
    documentId: string | null,
    note: string,
  ): Promise<string> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const file = await this.storage.receive(Readable.from([bytes]), this.config.documentMaxBytes);
    if (file.truncated) {
      await this.storage.discard(file);
      throw tooLarge(this.config.documentMaxBytes);
    }
    const upload = await this.check({ file, fileName, fields: {} });
    try {
      const live = documentId ? await this.repo.one(scope, documentId) : null;
      if (live && !live.deletedAt) {
        await this.appendVersion(actor, scope, live.id, upload, note);
        return live.id;
      }
      return await this.createDocument(actor, scope, upload, { folderId: null, tags: ['Minnesanteckningar'], note });
    } catch (err) {
      await this.storage.discard(upload.file);
      throw err;
    }
  }

  /**
   * Writes the received bytes under their checksum, before (and outside) the transaction that
   * records them: no lock is held while they travel to the disk or the bucket. Bytes whose record
   * then fails are left to the orphan sweep (`sweepOrphans`), since the same bytes may already
   * belong to another version, and so are any a failed write left. A file that clearly does not
   * fit is refused before it is written.
   */
  private async store(scope: NetworkScope, upload: Checked): Promise<string> {
    await this.fits(scope, upload.file.size);
    // Listed first: whatever a failed write leaves in the storage (a partial object) is swept too.
    await this.repo.intendObject(upload.file.sha256);
    try {
      return await this.storage.commit(upload.file);
    } catch (err) {
      this.logger.error({ err: (err as Error).message, networkId: scope.id }, 'Document bytes could not be stored');
      throw new DomainError('unavailable', 'Filen kunde inte sparas just nu. Försök igen om en stund.');
    }
  }

  /** Records the stored bytes as the document's next version (inside `m`). */
  private async record(
    m: EntityManager,
    scope: NetworkScope,
    documentId: string,
    byId: string,
    upload: Checked,
    storageKey: string,
    note: string,
  ): Promise<number> {
    return this.repo.insertVersion(m, scope, documentId, byId, {
      fileName: upload.cleanName,
      kind: upload.kind,
      mediaType: upload.mediaType,
      size: upload.file.size,
      sha256: upload.file.sha256,
      storageKey,
      note,
      restoredFrom: null,
    });
  }

  /**
   * Inside a new version's transaction: its event is staged and the job that reads its text is
   * queued there too, so neither is lost to a restart right after the commit.
   */
  private async withVersion(
    m: EntityManager,
    staged: StagedEvents,
    scope: NetworkScope,
    documentId: string,
    version: number,
    change: 'created' | 'version' | 'restored',
  ): Promise<void> {
    await staged.stage(m, 'document.changed', { networkId: scope.id, documentId, change });
    await this.jobs.sendWithin(m, TEXT_QUEUE, { documentId, version }, { singletonKey: `${documentId}:${version}` });
  }

  async addVersion(actor: Actor, documentId: string, request: MultipartRequest): Promise<DocumentDetailDto> {
    const { scope } = await this.scopeOf(actor, documentId, 'network.content.write');
    const upload = await this.receiveChecked(request);
    try {
      await this.appendVersion(actor, scope, documentId, upload, (upload.fields['note'] ?? '').trim().slice(0, 500));
      return this.detail(actor, scope, (await this.repo.one(scope, documentId))!);
    } catch (err) {
      await this.storage.discard(upload.file);
      throw err;
    }
  }

  /** Makes an old version current again as a new version (the history stays whole). */
  async restoreVersion(actor: Actor, documentId: string, number: number): Promise<DocumentDetailDto> {
    const { scope } = await this.scopeOf(actor, documentId, 'network.content.write');
    const old = await this.repo.version(scope, documentId, number);
    if (!old) throw notFound('Versionen finns inte.');
    const staged = this.events.batch();
    await this.repo.transaction(async (m) => {
      await this.repo.lockDocument(m, scope, documentId);
      const version = await this.repo.insertVersion(m, scope, documentId, actor.personId, {
        fileName: old.fileName,
        kind: old.kind,
        mediaType: old.mediaType,
        size: old.size,
        sha256: old.sha256,
        storageKey: old.storageKey,
        note: `Återställd från version ${old.number}`,
        restoredFrom: old.number,
      });
      await this.withVersion(m, staged, scope, documentId, version, 'restored');
    });
    staged.publish();
    return this.detail(actor, scope, (await this.repo.one(scope, documentId))!);
  }

  async update(actor: Actor, documentId: string, body: UpdateDocumentDto): Promise<DocumentDetailDto> {
    const { scope, row } = await this.scopeOf(actor, documentId, 'network.content.write');
    this.requireEditor(actor, scope, row);
    if (body.folderId && !(await this.repo.folder(scope, body.folderId))) {
      throw validation([{ field: 'folderId', message: 'Mappen finns inte i nätverkets bibliotek.' }]);
    }
    const title = body.title?.normalize('NFC').trim();
    if (body.title !== undefined && !title) throw validation([{ field: 'title', message: 'Ange en titel.' }]);
    await this.events.staging('document.changed', { networkId: scope.id, documentId, change: 'updated' }, (within) =>
      this.repo.update(scope, documentId, { title, folderId: body.folderId, tags: body.tags ? cleanTags(body.tags) : undefined }, within),
    );
    return this.detail(actor, scope, (await this.repo.one(scope, documentId))!);
  }

  async remove(actor: Actor, documentId: string): Promise<void> {
    const { scope, row } = await this.scopeOf(actor, documentId, 'network.content.write');
    this.requireEditor(actor, scope, row);
    await this.events.staging('document.changed', { networkId: scope.id, documentId, change: 'deleted' }, (within) =>
      this.repo.setDeleted(scope, documentId, actor.personId, within),
    );
  }

  /** Takes a document out of the waste bin (coordinators and the secretariat). */
  async undelete(actor: Actor, documentId: string): Promise<DocumentDetailDto> {
    const { scope } = await this.scopeOf(actor, documentId, 'network.content.moderate', true);
    await this.events.staging('document.changed', { networkId: scope.id, documentId, change: 'restored' }, (within) =>
      this.repo.setDeleted(scope, documentId, null, within),
    );
    return this.detail(actor, scope, (await this.repo.one(scope, documentId))!);
  }

  async download(actor: Actor, documentId: string, q: DownloadQueryDto): Promise<Download> {
    const { scope, row } = await this.scopeOf(actor, documentId, 'network.content.read');
    const which = q.version === undefined ? null : /^\d+$/.test(q.version) ? Number(q.version) : q.version.toLowerCase();
    const v = await this.repo.version(scope, row.id, which);
    if (!v) throw notFound('Versionen finns inte.');
    const inline = q.disposition === 'inline' && PREVIEWABLE.has(v.kind);
    let stream: Readable;
    try {
      stream = await this.storage.open(v.storageKey, v.sha256, v.size);
    } catch (err) {
      this.logger.error({ err: (err as Error).message, documentId, version: v.number }, 'Stored document bytes are missing or damaged');
      throw new DomainError('internal', 'Filen kunde inte läsas från lagringen. Sekretariatet har fått veta det.');
    }
    stream.on('error', (err) =>
      this.logger.error({ err: err.message, documentId, version: v.number }, 'Document bytes failed their checksum while sent'),
    );
    if (scope.visibility !== 'open') {
      await this.events.record('audit', {
        action: 'document.downloaded',
        actorId: actor.personId,
        networkId: scope.id,
        subjectId: row.id,
        detail: { version: v.number, visibility: scope.visibility },
      });
    }
    return {
      stream,
      headers: {
        'Content-Type': v.mediaType,
        'Content-Length': String(v.size),
        'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', v.fileName),
        'X-Content-Type-Options': 'nosniff',
        // A file is never a page: no scripts, no plugins, no same-origin rights, even if opened directly.
        'Content-Security-Policy': inline
          ? "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'"
          : "sandbox; default-src 'none'",
        'X-Frame-Options': inline ? 'SAMEORIGIN' : 'DENY',
        'Cache-Control': 'private, no-store',
        ETag: `"${v.sha256}"`,
      },
    };
  }

  /**
   * The bytes of one version with no access check, for the register extract (which holds what
   * the person uploaded, wherever it lies now). Null when the version is gone.
   */
  async openVersionForExtract(documentId: string, versionNumber: number): Promise<Readable | null> {
    const v = await this.repo.versionForExtract(documentId, versionNumber);
    if (!v) return null;
    return this.storage.open(v.storageKey, v.sha256, v.size);
  }

  // Folders

  async createFolder(actor: Actor, networkIdOrSlug: string, body: CreateFolderDto): Promise<FolderDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.write', networkIdOrSlug);
    const parentId = body.parentId ?? null;
    if (parentId && !(await this.repo.folder(scope, parentId))) throw validation([{ field: 'parentId', message: 'Mappen finns inte.' }]);
    const name = body.name.normalize('NFC').trim();
    if (!name) throw validation([{ field: 'name', message: 'Ange ett namn.' }]);
    const id = await this.events
      .staging('document.changed', { networkId: scope.id, documentId: null, change: 'folders' }, (within) =>
        this.repo.createFolder(scope, actor.personId, name, parentId, within),
      )
      .catch((err: unknown) => {
        throw this.folderConflict(err);
      });
    return { id, parentId, name, documentCount: 0, canEdit: true };
  }

  private folderConflict(err: unknown): unknown {
    return (err as { code?: string }).code === '23505' ? new DomainError('conflict', 'Det finns redan en mapp med det namnet här.') : err;
  }

  private async folderScope(
    actor: Actor,
    folderId: string,
  ): Promise<{ scope: NetworkScope; folder: { id: string; parentId: string | null; createdBy: string | null } }> {
    const networkId = isUuid(folderId) ? await this.repo.networkOfFolder(folderId) : null;
    const scope = await this.access.requireNetworkOf(actor, 'network.content.write', networkId, FOLDER_GONE);
    const folder = await this.repo.folder(scope, folderId);
    if (!folder) throw notFound(FOLDER_GONE);
    if (!scope.manages && folder.createdBy !== actor.personId) {
      throw forbidden('Bara den som skapade mappen, nätverkets samordnare och sekretariatet får ändra den.');
    }
    return { scope, folder };
  }

  async updateFolder(actor: Actor, folderId: string, body: UpdateFolderDto): Promise<void> {
    const { scope } = await this.folderScope(actor, folderId);
    if (body.parentId) {
      if (!(await this.repo.folder(scope, body.parentId))) throw validation([{ field: 'parentId', message: 'Mappen finns inte.' }]);
      if (await this.repo.isDescendant(scope, body.parentId, folderId))
        throw validation([{ field: 'parentId', message: 'En mapp kan inte ligga i sig själv.' }]);
    }
    const name = body.name?.normalize('NFC').trim();
    if (body.name !== undefined && !name) throw validation([{ field: 'name', message: 'Ange ett namn.' }]);
    await this.events
      .staging('document.changed', { networkId: scope.id, documentId: null, change: 'folders' }, (within) =>
        this.repo.updateFolder(scope, folderId, { name, parentId: body.parentId }, within),
      )
      .catch((err: unknown) => {
        throw this.folderConflict(err);
      });
  }

  async deleteFolder(actor: Actor, folderId: string): Promise<void> {
    const { scope } = await this.folderScope(actor, folderId);
    const deleted = await this.events.staging('document.changed', { networkId: scope.id, documentId: null, change: 'folders' }, (within) =>
      this.repo.deleteEmptyFolder(scope, folderId, within),
    );
    if (!deleted) throw new DomainError('conflict', 'Mappen är inte tom: flytta eller ta bort det som ligger i den först.');
  }

  // Links from other domains (meeting minutes)

  /** Which of these ids are live documents of the network (for another domain's attach check). */
  liveIds(scope: NetworkScope, ids: readonly string[]): Promise<Set<string>> {
    return this.repo.liveIds(scope, ids);
  }

  /** The network's documents as attachments, in order (the caller has checked the network's access). */
  attachments(scope: NetworkScope, ids: readonly string[]): Promise<AttachmentDto[]> {
    return this.repo.attachments(scope, ids);
  }

  /**
   * Documents linked from elsewhere (a message's attachments) as the person may see them now, by
   * id; a document purged for good is missing from the map. Checks the person's rights itself.
   */
  async attachmentsReadableBy(personId: string, ids: readonly string[]): Promise<Map<string, AttachmentDto>> {
    const rows = await this.repo.attachmentsReadableBy(personId, [...new Set(ids)]);
    return new Map(rows.map((a) => [a.id, a]));
  }

  /** Which of these ids are live documents the person may read now (in `networkId` only, when given): what they may attach. */
  liveReadableBy(personId: string, ids: readonly string[], networkId: string | null): Promise<Set<string>> {
    return this.repo.liveReadableBy(personId, ids, networkId);
  }

  // The secretariat's settings and the retention job

  settings(): Promise<DocumentSettingsDto> {
    return this.repo.settings();
  }

  async updateSettings(actor: Actor, body: UpdateDocumentSettingsDto): Promise<DocumentSettingsDto> {
    const settings = await this.repo.updateSettings(actor.personId, body);
    await this.events.record('audit', {
      action: 'settings.changed',
      actorId: actor.personId,
      detail: { area: 'documents', retentionDays: settings.retentionDays, networkQuotaMb: settings.networkQuotaMb },
    });
    return settings;
  }

  /** Removes deleted documents whose retention has ended, in batches; their bytes go with the next orphan sweep. */
  async purgeExpired(now = new Date(), batch?: number): Promise<{ documents: number }> {
    const result = await this.repo.purgeExpired(now, batch);
    if (result.documents > 0) this.logger.log(result, 'Deleted documents removed after their retention');
    return result;
  }

  /**
   * Removes stored bytes no version uses (a record that failed after its bytes were written, or
   * documents purged) once they are older than the grace period, so an upload in flight keeps them.
   */
  async sweepOrphans(now = new Date()): Promise<{ files: number }> {
    const files = await this.repo.sweepOrphans(new Date(now.getTime() - ORPHAN_GRACE_MS), (key) => this.storage.remove(key));
    if (files > 0) this.logger.log({ files }, 'Stored document bytes no version uses were removed');
    return { files };
  }
}
