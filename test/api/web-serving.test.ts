import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { TestHub } from '../support/test-hub';

const BIG = `export const words = ${JSON.stringify('välfärdsteknik '.repeat(2000))};`;

describe('serving the web app', () => {
  let hub: TestHub;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><title>Nätverkshubben</title><div id="root"></div>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    // What the build writes beside each asset (scripts/build.cjs): brotli and gzip copies.
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), BIG);
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(BIG));
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js.gz'), gzipSync(BIG));
    // The web app's own icon (Vite copies apps/web/public to the root of the build).
    copyFileSync(join(__dirname, '..', '..', 'apps', 'web', 'public', 'favicon.ico'), join(dir, 'favicon.ico'));
    hub = await TestHub.start({ HUB_WEB_DIR: dir });
  });
  afterAll(() => hub.close());

  it('serves the app at / and its deep links, with a strict Content-Security-Policy', async () => {
    for (const path of ['/', '/natverk/natverket-for-valfardsteknik', '/profil']) {
      const res = await hub.get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('Nätverkshubben');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves assets as files and unknown API paths as problems, not as the app', async () => {
    const asset = await hub.get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log(1)');
    const api = await hub.get('/api/v2/inget');
    expect(api.status).toBe(404);
    expect(String(api.headers['content-type'])).toContain('application/problem+json');
  });

  it('sends the precompressed copy the browser takes; hashed assets are cached for a year, the page is checked each time', async () => {
    const br = await hub.get('/assets/app-1a2b3c.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['content-type'])).toMatch(/javascript/);
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(br.raw.length).toBeLessThan(BIG.length / 10);
    expect(brotliDecompressSync(br.raw).toString('utf8')).toBe(BIG);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await hub.get('/assets/app-1a2b3c.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.raw).toString('utf8')).toBe(BIG);
    const plain = await hub.get('/assets/app-1a2b3c.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(BIG);
    for (const path of ['/', '/natverk/gis-natverket']) expect((await hub.get(path)).headers['cache-control']).toBe('no-cache');
  });

  it('serves /favicon.ico as an icon, not a 404 or the app shell', async () => {
    const res = await hub.get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const ico = readFileSync(join(__dirname, '..', '..', 'apps', 'web', 'public', 'favicon.ico'));
    // An ICO file: reserved 0, type 1 (icon), at least one image.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4) > 0]).toEqual([0, 1, true]);
  });

  it('answers API requests with no-store and a request id', async () => {
    const res = await hub.get('/api/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
