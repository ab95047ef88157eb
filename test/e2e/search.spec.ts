import { type Page, expect, test } from '@playwright/test';
import { ADMIN, ERIK, KARIN, expectAccessible, signIn } from './support';

const SECRET = 'Arbetsgruppen för säkerhetsskydd';

/** Indexing is asynchronous: wait until the search API finds what the journey needs. */
async function waitForIndex(page: Page, path: string, found: (body: unknown) => boolean): Promise<void> {
  await expect
    .poll(async () => {
      const res = await page.request.get(path);
      return res.ok() && found(await res.json());
    })
    .toBe(true);
}

function searchBox(page: Page) {
  return page.getByRole('search', { name: 'Sök i hubben' }).getByRole('combobox', { name: 'Sök bland personer, nätverk, inlägg, dokument, chatt och möten' });
}

test('keyboard-only global search: type without å/ä/ö, arrow down to a person, Enter opens the profile', async ({ page }) => {
  await signIn(page, ERIK);
  await waitForIndex(page, '/api/v1/search/suggest?q=valfardsteknik', (b) => (b as { people: unknown[] }).people.length > 0);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();

  // Reach the search box with Tab only.
  const box = searchBox(page);
  for (let i = 0; i < 6 && !(await box.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.type('valfardsteknik');
  const list = page.getByRole('listbox', { name: 'Förslag' });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toHaveAttribute('aria-controls', (await list.getAttribute('id')) ?? 'missing');
  const people = list.getByRole('group', { name: 'Personer' }).getByRole('option');
  await expect(people.first()).toBeVisible();
  await expect(list.getByRole('group', { name: 'Nätverk' }).getByRole('option', { name: 'Nätverket för välfärdsteknik' })).toBeVisible();
  // The number of suggestions is announced politely.
  await expect(page.getByRole('search', { name: 'Sök i hubben' }).getByRole('status')).toHaveText(/^\d+ personer?(,| och) \d+ nätverk.*\. Välj/);
  await expectAccessible(page);

  // ArrowDown makes the first person the active option; focus stays in the box.
  await page.keyboard.press('ArrowDown');
  const first = people.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? 'missing');
  await expect(box).toBeFocused();
  const name = ((await first.locator('.option-name').textContent()) ?? '').trim();
  expect(name).not.toBe('');
  // Down and up again lands on the same person.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/personer\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Kompetenser' })).toBeVisible();
  await expectAccessible(page);
});

test('global search: Escape closes and clears, Enter without a suggestion opens the search page with tabs and highlights', async ({
  page,
}) => {
  await signIn(page, ERIK);
  await waitForIndex(page, '/api/v1/search?q=GIS', (b) => (b as { networks: unknown[] }).networks.length > 0);
  const box = searchBox(page);
  await box.focus();
  await page.keyboard.type('GIS');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('GIS');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await page.keyboard.type('GIS');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=GIS$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sök' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ personer?(,| och) \d+ nätverk.* för "GIS"\.$/ })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Visa träffar bland' });
  await expect(tabs.getByRole('link', { name: 'Alla' })).toHaveAttribute('aria-current', 'page');
  const networks = page.getByRole('region', { name: /^Nätverk/ });
  await expect(networks.getByRole('link', { name: 'GIS-nätverket' })).toHaveAttribute('href', '/natverk/gis-natverket');
  await expect(networks.locator('mark').first()).toHaveText(/GIS/i);
  await expect(
    page
      .getByRole('region', { name: /^Personer/ })
      .locator('mark')
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  await tabs.getByRole('link', { name: 'Nätverk' }).click();
  await expect(page).toHaveURL(/\/sok\?q=GIS&typ=natverk$/);
  await expect(tabs.getByRole('link', { name: 'Nätverk' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: /^Personer/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Nätverk/ }).getByRole('link', { name: 'GIS-nätverket' })).toBeVisible();
  await expectAccessible(page);

  // Nothing found: suggest another word or Hitta kollega.
  await page.getByRole('main').getByLabel('Sökord').fill('qwxzyvv');
  await page.getByRole('main').getByRole('button', { name: 'Sök' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inga träffar för "qwxzyvv".' })).toBeVisible();
  await expect(page.getByText('Prova ett annat ord, en kortare form eller en synonym.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Hitta kollega$/ })).toHaveAttribute('href', '/hitta-kollega?q=qwxzyvv');
  await expectAccessible(page);
});

test('posts have their own group and tab on the search page; the header box says what it searches', async ({ page }) => {
  await signIn(page, ERIK);
  await expect(searchBox(page)).toHaveAttribute('placeholder', 'Sök personer, nätverk, inlägg, dokument…');
  await waitForIndex(page, '/api/v1/search?q=avtalsuppf%C3%B6ljning', (b) => (b as { posts: unknown[] }).posts.length > 0);
  await page.goto('/sok?q=avtalsuppföljning');
  await expect(page.getByRole('status').filter({ hasText: /^Visar .*\d+ inlägg.* för "avtalsuppföljning"\.$/ })).toBeVisible();
  const posts = page.getByRole('region', { name: /^Inlägg/ });
  await expect(posts.locator('mark').first()).toHaveText(/avtalsuppföljning/i);
  await expectAccessible(page);

  const tabs = page.getByRole('navigation', { name: 'Visa träffar bland' });
  await tabs.getByRole('link', { name: /^Inlägg/ }).click();
  await expect(page).toHaveURL(/\/sok\?q=.*&typ=inlagg$/);
  await expect(tabs.getByRole('link', { name: /^Inlägg/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: /^Personer/ })).toHaveCount(0);
  await posts.getByRole('link', { name: /^Inlägg av / }).first().click();
  await expect(page).toHaveURL(/\/inlagg\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/avtalsuppföljning/).first()).toBeVisible();
});

test('Hitta kollega: a typo still finds Erik, facets and a flag narrow the list, the address holds the state and Back restores it', async ({
  page,
}) => {
  await signIn(page, KARIN);
  await waitForIndex(page, '/api/v1/people/search?q=upphandlng&municipality=angelholm&flag=askMe', (b) =>
    (b as { hits: Array<{ name: string }> }).hits.some((h) => h.name === 'Erik Johansson'),
  );
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hitta kollega' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta kollega' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ av \d+ personer\.$/ })).toBeVisible();
  await expectAccessible(page);

  const erik = page.locator('.result-card').filter({ has: page.getByRole('link', { name: 'Erik Johansson', exact: true }) });
  await page.getByLabel('Kompetens, titel eller namn').fill('upphandlng');
  await page.getByLabel('Kompetens, titel eller namn').press('Enter');
  await expect(page).toHaveURL(/\/hitta-kollega\?q=upphandlng$/);
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ av \d+ personer? för "upphandlng"\.$/ })).toBeVisible();
  await expect(erik).toBeVisible();
  await expect(erik.getByRole('list', { name: 'Kompetenser för Erik Johansson' })).toContainText('säkerhetsskyddad upphandling');
  await expect(erik.locator('mark').first()).toBeVisible();
  await expect(erik).toContainText('Ängelholm');
  await expectAccessible(page);
  const allCount = await page.locator('.result-card').count();

  // Municipality facet: Ängelholm (with its count) keeps him, and everyone shown is from Ängelholm.
  const municipality = page.getByLabel('Kommun');
  await expect(municipality.locator('option', { hasText: /^Ängelholm \(\d+\)$/ })).toHaveCount(1);
  await municipality.selectOption('angelholm');
  await expect(page).toHaveURL(/\/hitta-kollega\?q=upphandlng&kommun=angelholm$/);
  await expect(erik).toBeVisible();
  const cards = page.locator('.result-card');
  await expect.poll(() => cards.count()).toBeLessThan(allCount);
  for (let i = 0; i < (await cards.count()); i++) await expect(cards.nth(i)).toContainText('Ängelholm');

  // The "Fråga mig om" toggle keeps him too.
  const askMe = page.getByRole('button', { name: /^Fråga mig om \(\d+\)$/ });
  await expect(askMe).toHaveAttribute('aria-pressed', 'false');
  await askMe.click();
  await expect(askMe).toHaveAttribute('aria-pressed', 'true');
  // The page updates in place: focus stays on the toggle.
  await expect(askMe).toBeFocused();
  await expect(page).toHaveURL(/\/hitta-kollega\?q=upphandlng&kommun=angelholm&flagga=fraga-mig-om$/);
  await expect(erik).toBeVisible();
  await expect(erik).toContainText('Fråga mig om');
  await expectAccessible(page);

  // Back restores the previous results, step by step.
  await page.goBack();
  await expect(page).toHaveURL(/\/hitta-kollega\?q=upphandlng&kommun=angelholm$/);
  await expect(askMe).toHaveAttribute('aria-pressed', 'false');
  await expect(municipality).toHaveValue('angelholm');
  await expect(erik).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/hitta-kollega\?q=upphandlng$/);
  await expect(municipality).toHaveValue('');
  await expect(page.getByLabel('Kompetens, titel eller namn')).toHaveValue('upphandlng');
  await expect(cards).toHaveCount(allCount);
  await expectAccessible(page);

  // An empty result suggests other searches.
  await page.goto('/hitta-kollega?q=qwxzyvv');
  await expect(page.getByText('Ingen matchar det du sökte.')).toBeVisible();
  await page.getByRole('link', { name: 'välfärdsteknik', exact: true }).click();
  await expect(page).toHaveURL(/\/hitta-kollega\?q=v%C3%A4lf%C3%A4rdsteknik$/);
  await expect(page.locator('.result-card').first()).toBeVisible();
  await expectAccessible(page);
});

