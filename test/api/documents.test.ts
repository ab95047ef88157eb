import { createHash } from 'node:crypto';
import { existsSync, readdirSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_STORAGE, type DocumentStorage, DocumentsService, ORPHAN_GRACE_MS } from '@hub/documents';
import { makeCsv, makeDocx, makeJpg, makeOdp, makeOds, makeOdt, makePdf, makePng, makePptx, makeXlsx } from '@hub/testing';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Version {
  id: string;
  number: number;
  fileName: string;
  size: number;
  sha256: string;
  note: string;
  restoredFrom: number | null;
  createdBy: { id: string; name: string } | null;
}
interface Doc {
  id: string;
  title: string;
  kind: string;
  fileName: string;
  size: number;
  version: number;
  tags: string[];
  folderId: string | null;
  canEdit: boolean;
  extraction: { status: string; reason: string | null };
  versions: Version[];
  deletedAt: string | null;
  purgeAt: string | null;
}
interface Library {
  documents: Doc[];
  folders: Array<{ id: string; name: string; parentId: string | null; documentCount: number }>;
  tags: Array<{ tag: string; count: number }>;
  usage: { usedBytes: number; quotaBytes: number; maxFileBytes: number };
  canUpload: boolean;
  canModerate: boolean;
  nextCursor: string | null;
}
interface Problem {
  status: number;
  detail: string;
  title: string;
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('document library', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let member: PersonHandle;
  let asMember: Credentials;
  let asCoordinator: Credentials;
  let asOther: Credentials;
  let asOutsider: Credentials;
  let asAdmin: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    network = await hub.network({ visibility: 'closed' });
    member = await hub.person({ name: 'Maja Medlem' });
    const other = await hub.person();
    const coordinator = await hub.person();
    await hub.member(network, member);
    await hub.member(network, other);
    await hub.member(network, coordinator, 'coordinator');
    asMember = await hub.login(member);
    asOther = await hub.login(other);
    asCoordinator = await hub.login(coordinator);
    asOutsider = await hub.login(await hub.person());
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
  });
  afterAll(() => hub.close());

  const upload = (fileName: string, bytes: Buffer, as: Credentials = asMember, fields?: Record<string, string>) =>
    hub.upload<Doc & Problem>(`/api/v1/networks/${network.id}/documents`, { as, fileName, bytes, fields });

  /** Waits for the background job to read the text of the current version. */
  async function extracted(id: string): Promise<Doc> {
    for (let i = 0; i < 200; i++) {
      const res = await hub.get<Doc>(`/api/v1/documents/${id}`, { as: asMember });
      if (res.body.extraction.status !== 'pending') return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('text extraction did not finish');
  }

  async function findInSearch(q: string, as: Credentials): Promise<string[]> {
    await hub.settle();
    const res = await hub.get<{ documents: Array<{ id: string; excerpt: string }> }>(
      `/api/v1/search?type=documents&q=${encodeURIComponent(q)}`,
      { as },
    );
    expect(res.status).toBe(200);
    return res.body.documents.map((d) => d.id);
  }

  const files: Array<[string, string, () => Promise<Buffer> | Buffer, string | null]> = [
    ['Upphandlingsmall.pdf', 'pdf', () => makePdf(['Upphandling av välfärdsteknik', 'Sista dag för anbud är fredag']), 'anbud'],
    ['Protokoll höst.docx', 'docx', () => makeDocx(['Protokoll från nätverksträffen', 'Åtgärder: kartlägga läget i Åstorp']), 'kartlägga'],
    ['Rapport.odt', 'odt', () => makeOdt(['Årsrapport för nätverket', 'Förebyggande arbete i skolan']), 'förebyggande'],
    ['Presentation.pptx', 'pptx', () => makePptx(['Välkomna', 'Digital samverkan mellan kommunerna']), 'samverkan'],
    [
      'Deltagare.csv',
      'csv',
      () =>
        makeCsv([
          ['Namn', 'Kommun'],
          ['Åsa Öberg', 'Ängelholm'],
        ]),
      'Ängelholm',
    ],
    [
      'Budget.xlsx',
      'xlsx',
      () =>
        makeXlsx([
          ['Post', 'Belopp'],
          ['Lokalhyra', '1200'],
        ]),
      'Lokalhyra',
    ],
    [
      'Kalkyl.ods',
      'ods',
      () =>
        makeOds([
          ['Post', 'Belopp'],
          ['Fika', '300'],
        ]),
      'Fika',
    ],
    ['Bilder.odp', 'odp', () => makeOdp(['Nätverksdag', 'Workshop om tillgänglighet']), 'tillgänglighet'],
    ['Karta.png', 'png', () => makePng(), null],
    ['Foto.jpg', 'jpg', () => makeJpg(), null],
  ];

  it.each(files)('%s round-trips: upload, byte-identical download, text extracted and searchable', async (name, kind, make, word) => {
    const bytes = await make();
    const res = await upload(name, bytes);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind, fileName: name, size: bytes.length, version: 1, canEdit: true });
    expect(res.body.versions[0]!.sha256).toBe(sha(bytes));

    const down = await hub.get(`/api/v1/documents/${res.body.id}/download`, { as: asMember });
    expect(down.status).toBe(200);
    expect(sha(down.raw)).toBe(sha(bytes));
    expect(down.headers['content-disposition']).toContain('attachment;');
    expect(down.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(String(down.headers['content-security-policy'])).toMatch(/^sandbox/);

    const done = await extracted(res.body.id);
    if (word === null) {
      expect(done.extraction).toEqual({ status: 'none', reason: null });
    } else {
      expect(done.extraction).toEqual({ status: 'done', reason: null });
      expect(await findInSearch(word, asMember)).toContain(res.body.id);
      // The text of a closed network's document never reaches a non-member.
      expect(await findInSearch(word, asOutsider)).not.toContain(res.body.id);
    }
  });

  it('keeps every version: who, when, size, checksum and note; old versions download and restore as a new version', async () => {
    const v1 = Buffer.from('Första utkastet av verksamhetsplanen');
    const v2 = Buffer.from('Andra utkastet, med synpunkter från Bjuv');
    const created = await upload('Verksamhetsplan.txt', v1);
    const id = created.body.id;
    const second = await hub.upload<Doc>(`/api/v1/documents/${id}/versions`, {
      as: asOther,
      fileName: 'Verksamhetsplan v2.txt',
      bytes: v2,
      fields: { note: 'Synpunkter inarbetade' },
    });
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);
    expect(second.body.versions.map((v) => [v.number, v.size, v.sha256, v.note])).toEqual([
      [2, v2.length, sha(v2), 'Synpunkter inarbetade'],
      [1, v1.length, sha(v1), ''],
    ]);
    expect(second.body.versions[1]!.createdBy?.name).toBe('Maja Medlem');

    expect((await hub.get(`/api/v1/documents/${id}/download`, { as: asMember })).raw.equals(v2)).toBe(true);
    expect((await hub.get(`/api/v1/documents/${id}/download?version=1`, { as: asMember })).raw.equals(v1)).toBe(true);
    const byId = await hub.get(`/api/v1/documents/${id}/download?version=${second.body.versions[1]!.id}`, { as: asMember });
    expect(byId.raw.equals(v1)).toBe(true);
    expect((await hub.get(`/api/v1/documents/${id}/download?version=9`, { as: asMember })).status).toBe(404);

    const restored = await hub.post<Doc>(`/api/v1/documents/${id}/versions/1/restore`, { as: asMember });
    expect(restored.status).toBe(200);
    expect(restored.body.version).toBe(3);
    expect(restored.body.versions[0]).toMatchObject({ number: 3, restoredFrom: 1, sha256: sha(v1), note: 'Återställd från version 1' });
    expect((await hub.get(`/api/v1/documents/${id}/download`, { as: asMember })).raw.equals(v1)).toBe(true);
  });

  it('a version id of another document is not a way in', async () => {
    const a = await upload('A.txt', Buffer.from('Dokument A'));
    const b = await upload('B.txt', Buffer.from('Dokument B'));
    const res = await hub.get(`/api/v1/documents/${a.body.id}/download?version=${b.body.versions[0]!.id}`, { as: asMember });
    expect(res.status).toBe(404);
  });

  it('names survive: å/ä/ö, spaces and dashes in the download name; path parts and control characters never reach storage', async () => {
    const res = await upload('../../etc/Protokoll maj 2026 – Åtgärder\u0000.txt', Buffer.from('Åtgärdslista'));
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('Protokoll maj 2026 – Åtgärder.txt');
    expect(res.body.title).toBe('Protokoll maj 2026 – Åtgärder');
    const down = await hub.get(`/api/v1/documents/${res.body.id}/download`, { as: asMember });
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''Protokoll%20maj%202026%20%E2%80%93%20%C3%85tg%C3%A4rder.txt");
    // Only server-made names on disk: objects by checksum and the temporary area.
    expect(readdirSync(hub.config.documentStorageDir).sort()).toEqual(['objects', 'tmp']);
    expect(existsSync(join(hub.config.documentStorageDir, 'objects', sha(Buffer.from('Åtgärdslista')).slice(0, 2)))).toBe(true);
  });

  it('refuses a type that is not allowed, naming the allowed ones, and keeps nothing', async () => {
    const res = await upload('sida.html', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toMatch(/pdf/i);
    expect(res.body.detail).toMatch(/docx/i);
    expect(readdirSync(join(hub.config.documentStorageDir, 'tmp'))).toEqual([]);
    const lib = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?q=sida`, { as: asMember });
    expect(lib.body.documents).toEqual([]);
  });

  it('only the uploader, coordinators and the secretariat rename, move, tag and delete', async () => {
    const doc = await upload('Minnesanteckningar.txt', Buffer.from('Anteckningar'));
    const id = doc.body.id;
    expect((await hub.patch(`/api/v1/documents/${id}`, { as: asOther, body: { title: 'Kapat' } })).status).toBe(403);
    expect((await hub.delete(`/api/v1/documents/${id}`, { as: asOther })).status).toBe(403);
    const other = await hub.get<Doc>(`/api/v1/documents/${id}`, { as: asOther });
    expect(other.body.canEdit).toBe(false);
    const renamed = await hub.patch<Doc>(`/api/v1/documents/${id}`, {
      as: asMember,
      body: { title: 'Minnesanteckningar 12 maj', tags: ['Protokoll', 'protokoll', ' Skola '] },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Minnesanteckningar 12 maj', tags: ['Protokoll', 'Skola'] });
    const byCoordinator = await hub.patch<Doc>(`/api/v1/documents/${id}`, { as: asCoordinator, body: { title: 'Anteckningar 12 maj' } });
    expect(byCoordinator.status).toBe(200);
  });

  it('tags and folders: filter by tag, list a folder, move between folders, refuse cycles and non-empty deletes', async () => {
    const top = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/document-folders`, {
      as: asMember,
      body: { name: 'Protokoll 2026' },
    });
    expect(top.status).toBe(201);
    const dup = await hub.post<Problem>(`/api/v1/networks/${network.id}/document-folders`, {
      as: asMember,
      body: { name: 'protokoll 2026' },
    });
    expect(dup.status).toBe(409);
    const sub = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/document-folders`, {
      as: asMember,
      body: { name: 'Våren', parentId: top.body.id },
    });
    expect(sub.status).toBe(201);
    const cycle = await hub.patch(`/api/v1/document-folders/${top.body.id}`, { as: asMember, body: { parentId: sub.body.id } });
    expect(cycle.status).toBe(400);

    const doc = await upload('Protokoll 3 mars.txt', Buffer.from('Protokoll tredje mars'), asMember, {
      folderId: sub.body.id,
      tags: 'Protokoll, Vår',
    });
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ folderId: sub.body.id, tags: ['Protokoll', 'Vår'] });

    const inFolder = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?folder=${sub.body.id}`, { as: asMember });
    expect(inFolder.body.documents.map((d) => d.id)).toEqual([doc.body.id]);
    expect(inFolder.body.folders.find((f) => f.id === sub.body.id)).toMatchObject({
      name: 'Våren',
      parentId: top.body.id,
      documentCount: 1,
    });
    const tagged = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?tag=v%C3%A5r`, { as: asMember });
    expect(tagged.body.documents.map((d) => d.id)).toEqual([doc.body.id]);
    expect(tagged.body.tags).toEqual(expect.arrayContaining([{ tag: 'Vår', count: 1 }]));

    expect((await hub.delete(`/api/v1/document-folders/${sub.body.id}`, { as: asMember })).status).toBe(409);
    const moved = await hub.patch<Doc>(`/api/v1/documents/${doc.body.id}`, { as: asMember, body: { folderId: null } });
    expect(moved.body.folderId).toBeNull();
    expect((await hub.delete(`/api/v1/document-folders/${sub.body.id}`, { as: asMember })).status).toBe(204);

    // A folder of another network is not a place to put things.
    const elsewhere = await hub.network({ visibility: 'open' });
    const foreign: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO document_folder (network_id, name) VALUES ($1, 'Främmande') RETURNING id`,
      [elsewhere.id],
    );
    const wrong = await upload('X.txt', Buffer.from('x'), asMember, { folderId: foreign[0]!.id });
    expect(wrong.status).toBe(400);
  });

  it('delete is a tombstone: gone from the library, in the coordinator’s waste bin until the retention ends, then removed with its bytes', async () => {
    const bytes = Buffer.from(`Unikt innehåll ${Date.now()}`);
    const shared = Buffer.from('Delat innehåll som finns i två dokument');
    const doc = await upload('Gammal rapport.txt', bytes);
    await hub.upload(`/api/v1/documents/${doc.body.id}/versions`, { as: asMember, fileName: 'Gammal rapport.txt', bytes: shared });
    const keeper = await upload('Behålls.txt', shared);
    const objectPath = (b: Buffer): string => {
      const h = sha(b);
      return join(hub.config.documentStorageDir, 'objects', h.slice(0, 2), h.slice(2, 4), h);
    };
    expect(existsSync(objectPath(bytes))).toBe(true);

    expect((await hub.delete(`/api/v1/documents/${doc.body.id}`, { as: asMember })).status).toBe(204);
    expect((await hub.get(`/api/v1/documents/${doc.body.id}`, { as: asMember })).status).toBe(404);
    expect((await hub.get(`/api/v1/documents/${doc.body.id}/download`, { as: asMember })).status).toBe(404);
    const lib = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?limit=200`, { as: asMember });
    expect(lib.body.documents.map((d) => d.id)).not.toContain(doc.body.id);
    expect((await hub.get(`/api/v1/networks/${network.id}/documents?deleted=true`, { as: asMember })).status).toBe(403);
    const bin = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?deleted=true`, { as: asCoordinator });
    const binned = bin.body.documents.find((d) => d.id === doc.body.id)!;
    expect(binned.deletedAt).not.toBeNull();
    expect(new Date(binned.purgeAt!).getTime() - new Date(binned.deletedAt!).getTime()).toBe(30 * 24 * 3600 * 1000);

    // Taken back out of the bin, then deleted again.
    expect((await hub.post(`/api/v1/documents/${doc.body.id}/restore`, { as: asCoordinator })).status).toBe(200);
    expect((await hub.get(`/api/v1/documents/${doc.body.id}`, { as: asMember })).status).toBe(200);
    await hub.delete(`/api/v1/documents/${doc.body.id}`, { as: asMember });

    const purge = (at: Date) => hub.app.get(DocumentsService).purgeExpired(at);
    expect(await purge(new Date())).toEqual({ documents: 0 });
    expect(existsSync(objectPath(bytes))).toBe(true);
    const settings = await hub.patch<{ retentionDays: number }>('/api/v1/admin/document-settings', {
      as: asAdmin,
      body: { retentionDays: 0 },
    });
    expect(settings.body.retentionDays).toBe(0);
    const result = await purge(new Date(Date.now() + 1000));
    expect(result.documents).toBeGreaterThanOrEqual(1);
    await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { retentionDays: 30 } });
    const rows: unknown[] = await hub.db.query(`SELECT 1 FROM document_version WHERE document_id = $1`, [doc.body.id]);
    expect(rows).toEqual([]);
    // The bytes go with the orphan sweep once they are older than its grace period.
    expect(existsSync(objectPath(bytes))).toBe(true);
    await hub.app.get(DocumentsService).sweepOrphans(new Date(Date.now() + ORPHAN_GRACE_MS + 60_000));
    expect(existsSync(objectPath(bytes))).toBe(false);
    // Bytes another document still uses stay.
    expect(existsSync(objectPath(shared))).toBe(true);
    const kept = await hub.get(`/api/v1/documents/${keeper.body.id}/download`, { as: asMember });
    expect(kept.raw.equals(shared)).toBe(true);
  });

  it('the purge works through a backlog in batches and leaves nothing due behind', async () => {
    const ids: string[] = [];
    for (const name of ['Bortkastad 1.txt', 'Bortkastad 2.txt', 'Bortkastad 3.txt']) {
      const doc = await upload(name, Buffer.from(`${name} ${Date.now()}`));
      expect((await hub.delete(`/api/v1/documents/${doc.body.id}`, { as: asMember })).status).toBe(204);
      ids.push(doc.body.id);
    }
    await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { retentionDays: 0 } });
    try {
      const result = await hub.app.get(DocumentsService).purgeExpired(new Date(Date.now() + 1000), 2);
      expect(result.documents).toBeGreaterThanOrEqual(3);
    } finally {
      await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { retentionDays: 30 } });
    }
    const left: unknown[] = await hub.db.query(`SELECT 1 FROM document WHERE id = ANY($1::uuid[])`, [ids]);
    expect(left).toEqual([]);
  });

  it('bytes are written before their record: an upload in flight keeps them through a sweep, and bytes whose record failed go after the grace', async () => {
    const place = await hub.network({ visibility: 'closed' });
    await hub.member(place, member);
    const storage = hub.app.get<DocumentStorage>(DOCUMENT_STORAGE);
    const service = hub.app.get(DocumentsService);
    const objectPath = (b: Buffer): string => {
      const h = sha(b);
      return join(hub.config.documentStorageDir, 'objects', h.slice(0, 2), h.slice(2, 4), h);
    };
    // Hold each upload between writing its bytes and recording them.
    const commit = storage.commit.bind(storage);
    let written!: () => void;
    let release!: () => void;
    const hold = jest.spyOn(storage, 'commit').mockImplementation(async (received) => {
      const key = await commit(received);
      written();
      await new Promise<void>((r) => (release = r));
      return key;
    });
    try {
      const inFlight = Buffer.from(`På väg in ${Date.now()}`);
      let stored = new Promise<void>((r) => (written = r));
      const answer = hub.upload<Doc>(`/api/v1/networks/${place.id}/documents`, { as: asMember, fileName: 'På väg.txt', bytes: inFlight });
      await stored;
      expect(existsSync(objectPath(inFlight))).toBe(true);
      expect(await service.sweepOrphans()).toEqual({ files: 0 });
      release();
      const done = await answer;
      expect(done.status).toBe(201);
      expect((await hub.get(`/api/v1/documents/${done.body.id}/download`, { as: asMember })).raw.equals(inFlight)).toBe(true);

      // The secretariat lowers the quota while the next upload's bytes travel: its record is refused.
      const refused = Buffer.alloc(1536 * 1024, 'q');
      stored = new Promise<void>((r) => (written = r));
      const late = hub.upload<Problem>(`/api/v1/networks/${place.id}/documents`, {
        as: asMember,
        fileName: 'För sent.txt',
        bytes: refused,
      });
      await stored;
      await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { networkQuotaMb: 1 } });
      release();
      expect((await late).status).toBe(413);
      const recorded: unknown[] = await hub.db.query(`SELECT 1 FROM document_version WHERE sha256 = $1`, [sha(refused)]);
      expect(recorded).toEqual([]);
      expect(existsSync(objectPath(refused))).toBe(true);
      // Within the grace period nothing goes; after it only the bytes nobody uses.
      expect(await service.sweepOrphans()).toEqual({ files: 0 });
      const afterGrace = new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);
      expect((await service.sweepOrphans(afterGrace)).files).toBeGreaterThanOrEqual(1);
      expect(existsSync(objectPath(refused))).toBe(false);
      expect(existsSync(objectPath(inFlight))).toBe(true);
      expect((await hub.get(`/api/v1/documents/${done.body.id}/download`, { as: asMember })).raw.equals(inFlight)).toBe(true);
    } finally {
      hold.mockRestore();
      await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { networkQuotaMb: 2048 } });
    }
  });

  it('checks the stored bytes on every read: a damaged file is never handed out as if whole', async () => {
    // Several read chunks (~280 kB), so bytes are on their way when the checksum fails.
    const bytes = Buffer.from('Innehåll som ska skadas på disken '.repeat(8000));
    const doc = await upload('Skadad.txt', bytes);
    const h = sha(bytes);
    const path = join(hub.config.documentStorageDir, 'objects', h.slice(0, 2), h.slice(2, 4), h);
    const flipped = readFileSync(path);
    flipped[10] = flipped[10]! ^ 0xff;
    writeFileSync(path, flipped);
    // The size matches, so sending starts; the checksum fails at the end and the response is cut off.
    const damaged = await hub.get(`/api/v1/documents/${doc.body.id}/download`, { as: asMember }).catch((err: Error) => err);
    expect(damaged instanceof Error ? damaged.message : 'delivered whole').toMatch(/destroyed|aborted|premature/i);
    truncateSync(path, 10);
    const short = await hub.get<Problem>(`/api/v1/documents/${doc.body.id}/download`, { as: asMember });
    expect(short.status).toBe(500);
    expect(short.body.detail).toContain('kunde inte läsas');
  });

  it('the library answers with usage, what the viewer may do and the allowed types; pages by cursor', async () => {
    const lib = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?limit=2`, { as: asMember });
    expect(lib.status).toBe(200);
    expect(lib.body.documents).toHaveLength(2);
    expect(lib.body.nextCursor).not.toBeNull();
    expect(lib.body.usage.usedBytes).toBeGreaterThan(0);
    expect(lib.body.usage.quotaBytes).toBe(2048 * 1024 * 1024);
    expect(lib.body.usage.maxFileBytes).toBe(50 * 1024 * 1024);
    expect(lib.body).toMatchObject({ canUpload: true, canModerate: false });
    const next = await hub.get<Library>(`/api/v1/networks/${network.id}/documents?limit=2&cursor=${lib.body.nextCursor}`, { as: asMember });
    expect(next.body.documents.map((d) => d.id)).not.toContain(lib.body.documents[0]!.id);
    const bad = await hub.get(`/api/v1/networks/${network.id}/documents?cursor=bogus`, { as: asMember });
    expect(bad.status).toBe(400);
  });
});

describe('document limits', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let as: Credentials;
  let asAdmin: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start({ DOCUMENT_MAX_MB: '1' });
    network = await hub.network({ visibility: 'open' });
    const person = await hub.person();
    await hub.member(network, person);
    as = await hub.login(person);
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
  });
  afterAll(() => hub.close());

  it('a file over the limit is refused with 413 in Swedish and nothing is kept', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'a');
    const res = await hub.upload<Problem>(`/api/v1/networks/${network.id}/documents`, { as, fileName: 'Stor.txt', bytes: big });
    expect(res.status).toBe(413);
    expect(res.body.detail).toBe('Filen är större än 1 MB, som är största tillåtna storlek.');
    expect(readdirSync(join(hub.config.documentStorageDir, 'tmp'))).toEqual([]);
    const exact = await hub.upload(`/api/v1/networks/${network.id}/documents`, {
      as,
      fileName: 'Lagom.txt',
      bytes: Buffer.alloc(1024 * 1024, 'b'),
    });
    expect(exact.status).toBe(201);
  });

  it('the quota per network holds: a file that does not fit is refused with what is used and what to do', async () => {
    await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { networkQuotaMb: 2 } });
    const first = await hub.upload(`/api/v1/networks/${network.id}/documents`, {
      as,
      fileName: 'Ett.txt',
      bytes: Buffer.alloc(700 * 1024, 'c'),
    });
    expect(first.status).toBe(201);
    const second = await hub.upload<Problem>(`/api/v1/networks/${network.id}/documents`, {
      as,
      fileName: 'Två.txt',
      bytes: Buffer.alloc(700 * 1024, 'd'),
    });
    expect(second.status).toBe(413);
    expect(second.body.detail).toMatch(/får inte plats: nätverket använder .* av 2 MB/);
    expect(readdirSync(join(hub.config.documentStorageDir, 'tmp'))).toEqual([]);
  });

  it('an upload without a file or not multipart is a clear 4xx', async () => {
    const none = await hub.post<Problem>(`/api/v1/networks/${network.id}/documents`, { as, body: { file: 'x' } });
    expect(none.status).toBe(415);
    const empty = await hub.upload<Problem>(`/api/v1/networks/${network.id}/documents`, {
      as,
      fileName: 'Tom.txt',
      bytes: Buffer.alloc(0),
    });
    expect(empty.status).toBe(422);
  });
});
