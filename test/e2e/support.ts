import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'hubben-demo-2026';
export const ADMIN = { email: 'admin@familjenhelsingborg.se', password: 'admin-e2e-2026' };
export const KARIN = { email: 'karin.lindqvist@helsingborg.se', password: DEMO_PASSWORD };
export const ERIK = { email: 'erik.johansson@engelholm.se', password: DEMO_PASSWORD };
export const TOBIAS = { email: 'tobias.ek@skane.se', password: DEMO_PASSWORD };

/** WCAG 2.1 A and AA rules from axe on the page as it is now; fails with the rule ids and targets. */
export async function expectAccessible(page: Page): Promise<void> {
  // Let loading states settle so the scan sees the finished page.
  await expect(page.locator('main .loading')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.getByLabel('E-postadress').fill(who.email);
  await page.getByLabel('Lösenord').fill(who.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
}