test('the coordinator sees the pending requests on the start page and can decide there', async ({ page }) => {
  await signIn(page, KARIN);
  const pending = page.getByRole('region', { name: 'Förfrågningar som väntar på dig' });
  const crime = pending.getByRole('region', { name: /^Det brottsförebyggande nätverket/ });
  await expect(crime.getByRole('heading', { level: 3, name: /^Det brottsförebyggande nätverket \(\d+\)$/ })).toBeVisible();
  const seeded = crime.getByRole('listitem').filter({ hasText: 'Jag arbetar med trygghetsfrågor och vill gärna vara med.' });
  await expect(seeded.first()).toBeVisible();
  const before = await seeded.count();
  expect(before).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);

  const name = ((await seeded.first().getByRole('link').textContent()) ?? '').trim();
  await seeded
    .first()
    .getByRole('button', { name: `Avslå ${name}` })
    .click();
  await expect(crime.getByRole('status')).toHaveText(`Förfrågan från ${name} är avslagen.`);
  await expect(seeded).toHaveCount(before - 1);
  await expectAccessible(page);
});

test('a member cannot find a secret network: not in the suggestions, not on the search page', async ({ page, browser }) => {
  // The secretariat can find it, so it is indexed and the member's empty answer means something.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await waitForIndex(admin, `/api/v1/search?q=${encodeURIComponent(SECRET)}&type=networks`, (b) =>
    (b as { networks: Array<{ name: string }> }).networks.some((n) => n.name === SECRET),
  );
  await adminContext.close();

  await signIn(page, ERIK);
  const box = searchBox(page);
  await box.fill(SECRET);
  const status = page.getByRole('search', { name: 'Sök i hubben' }).getByRole('status');
  await expect(status).toHaveText(/personer och \d+ nätverk|Inga förslag/);
  await expect(page.getByRole('option', { name: SECRET })).toHaveCount(0);
  await expectAccessible(page);

  // Enter without an active suggestion searches for the words.
  await box.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe(SECRET);
  await expect(page.getByRole('status').filter({ hasText: /^(Visar .*|Inga träffar) för / })).toBeVisible();
  await expect(page.getByRole('link', { name: SECRET })).toHaveCount(0);
  await expect(page.getByText(SECRET, { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Visa träffar bland' }).getByRole('link', { name: 'Nätverk' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ nätverk/ })).toBeVisible();
  await expect(page.getByRole('link', { name: SECRET })).toHaveCount(0);
  await expectAccessible(page);
});

test('when search is down, the Swedish message is shown and the rest of the app keeps working', async ({ page }) => {
  const detail = 'Sökningen är inte tillgänglig just nu. Försök igen om en stund; allt annat fungerar som vanligt.';
  const problem = { type: '/problems/unavailable', title: 'Tjänsten är inte tillgänglig', status: 503, detail, code: 'unavailable' };
  // Stands in for a stopped Meilisearch (the hub answers exactly this 503 problem then).
  await page.route(/\/api\/v1\/(search|people\/search)(\/suggest)?\?/, (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify(problem) }),
  );
  await signIn(page, ERIK);
  const box = searchBox(page);
  await box.fill('GIS');
  const header = page.getByRole('search', { name: 'Sök i hubben' });
  await expect(header.locator('.search-note')).toHaveText(detail);
  await expect(header.getByRole('status')).toHaveText(detail);
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hitta kollega' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(detail);
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nätverk' }).click();
  await expect(page.locator('.network-card').first()).toBeVisible();
});
