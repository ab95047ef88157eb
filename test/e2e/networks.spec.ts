import { type Page, expect, test } from '@playwright/test';
import { ERIK, KARIN, TOBIAS, expectAccessible, signIn } from './support';

const OPEN = 'Nätverket för välfärdsteknik';
const CLOSED = 'Det brottsförebyggande nätverket';

function card(page: Page, name: string) {
  return page.locator('.network-card').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

test('join an open network', async ({ page }) => {
  await signIn(page, ERIK);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nätverk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nätverk' })).toBeFocused();
  await expectAccessible(page);
  const open = card(page, OPEN);
  await expect(open).toContainText('Öppet');
  await open.getByRole('button', { name: `Gå med ${OPEN}` }).click();
  await expect(open.getByText('Du är medlem')).toBeVisible();
  await expect(open.getByText('Du är medlem')).toBeFocused();

  await open.getByRole('link', { name: OPEN }).click();
  await expect(page.getByRole('heading', { level: 1, name: OPEN })).toBeFocused();
  await expect(page).toHaveTitle(`${OPEN} – Nätverkshubben`);
  await expect(page.getByText('Du är medlem')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kommuner i nätverket' })).toBeVisible();
  await expect(page.getByRole('table', { name: `Medlemmar i ${OPEN}` }).getByRole('link', { name: 'Erik Johansson' })).toBeVisible();
  await expectAccessible(page);

  // It is now among "my networks" on the start page.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('region', { name: 'Mina nätverk' }).getByRole('link', { name: OPEN })).toBeVisible();
});

test.describe.serial('closed network', () => {
  test('a member asks to join a closed network and sees "Förfrågan skickad"', async ({ page }) => {
    await signIn(page, ERIK);
    await page.goto('/natverk');
    const closed = card(page, CLOSED);
    await expect(closed).toContainText('Stängt');
    await closed.getByRole('button', { name: `Be om att få gå med ${CLOSED}` }).click();
    const message = closed.getByLabel('Meddelande till samordnaren');
    await expect(message).toBeFocused();
    await message.fill('Jag arbetar med trygghetsfrågor i Ängelholm.');
    await expectAccessible(page);
    await closed.getByRole('button', { name: 'Skicka förfrågan' }).click();
    await expect(closed.getByText('Förfrågan skickad')).toBeVisible();

    // The state is kept: after a reload, and on the network's own page.
    await page.reload();
    await expect(card(page, CLOSED).getByText('Förfrågan skickad')).toBeVisible();
    await card(page, CLOSED).getByRole('link', { name: CLOSED }).click();
    await expect(page.getByRole('heading', { level: 1, name: CLOSED })).toBeVisible();
    await expect(page.getByText('Förfrågan skickad')).toBeVisible();
    await expect(page.getByText('Det här nätverket är stängt.')).toBeVisible();
    await expectAccessible(page);
  });

  test('the coordinator approves the request and the requester becomes a member', async ({ page, browser }) => {
    await signIn(page, KARIN);
    // The start page lists pending requests for the networks Karin coordinates.
    const pending = page.getByRole('region', { name: 'Förfrågningar som väntar på dig' });
    await expect(pending.getByRole('link', { name: 'Erik Johansson' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('region', { name: 'Mina nätverk' }).getByRole('link', { name: CLOSED }).click();
    await expect(page.getByRole('heading', { level: 1, name: CLOSED })).toBeFocused();
    const requests = page.getByRole('region', { name: /Förfrågningar om att gå med/ });
    await expect(requests.getByRole('listitem').filter({ hasText: 'Erik Johansson' })).toContainText(
      'Jag arbetar med trygghetsfrågor i Ängelholm.',
    );
    await expectAccessible(page);
    await requests.getByRole('button', { name: 'Godkänn Erik Johansson' }).click();
    await expect(requests.getByRole('status')).toHaveText(`Erik Johansson är nu medlem i ${CLOSED}.`);
    await expect(requests.getByRole('listitem').filter({ hasText: 'Erik Johansson' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: `Medlemmar i ${CLOSED}` }).getByRole('link', { name: 'Erik Johansson' })).toBeVisible();
    await expectAccessible(page);

    // Erik, in his own browser, is now a member and sees inside the network.
    const erikContext = await browser.newContext();
    const erik = await erikContext.newPage();
    await signIn(erik, ERIK);
    await erik.goto('/natverk/det-brottsforebyggande-natverket');
    await expect(erik.getByRole('heading', { level: 1, name: CLOSED })).toBeVisible();
    await expect(erik.getByText('Du är medlem')).toBeVisible();
    await expect(erik.getByRole('table', { name: `Medlemmar i ${CLOSED}` })).toBeVisible();
    await expectAccessible(erik);
    await erikContext.close();
  });
});

test('guests see the "extern" label and cannot join networks', async ({ page }) => {
  await signIn(page, TOBIAS);
  await page.goto('/personer');
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  const me = (await (await page.request.get('/api/v1/me')).json()) as { id: string };
  await page.goto(`/personer/${me.id}`);
  await expect(page.locator('main').getByText('extern', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/natverk');
  await expect(page.locator('.network-card').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Gå med/ })).toHaveCount(0);
  await expectAccessible(page);
});

test('people directory: filter by municipality and "Visa fler" paging', async ({ page }) => {
  await signIn(page, ERIK);
  await page.goto('/personer');
  await expect(page.getByRole('status').filter({ hasText: /^Visar 25 personer\. Det finns fler\.$/ })).toBeVisible();
  const rows = page.locator('.person-row');
  await expect(rows).toHaveCount(25);
  await page.getByRole('button', { name: 'Visa fler' }).click();
  await expect(rows).toHaveCount(50);
  // Focus moves to the first of the newly shown people.
  await expect(rows.nth(25).getByRole('link')).toBeFocused();
  await page.getByLabel('Kommun').selectOption({ label: 'Örkelljunga' });
  await expect(page.getByRole('status').filter({ hasText: /^Visar \d+ personer/ })).toBeVisible();
  await expect(rows.first()).toContainText('Örkelljunga');
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Örkelljunga');
  await expectAccessible(page);
});
