// Meetings: Karin announces a meeting with a capacity, a member answers Ja and finds it on
// /kalender, and Karin sees the answer under the member's municipality. Every page is scanned by axe.
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, type DemoMember, KARIN, expectAccessible, findOpenNetworkMember, signedIn } from './support';

const OPEN_PATH = '/natverk/natverket-for-valfardsteknik';

test.describe.serial('meetings', () => {
  let member: DemoMember;
  let karin: { context: BrowserContext; page: Page };
  let other: { context: BrowserContext; page: Page };
  const title = `Nätverksträff om larm ${Date.now()}`;
  const year = new Date().getFullYear() + 1;

  test.beforeAll(async ({ browser }) => {
    member = await findOpenNetworkMember(browser);
    karin = await signedIn(browser, KARIN);
    other = await signedIn(browser, { email: member.email, password: DEMO_PASSWORD });
  });

  test.afterAll(async () => {
    await karin?.context.close();
    await other?.context.close();
  });

  test('Karin announces, a member answers Ja and sees it in the calendar, Karin sees the answer by municipality', async () => {
    const k = karin.page;
    await k.goto(OPEN_PATH);
    const meetings = k.getByRole('region', { name: 'Möten' });
    await expect(meetings.getByRole('heading', { level: 2, name: 'Möten' })).toBeVisible();
    await expectAccessible(k);

    // The form: an empty submit shows the hub's field errors next to the fields.
    await meetings.locator('summary', { hasText: 'Nytt möte' }).click();
    const form = meetings.getByRole('form', { name: 'Nytt möte' });
    await form.getByRole('button', { name: 'Annonsera mötet' }).click();
    await expect(form.getByRole('textbox', { name: /^Rubrik/ })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(k);

    await form.getByRole('textbox', { name: /^Rubrik/ }).fill(title);
    await form.getByRole('textbox', { name: /^Beskrivning/ }).fill('Vi går igenom **trygghetslarmen**.');
    await form.getByLabel(/^Startdatum/).fill(`${year}-02-16`);
    await form.getByLabel(/^Starttid/).fill('10:00');
    await form.getByLabel(/^Slutdatum/).fill(`${year}-02-16`);
    await form.getByLabel(/^Sluttid/).fill('12:00');
    await form.getByRole('textbox', { name: /^Plats/ }).fill('Rådhuset, Helsingborg');
    await form.getByRole('spinbutton', { name: /^Max antal deltagare/ }).fill('10');
    await form.getByRole('button', { name: 'Annonsera mötet' }).click();
    await expect(meetings.getByRole('status').filter({ hasText: `Mötet ${title} är annonserat.` })).toHaveCount(1);
    const link = meetings.getByRole('link', { name: title });
    await expect(link).toBeVisible();
    const card = meetings.getByRole('article').filter({ has: k.getByRole('link', { name: title }) });
    await expect(card.locator('time')).toHaveAttribute('datetime', new RegExp(`^${year}-02-16T`));
    await expect(card).toContainText('10:00–12:00');
    await expectAccessible(k);

    await link.click();
    await expect(k.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(k.getByRole('link', { name: /^Lägg till i kalender/ })).toHaveAttribute('href', /\.ics$/);
    const meetingUrl = new URL(k.url()).pathname;
    await expect(k.getByText('Ingen har svarat än.')).toBeVisible();
    await expectAccessible(k);

    // The member answers Ja.
    const m = other.page;
    await m.goto(meetingUrl);
    await expect(m.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(m.getByText('Du har inte svarat.')).toBeVisible();
    await expectAccessible(m);
    const yes = m.getByRole('button', { name: 'Ja', exact: true });
    await expect(yes).toHaveAttribute('aria-pressed', 'false');
    await yes.click();
    await expect(yes).toHaveAttribute('aria-pressed', 'true');
    await expect(m.getByRole('status').filter({ hasText: 'Ditt svar är sparat: Ja.' })).toHaveCount(1);
    await expectAccessible(m);

    // …and finds it on /kalender with the answer.
    await m.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kalender' }).click();
    await expect(m.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    const entry = m.getByRole('article').filter({ has: m.getByRole('link', { name: title }) });
    await expect(entry).toContainText('Ditt svar: Ja');
    await expect(m.getByRole('heading', { level: 2, name: 'Prenumerera på kalendern' })).toBeVisible();
    await expectAccessible(m);

    // Karin sees the answer under the member's municipality (live, or after a reload at the latest).
    await expect(async () => {
      await k.reload();
      const group = k.getByRole('region', { name: `Svar från ${member.municipality}` });
      await expect(group).toContainText(`${member.name}: Ja`, { timeout: 2_000 });
    }).toPass();
    await expectAccessible(k);
  });
});
