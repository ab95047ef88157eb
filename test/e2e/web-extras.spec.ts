// Search tabs for chat messages and meetings, a library document attached to a post, and presence
// (who is online) plus typing in a direct conversation, with two people in two browser contexts.
import { type BrowserContext, type Locator, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, type DemoMember, KARIN, expectAccessible, findOpenNetworkMember, signedIn, writeHeaders } from './support';

const SLUG = 'natverket-for-valfardsteknik';
const OPEN_PATH = `/natverk/${SLUG}`;
const KARIN_NAME = 'Karin Lindqvist';
const RUN = Date.now().toString(36).slice(-5);
// One word only letters, so search tokenises it as one word.
const WORD = `kvittrarkalas${RUN.replace(/[^a-z]/g, '')}x`;

function feed(page: Page): Locator {
  return page.getByRole('region', { name: 'Flöde' });
}

function stockholmIso(daysAhead: number, hour: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

test.describe.serial('search, attachments and presence', () => {
  let member: DemoMember;
  let karin: { context: BrowserContext; page: Page };

  test.beforeAll(async ({ browser }) => {
    member = await findOpenNetworkMember(browser);
    karin = await signedIn(browser, KARIN);
  });

  test.afterAll(async () => {
    await karin?.context.close();
  });

  test('search has "Chatt" and "Möten" tabs with counts; a meeting and a channel message are found and link to them', async () => {
    const page = karin.page;
    const headers = await writeHeaders(page);
    const meetingTitle = `Planering ${WORD}`;
    const created = await page.request.post(`/api/v1/networks/${SLUG}/meetings`, {
      headers,
      data: { title: meetingTitle, description: `Vi pratar om ${WORD}.`, startsAt: stockholmIso(12, 8), endsAt: stockholmIso(12, 10) },
    });
    expect(created.status(), await created.text()).toBe(201);
    const meetingId = ((await created.json()) as { id: string }).id;
    const channel = (await (await page.request.get(`/api/v1/networks/${SLUG}/chat`)).json()) as { id: string };
    const sent = await page.request.post(`/api/v1/conversations/${channel.id}/messages`, {
      headers,
      data: { body: `Glöm inte ${WORD} på torsdag!` },
    });
    expect(sent.status(), await sent.text()).toBe(201);

    // Indexing is asynchronous: ask the API until both are found.
    await expect(async () => {
      const answer = (await (await page.request.get(`/api/v1/search?q=${WORD}`)).json()) as { counts: { messages: number; meetings: number } };
      expect(answer.counts.messages).toBeGreaterThan(0);
      expect(answer.counts.meetings).toBeGreaterThan(0);
    }).toPass({ timeout: 20_000 });

    await page.goto(`/sok?q=${WORD}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sök' })).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'Visa träffar bland' });
    await expect(tabs.getByRole('link', { name: /^Chatt \(1\)$/ })).toBeVisible();
    await expect(tabs.getByRole('link', { name: /^Möten \(1\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Chatt/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Möten/ })).toBeVisible();
    await expectAccessible(page);

    await tabs.getByRole('link', { name: /^Chatt/ }).click();
    await expect(page).toHaveURL(/typ=chatt/);
    await expect(page.getByRole('status').filter({ hasText: /Visar 1 chattmeddelande för/ })).toBeVisible();
    const messageLink = page.getByRole('link', { name: `Meddelande från ${KARIN_NAME}` });
    await expect(messageLink).toHaveAttribute('href', `/chatt?samtal=${channel.id}`);
    await expect(page.locator('mark').filter({ hasText: new RegExp(WORD, 'i') }).first()).toBeVisible();
    await expectAccessible(page);

    await tabs.getByRole('link', { name: /^Möten/ }).click();
    await expect(page).toHaveURL(/typ=moten/);
    const meetingLink = page.getByRole('link', { name: meetingTitle });
    await expect(meetingLink).toHaveAttribute('href', `/moten/${meetingId}`);
    await expectAccessible(page);
    await meetingLink.click();
    await expect(page.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();

    await page.goto(`/sok?q=${WORD}&typ=chatt`);
    await page.getByRole('link', { name: `Meddelande från ${KARIN_NAME}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chatt' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Meddelanden i / }).getByText(`Glöm inte ${WORD} på torsdag!`)).toBeVisible();
  });

  test('a library document is attached to a post from the composer, rendered under it, and shown as unavailable once deleted', async () => {
    const page = karin.page;
    const headers = await writeHeaders(page);
    const title = `Bilaga ${WORD}`;
    const upload = await page.request.post(`/api/v1/networks/${SLUG}/documents`, {
      headers,
      multipart: { file: { name: `${title}.md`, mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\nInnehåll.\n`) } },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const docId = ((await upload.json()) as { id: string }).id;

    await page.goto(OPEN_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const body = `Här är underlaget ${RUN}`;
    await feed(page).getByRole('textbox', { name: 'Inlägg', exact: true }).fill(body);
    await feed(page).getByRole('button', { name: 'Bifoga dokument' }).click();
    const picker = feed(page).getByRole('combobox', { name: 'Sök bland nätverkets dokument' });
    await expect(picker).toBeFocused();
    await picker.fill(title);
    await expect(feed(page).getByRole('option', { name: new RegExp(title) })).toBeVisible();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    const chips = feed(page).getByRole('list', { name: 'Bifogade dokument' });
    await expect(chips.getByRole('listitem')).toHaveCount(1);
    await expect(chips.getByRole('button', { name: `Ta bort bilagan ${title}` })).toBeVisible();
    await expectAccessible(page);
    await feed(page).getByRole('button', { name: 'Klar' }).click();
    await feed(page).getByRole('button', { name: 'Publicera' }).click();
    await expect(feed(page).getByRole('status').filter({ hasText: 'Inlägget är publicerat.' })).toHaveCount(1);
    await expect(chips).toHaveCount(0);

    const post = feed(page).getByRole('article').filter({ hasText: body });
    const attachments = post.getByRole('list', { name: 'Bilagor' });
    const link = attachments.getByRole('link', { name: title });
    await expect(link).toHaveAttribute('href', `/dokument/${docId}`);
    await expect(attachments).toContainText('MD');
    await expectAccessible(page);

    const removed = await page.request.delete(`/api/v1/documents/${docId}`, { headers });
    expect(removed.ok(), await removed.text()).toBe(true);
    await page.reload();
    const again = feed(page).getByRole('article').filter({ hasText: body });
    await expect(again.getByRole('list', { name: 'Bilagor' }).getByText('Dokumentet är inte tillgängligt')).toBeVisible();
    await expect(again.getByRole('list', { name: 'Bilagor' }).getByRole('link')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('presence: a second person signing in gets the online marker in the members list and the chat panel; typing shows in a direct conversation', async ({ browser }) => {
    const page = karin.page;
    await page.goto(OPEN_PATH);
    const row = page.getByRole('rowheader').filter({ hasText: member.name });
    await expect(row).toBeVisible();
    await expect(row.getByText('online', { exact: true })).toHaveCount(0);

    const other = await signedIn(browser, { email: member.email, password: DEMO_PASSWORD });
    try {
      // The presence event arrives (batched each second) without a reload.
      await expect(row.getByText('online', { exact: true })).toBeAttached({ timeout: 15_000 });
      await expectAccessible(page);

      const channel = (await (await page.request.get(`/api/v1/networks/${SLUG}/chat`)).json()) as { id: string };
      await page.goto(`/chatt?samtal=${channel.id}`);
      const onlineList = page.getByRole('list', { name: /^Online nu/ });
      await expect(onlineList.getByRole('listitem').filter({ hasText: member.name })).toBeVisible();
      await expect(onlineList.getByRole('listitem').filter({ hasText: member.name }).getByText('online', { exact: true })).toBeAttached();
      await expectAccessible(page);

      // Direct conversation: Karin watches, the other person types.
      const direct = await page.request.post('/api/v1/conversations/direct', { headers: await writeHeaders(page), data: { personId: member.id } });
      expect(direct.ok(), await direct.text()).toBe(true);
      const conversationId = ((await direct.json()) as { id: string }).id;
      await page.goto(`/chatt?samtal=${conversationId}`);
      await expect(page.getByRole('heading', { level: 2, name: member.name })).toBeVisible();
      await other.page.goto(`/chatt?samtal=${conversationId}`);
      await expect(other.page.getByRole('heading', { level: 2, name: KARIN_NAME })).toBeVisible();
      await other.page.getByRole('textbox', { name: 'Meddelande', exact: true }).pressSequentially('Hej Karin', { delay: 30 });
      await expect(page.getByText(`${member.name} skriver…`)).toBeVisible({ timeout: 10_000 });
      await expectAccessible(page);
    } finally {
      await other.context.close();
    }
    // The other person went offline: the marker goes away.
    await page.goto(OPEN_PATH);
    await expect(page.getByRole('rowheader').filter({ hasText: member.name }).getByText('online', { exact: true })).toHaveCount(0, { timeout: 15_000 });
  });
});
