import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import S3rver from 's3rver';
import { loadConfig } from '@hub/core';
import { DocumentsService, ORPHAN_GRACE_MS } from '@hub/documents';
import { makeDocx } from '@hub/testing';
import { type Credentials, type NetworkHandle, TestHub } from '../support/test-hub';

/** With DOCUMENT_STORAGE=s3 the bytes live in a bucket that several API instances share. */
describe('documents in an S3-compatible bucket', () => {
  const directory = join(process.env['HUB_TEST_DATA_DIR'] ?? '.data/test', `s3-${process.pid}`);
  let s3: S3rver;
  let hub: TestHub;
  let other: TestHub;
  let network: NetworkHandle;
  let as: Credentials;
  let env: Record<string, string>;
  // The hub reaches the bucket through this proxy, which can cut every upload off mid-body.
  let proxy: Server;
  let cutUploads = false;
  let uploadsStarted = 0;
  const connections = new Set<Socket>();

  beforeAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'hubdocs', configs: [] }] });
    const { port } = await s3.run();
    proxy = createServer((client) => {
      const upstream = connect(port, '127.0.0.1');
      connections.add(client).add(upstream);
      // Cut after the first chunk of a PUT (its headers) when asked: the body never arrives whole.
      let cut = false;
      client.on('data', (chunk: Buffer) => {
        if (chunk.subarray(0, 4).toString() === 'PUT ') {
          uploadsStarted++;
          cut = cutUploads;
        } else if (cut) {
          client.destroy();
          upstream.destroy();
          return;
        }
        upstream.write(chunk);
      });
      upstream.pipe(client);
      for (const socket of [client, upstream]) {
        socket.on('error', () => undefined);
        socket.on('close', () => {
          connections.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    env = {
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      S3_BUCKET: 'hubdocs',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
    hub = await TestHub.start(env);
    other = await hub.sibling();
    network = await hub.network({ visibility: 'closed' });
    const person = await hub.person();
    await hub.member(network, person);
    as = await hub.login(person);
  });
  afterAll(async () => {
    await other.close();
    await hub.close();
    for (const socket of connections) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const objectFile = (bytes: Buffer): string =>
    join(directory, 'hubdocs', 'objects', `${createHash('sha256').update(bytes).digest('hex')}._S3rver_object`);

  it('an upload to one instance downloads byte-identical from another, and its text is read for search', async () => {
    const bytes = makeDocx(['Gemensam lägesbild för samverkansgruppen']);
    const res = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, { as, fileName: 'Lägesbild.docx', bytes });
    expect(res.status).toBe(201);
    expect(existsSync(objectFile(bytes))).toBe(true);
    // Nothing stays on the receiving instance's disk.
    rmSync(join(hub.config.documentStorageDir, 'tmp'), { recursive: true, force: true });
    const down = await other.get(`/api/v1/documents/${res.body.id}/download`, { as });
    expect(down.status).toBe(200);
    expect(down.raw.equals(bytes)).toBe(true);

    for (let i = 0; i < 200; i++) {
      const doc = await hub.get<{ extraction: { status: string } }>(`/api/v1/documents/${res.body.id}`, { as });
      if (doc.body.extraction.status !== 'pending') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await hub.settle();
    const found = await hub.get<{ documents: Array<{ id: string }> }>('/api/v1/search?type=documents&q=samverkansgruppen', { as });
    expect(found.body.documents.map((d) => d.id)).toContain(res.body.id);
  });

  it('a missing object is a clear 500 problem, and a purge leaves the bytes to the orphan sweep, which removes them from the bucket', async () => {
    const bytes = Buffer.from(`Tillfälligt dokument ${Date.now()}`);
    const res = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, { as, fileName: 'Tillfälligt.txt', bytes });
    expect(existsSync(objectFile(bytes))).toBe(true);
    await hub.delete(`/api/v1/documents/${res.body.id}`, { as });
    await hub.db.query(`UPDATE document SET deleted_at = now() - interval '31 days' WHERE id = $1`, [res.body.id]);
    const documents = hub.app.get(DocumentsService);
    expect(await documents.purgeExpired()).toEqual({ documents: 1 });
    expect(existsSync(objectFile(bytes))).toBe(true);
    expect(await documents.sweepOrphans(new Date(Date.now() + ORPHAN_GRACE_MS + 60_000))).toEqual({ files: 1 });
    expect(existsSync(objectFile(bytes))).toBe(false);

    const lost = Buffer.from(`Försvunnet ${Date.now()}`);
    const doc = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as,
      fileName: 'Försvunnet.txt',
      bytes: lost,
    });
    rmSync(objectFile(lost));
    rmSync(objectFile(lost).replace('._S3rver_object', '._S3rver_metadata.json'), { force: true });
    const res404 = await other.get<{ detail: string }>(`/api/v1/documents/${doc.body.id}/download`, { as });
    expect(res404.status).toBe(500);
    expect(res404.body.detail).toContain('kunde inte läsas');
  });

  it('a bucket that fails mid-upload (every retry) answers 503 and leaves no document, no temporary file, and no orphan after the sweep', async () => {
    const bytes = Buffer.alloc(512 * 1024, `Avbruten uppladdning ${Date.now()} `);
    const key = createHash('sha256').update(bytes).digest('hex');
    cutUploads = true;
    const startedBefore = uploadsStarted;
    let failed;
    try {
      failed = await hub.upload<{ status: number; detail: string }>(`/api/v1/networks/${network.id}/documents`, {
        as,
        fileName: 'Avbruten.txt',
        bytes,
      });
    } finally {
      cutUploads = false;
    }
    expect(failed.status).toBe(503);
    // The SDK's timeouts and our retries: three attempts, each sending the file from its start.
    expect(uploadsStarted - startedBefore).toBe(3);
    expect(failed.body.detail).toBe('Filen kunde inte sparas just nu. Försök igen om en stund.');
    expect(await hub.db.query(`SELECT 1 FROM document WHERE title = 'Avbruten'`)).toEqual([]);
    expect(await hub.db.query(`SELECT 1 FROM document_version WHERE sha256 = $1`, [key])).toEqual([]);
    expect(readdirSync(join(hub.config.documentStorageDir, 'tmp'))).toEqual([]);
    // What the cut-off upload may have left in the bucket (s3rver keeps a partial object; S3 would
    // not) is listed, so the sweep removes it after the grace period.
    await hub.app.get(DocumentsService).sweepOrphans(new Date(Date.now() + ORPHAN_GRACE_MS + 60_000));
    expect(existsSync(objectFile(bytes))).toBe(false);
    expect(await hub.db.query(`SELECT 1 FROM document_object WHERE key = $1`, [key])).toEqual([]);

    // The same file goes through once the bucket answers again.
    const again = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, { as, fileName: 'Avbruten.txt', bytes });
    expect(again.status).toBe(201);
    expect((await other.get(`/api/v1/documents/${again.body.id}/download`, { as })).raw.equals(bytes)).toBe(true);
  });

  it('refuses to start with DOCUMENT_STORAGE=s3 but no bucket, naming what to set', () => {
    expect(() => loadConfig({ DOCUMENT_STORAGE: 's3', S3_ENDPOINT: env['S3_ENDPOINT'] })).toThrow(
      'DOCUMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set them or use DOCUMENT_STORAGE=local.',
    );
    expect(() => loadConfig({ DOCUMENT_STORAGE: 'ftp' })).toThrow(
      'DOCUMENT_STORAGE must be "local" or "s3", but is "ftp": fix or unset it.',
    );
  });
});
