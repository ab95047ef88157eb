// The web app's own files: a favicon on every page and no request that answers 404 while the login,
// start, network and Hitta kollega pages load; the JavaScript a first visit to the login and start
// pages transfers stays within its budget (precompressed, split by route).
import { type Page, type Request, expect, test } from '@playwright/test';
import { KARIN, signIn } from './support';

function collectMissing(page: Page): string[] {
  const missing: string[] = [];
  page.on('response', (res) => {
    if (res.status() === 404) missing.push(res.url());
  });
  return missing;
}

test('every page has the hub’s favicon and nothing it loads is missing', async ({ page }) => {
  const missing = collectMissing(page);
  await signIn(page, KARIN);
  for (const path of ['/', '/natverk/natverket-for-valfardsteknik', '/hitta-kollega', '/sok?q=GIS']) {
    await page.goto(path);
    // The page itself (its heading), not only the moment before the session is known.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main .loading')).toHaveCount(0);
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /^\/favicon\.(ico|svg)$/);
  }
  const icon = await page.request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
  const svg = await page.request.get('/favicon.svg');
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(missing).toEqual([]);
});

/** Budget for the JavaScript of a first visit (compressed bytes on the wire), login and start pages. */
const JS_BUDGET = 150 * 1024;

async function transferredJs(page: Page, go: () => Promise<void>): Promise<{ bytes: number; files: string[] }> {
  const scripts: Request[] = [];
  const onRequest = (r: Request): void => {
    if (r.resourceType() === 'script') scripts.push(r);
  };
  page.on('request', onRequest);
  await go();
  await expect(page.locator('main .loading')).toHaveCount(0);
  page.off('request', onRequest);
  let bytes = 0;
  for (const r of scripts) {
    const res = await r.response();
    expect(res?.headers()['content-encoding'], r.url()).toMatch(/^(br|gzip)$/);
    bytes += (await r.sizes()).responseBodySize;
  }
  return { bytes, files: scripts.map((r) => new URL(r.url()).pathname) };
}

test('the login and start pages load only their own code, compressed, within the JavaScript budget', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = await transferredJs(page, async () => {
    await page.goto('/logga-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  });
  expect(login.bytes).toBeLessThanOrEqual(JS_BUDGET);
  // Pages of their own are loaded when visited, not with the login page.
  expect(login.files.filter((f) => /\/assets\/(admin|library|meeting|chat|start)-/.test(f))).toEqual([]);
  const asset = await page.request.get(login.files.find((f) => f.startsWith('/assets/')) ?? '/missing', { headers: { 'accept-encoding': 'br' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await page.request.get('/logga-in')).headers()['cache-control']).toBe('no-cache');

  // Signed in, a fresh load of the start page (nothing cached).
  await page.getByLabel('E-postadress').fill(KARIN.email);
  await page.getByLabel('Lösenord').fill(KARIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
  const fresh = await context.browser()!.newContext({ storageState: await context.storageState() });
  const startPage = await fresh.newPage();
  const start = await transferredJs(startPage, async () => {
    await startPage.goto('/');
    await expect(startPage.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
  });
  expect(start.bytes).toBeLessThanOrEqual(JS_BUDGET);
  // (document-page: the document page's chunk; the small document-links chunk of paths and labels is
  // shared by the header's search and the post cards' attachments.)
  expect(start.files.filter((f) => /\/assets\/(admin|library|agenda|minutes|chat|document-page)-/.test(f))).toEqual([]);
  await fresh.close();
  await context.close();
});
