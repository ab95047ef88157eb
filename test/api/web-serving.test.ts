import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestHub } from '../support/test-hub';

describe('serving the web app', () => {
  let hub: TestHub;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><title>Nätverkshubben</title><div id="root"></div>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
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
