// The web app's own files: a favicon on every page and no request that answers 404 while the login,
// start, network and Hitta kollega pages load.
import { type Page, expect, test } from '@playwright/test';
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
