import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, expect } from '@playwright/test';

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

/** A browser context of its own, signed in (for journeys between two people). */
export async function signedIn(
  browser: Browser,
  who: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

export interface DemoMember {
  id: string;
  name: string;
  email: string;
  municipality: string;
}

/**
 * A member (not a guest, with a visible e-mail) of the open network Karin coordinates, found through
 * the API as Karin; `notIn` leaves out the members of another network (by slug). The member's
 * municipality signs in with a password, or with `ownAccount` through its own provider (Bjuv in the
 * demo, whose people also have the demo password).
 */
export async function findOpenNetworkMember(browser: Browser, options: { notIn?: string; ownAccount?: boolean } = {}): Promise<DemoMember> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, KARIN);
  type Members = {
    items: Array<{ role: string; person: { id: string; name: string; external: boolean; municipality: { name: string } | null } }>;
  };
  const open = (await (await page.request.get('/api/v1/networks/natverket-for-valfardsteknik/members')).json()) as Members;
  const excluded = new Set<string>();
  if (options.notIn) {
    const other = (await (await page.request.get(`/api/v1/networks/${options.notIn}/members`)).json()) as Members;
    for (const m of other.items) excluded.add(m.person.id);
  }
  for (const m of open.items) {
    if (m.role !== 'member' || m.person.external || !m.person.municipality || excluded.has(m.person.id)) continue;
    const person = (await (await page.request.get(`/api/v1/people/${m.person.id}`)).json()) as { email: string | null };
    if (!person.email) continue;
    // Whose municipality signs in with its own account (Bjuv in the demo) sees that button before any password field.
    const discover = await page.request.get(`/api/v1/auth/discover?email=${encodeURIComponent(person.email)}`);
    if (((await discover.json()) as { method: string }).method === (options.ownAccount ? 'sso' : 'password')) {
      await context.close();
      return { id: m.person.id, name: m.person.name, email: person.email, municipality: m.person.municipality.name };
    }
  }
  throw new Error('no suitable member in the demo data');
}

/**
 * Headers for a write through `page.request`, as the hub's own page sends them: the session's
 * CSRF token and the page's Origin (the hub refuses cookie writes from other sites).
 */
export async function writeHeaders(page: Page): Promise<Record<string, string>> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  return { 'X-CSRF-Token': session.csrfToken, Origin: new URL(page.url()).origin };
}
