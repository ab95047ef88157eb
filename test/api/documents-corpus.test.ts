import http from 'node:http';
import { Readable } from 'node:stream';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makePng, maliciousCorpus, oversize } from '@hub/testing';
import { type Credentials, type NetworkHandle, TestHub } from '../support/test-hub';

const REFUSED_STATUS = {
  'bad-name': 422,
  'type-not-allowed': 415,
  'content-mismatch': 415,
  empty: 422,
  'unsafe-archive': 422,
  malware: 422,
} as const;

/** Streams a multipart upload of `size` bytes over real HTTP while sampling this process's memory. */
function streamUpload(
  base: string,
  origin: string,
  path: string,
  as: Credentials & { kind: 'cookie' },
  fileName: string,
  size: number,
  source: Readable = oversize(size),
): Promise<{ status: number; body: string; peakRss: number }> {
  const boundary = '----hubcorpus';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      {
        method: 'POST',
        headers: {
          cookie: `nh_session=${as.cookie}`,
          'x-csrf-token': as.csrf,
          origin,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => {
          clearInterval(sampler);
          resolve({ status: res.statusCode ?? 0, body, peakRss });
        });
      },
    );
    // The server may answer (413) and close before all bytes are sent: that is its right.
    req.on('error', (err) => {
      clearInterval(sampler);
      reject(err);
    });
    req.write(head);
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
}

/** A hub with the given upload limit, a network, a member signed in, and room enough in the quota. */
async function uploaderHub(
  maxMb: string,
  visibility: 'open' | 'closed',
): Promise<{ hub: TestHub; network: NetworkHandle; as: Credentials & { kind: 'cookie' } }> {
  const hub = await TestHub.start({ DOCUMENT_MAX_MB: maxMb });
  const network = await hub.network({ visibility });
  const person = await hub.person();
  await hub.member(network, person);
  const as = (await hub.login(person)) as Credentials & { kind: 'cookie' };
  await hub.patch('/api/v1/admin/document-settings', {
    as: await hub.login(await hub.person({ role: 'admin' })),
    body: { networkQuotaMb: 10_000 },
  });
  return { hub, network, as };
}

describe('malicious uploads', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let as: Credentials & { kind: 'cookie' };

  beforeAll(async () => ({ hub, network, as } = await uploaderHub('50', 'closed')));
  afterAll(() => hub.close());

  const corpus = maliciousCorpus();

  it('has at least 30 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((c) => [c.name.replace(/[\u0000-\u001f\u202e]/g, '?'), c] as const))(
    '%s is refused or neutralised, never a 5xx',
    async (_name, entry) => {
      const res = await hub.upload<{ id: string; detail: string; fileName: string }>(`/api/v1/networks/${network.id}/documents`, {
        as,
        fileName: entry.name,
        bytes: entry.bytes(),
      });
      expect(res.status).toBeLessThan(500);
      if (entry.expect === 'accepted-neutralised') {
        expect(res.status).toBe(201);
        if (entry.savedAs) expect(res.body.fileName).toBe(entry.savedAs);
        const down = await hub.get(`/api/v1/documents/${res.body.id}/download`, { as });
        expect(down.headers['content-disposition']).toMatch(/^attachment;/);
        expect(down.headers['x-content-type-options']).toBe('nosniff');
        expect(String(down.headers['content-security-policy'])).toMatch(/^sandbox/);
        expect(String(down.headers['content-type'])).not.toMatch(/html|svg|javascript|xml/);
      } else {
        expect({ status: res.status, problem: res.headers['content-type'] }).toEqual({
          status: REFUSED_STATUS[entry.expect],
          problem: expect.stringContaining('application/problem+json'),
        });
        expect(res.body.detail.length).toBeGreaterThan(10);
      }
    },
  );

  it('a 51 MB file is refused with 413 while it streams in, and no temporary file stays', async () => {
    const base = await hub.listen();
    const res = await streamUpload(base, hub.config.publicUrl, `/api/v1/networks/${network.id}/documents`, as, 'Stor.pdf', 51 * 1024 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ detail: 'Filen är större än 50 MB, som är största tillåtna storlek.' });
    expect(readdirSync(join(hub.config.documentStorageDir, 'tmp'))).toEqual([]);
  });
});

describe('memory while large files stream', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let as: Credentials & { kind: 'cookie' };

  beforeAll(async () => ({ hub, network, as } = await uploaderHub('400', 'open')));
  afterAll(() => hub.close());

  /** A valid PNG header followed by filler: accepted (images are never decoded), nothing to read for search. */
  function largeImage(size: number): Readable {
    const head = makePng().subarray(0, 33);
    const block = Buffer.alloc(256 * 1024, 7);
    function* chunks(): Generator<Buffer> {
      yield head;
      for (let left = size - head.length; left > 0; left -= block.length) yield block.subarray(0, Math.min(left, block.length));
    }
    return Readable.from(chunks());
  }

  it('a 300 MB upload and its download go through without the server holding the file in memory', async () => {
    const size = 300 * 1024 * 1024;
    const base = await hub.listen();
    const before = process.memoryUsage().rss;
    // Client and server share this process: holding the file anywhere would add at least its 300 MB.
    const up = await streamUpload(base, hub.config.publicUrl, `/api/v1/networks/${network.id}/documents`, as, 'Flygfoto.png', size, largeImage(size));
    expect(up.status).toBe(201);
    expect(up.peakRss - before).toBeLessThan(150 * 1024 * 1024);
    const id = (JSON.parse(up.body) as { id: string }).id;

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const received = await new Promise<number>((resolve, reject) => {
      http
        .get(`${base}/api/v1/documents/${id}/download`, { headers: { cookie: `nh_session=${as.cookie}` } }, (res) => {
          let n = 0;
          res.on('data', (d: Buffer) => (n += d.length));
          res.on('end', () => resolve(n));
        })
        .on('error', reject);
    });
    clearInterval(sampler);
    expect(received).toBe(size);
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });
});
