// Live journeys with two people in two browser contexts: chat, a new post in the feed, a mention.
// Nothing reloads: every change arrives over the Socket.IO connection and is waited for by polling.
import { type BrowserContext, type Locator, type Page, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, type DemoMember, KARIN, expectAccessible, findOpenNetworkMember, signedIn } from './support';

const OPEN = 'Nätverket för välfärdsteknik';
const OPEN_PATH = '/natverk/natverket-for-valfardsteknik';
const KARIN_NAME = 'Karin Lindqvist';

function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

function messages(page: Page): Locator {
  return page.getByRole('region', { name: /^Meddelanden i / });
}

function feed(page: Page): Locator {
  return page.getByRole('region', { name: 'Flöde' });
}

async function unreadNotifications(page: Page): Promise<number> {
  const res = await page.request.get('/api/v1/me/notifications?limit=1');
  return ((await res.json()) as { unread: number }).unread;
}

/** "Notiser, 2 olästa" (the number is the visible badge; the comma and the word are for screen readers). */
function bellName(count: number): RegExp {
  if (count === 0) return /^Notiser$/;
  return new RegExp(`^Notiser,\\s*${count}\\s*${count === 1 ? 'oläst' : 'olästa'}$`);
}

async function publish(page: Page, body: string): Promise<void> {
  await feed(page).getByRole('textbox', { name: 'Inlägg', exact: true }).fill(body);
  await feed(page).getByRole('button', { name: 'Publicera' }).click();
  await expect(feed(page).getByRole('status').filter({ hasText: 'Inlägget är publicerat.' })).toHaveCount(1);
}

test.describe.serial('live updates between two people', () => {
  let member: DemoMember;
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };

  test.beforeAll(async ({ browser }) => {
    member = await findOpenNetworkMember(browser);
    a = await signedIn(browser, KARIN);
    b = await signedIn(browser, { email: member.email, password: DEMO_PASSWORD });
  });

  test.afterAll(async () => {
    await a?.context.close();
    await b?.context.close();
  });

  test('chat: A writes to B, B sees it appear and answers, A sees the answer; the unread badge appears and clears', async () => {
    // B waits on the start page: no unread chat messages yet.
    await expect(mainNav(b.page).getByRole('link', { name: 'Chatt', exact: true })).toBeVisible();
    await expectAccessible(b.page);

    // A opens the direct conversation from B's profile.
    await a.page.goto(`/personer/${member.id}`);
    await expect(a.page.getByRole('heading', { level: 1, name: member.name })).toBeVisible();
    await expectAccessible(a.page);
    await a.page.getByRole('button', { name: 'Skicka meddelande' }).click();
    await expect(a.page.getByRole('heading', { level: 1, name: 'Chatt' })).toBeVisible();
    await expect(a.page.getByRole('heading', { level: 2, name: member.name })).toBeVisible();
    await expect(a.page.getByText('Inga meddelanden än. Skriv det första!')).toBeVisible();
    await expectAccessible(a.page);

    const box = a.page.getByRole('textbox', { name: 'Meddelande', exact: true });
    await box.fill('Hej! Har du tid att prata om larmen i morgon?');
    await box.press('Enter');
    await expect(messages(a.page).getByText('Hej! Har du tid att prata om larmen i morgon?')).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();

    // B: the badge appears without a reload.
    const chatLink = mainNav(b.page).getByRole('link', { name: /^Chatt,\s*1\s*oläst$/ });
    await expect(chatLink).toBeVisible();
    await expectAccessible(b.page);
    await chatLink.click();
    await expect(b.page.getByRole('heading', { level: 1, name: 'Chatt' })).toBeVisible();
    const fromKarin = b.page.getByRole('navigation', { name: 'Samtal' }).getByRole('link', { name: new RegExp(`^${KARIN_NAME}`) });
    await expect(fromKarin).toContainText('1');
    await fromKarin.click();
    await expect(fromKarin).toBeFocused();
    await expect(messages(b.page).getByText('Hej! Har du tid att prata om larmen i morgon?')).toBeVisible();
    // Viewed, so read: the badge clears.
    await expect(mainNav(b.page).getByRole('link', { name: 'Chatt', exact: true })).toBeVisible();
    await expect(fromKarin).not.toContainText('1');
    await expectAccessible(b.page);

    // B answers on two lines (Shift+Enter), Enter sends.
    const answer = b.page.getByRole('textbox', { name: 'Meddelande', exact: true });
    await answer.fill('Ja, gärna!');
    await answer.press('Shift+Enter');
    await answer.pressSequentially('Klockan tio passar bra.');
    await expect(answer).toHaveValue('Ja, gärna!\nKlockan tio passar bra.');
    await answer.press('Enter');
    await expect(messages(b.page).getByText('Klockan tio passar bra.')).toBeVisible();

    // A sees the answer appear, announced politely.
    await expect(messages(a.page).getByText('Klockan tio passar bra.')).toBeVisible();
    await expect(a.page.getByRole('status').filter({ hasText: `Nytt meddelande från ${member.name}.` })).toHaveCount(1);

    // A deletes her first message; B sees the tombstone.
    const mine = messages(a.page).getByRole('listitem').filter({ hasText: 'Hej! Har du tid' });
    a.page.once('dialog', (dialog) => void dialog.accept());
    await mine.getByRole('button', { name: 'Ta bort' }).click();
    await expect(messages(a.page).getByText('Meddelandet är borttaget', { exact: true })).toBeVisible();
    await expect(messages(b.page).getByText('Meddelandet är borttaget', { exact: true })).toBeVisible();
    await expect(messages(b.page).getByText('Hej! Har du tid att prata om larmen i morgon?')).toHaveCount(0);
    await expectAccessible(a.page);
  });

  test('a post by A appears in B’s network feed without a reload, behind “nytt inlägg – visa”', async () => {
    await b.page.goto(OPEN_PATH);
    await expect(b.page.getByRole('heading', { level: 1, name: OPEN })).toBeVisible();
    await expect(feed(b.page).getByRole('heading', { level: 2, name: 'Flöde' })).toBeVisible();
    await expectAccessible(b.page);

    await a.page.goto(OPEN_PATH);
    await expect(a.page.getByRole('heading', { level: 1, name: OPEN })).toBeVisible();
    const text = 'Live: ny upphandling av trygghetslarm startar i vår.';
    await publish(a.page, text);

    const show = feed(b.page).getByRole('button', { name: '1 nytt inlägg – visa' });
    await expect(show).toBeVisible();
    await expect(feed(b.page).getByRole('article').filter({ hasText: text })).toHaveCount(0);
    await expectAccessible(b.page);
    await show.click();
    const post = feed(b.page).getByRole('article').filter({ hasText: text });
    await expect(post).toBeVisible();
    await expect(post.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(show).toHaveCount(0);

    // A comment by A updates the count on B's card live.
    await a.page
      .getByRole('article')
      .filter({ hasText: text })
      .getByRole('button', { name: /^Kommentarer/ })
      .click();
    await a.page
      .getByRole('article')
      .filter({ hasText: text })
      .getByRole('textbox', { name: 'Skriv en kommentar' })
      .fill('Mer information kommer.');
    await a.page.getByRole('article').filter({ hasText: text }).getByRole('button', { name: 'Skicka kommentar' }).click();
    await expect(post.getByRole('button', { name: /^Kommentarer \(1\)/ })).toBeVisible();
    await expectAccessible(b.page);
  });

  test('A mentions B in a post: B’s bell count goes up live and the notification leads to the post', async () => {
    await b.page.goto('/');
    await expect(b.page.getByRole('heading', { level: 1, name: /^Välkommen/ })).toBeVisible();
    const before = await unreadNotifications(b.page);
    await expect(b.page.getByRole('link', { name: bellName(before) })).toBeVisible();

    const text = 'kan du titta på avtalet för trygghetslarm?';
    await publish(a.page, `Hej @[${member.name}](${member.id}), ${text}`);

    await expect(b.page.getByRole('link', { name: bellName(before + 1) })).toBeVisible();
    await expectAccessible(b.page);
    await b.page.getByRole('link', { name: bellName(before + 1) }).click();
    await expect(b.page.getByRole('heading', { level: 1, name: 'Notiser' })).toBeVisible();
    const notice = b.page.getByRole('link', { name: `${KARIN_NAME} nämnde dig i ${OPEN}` }).first();
    await expect(notice).toBeVisible();
    await expectAccessible(b.page);

    await notice.click();
    await expect(b.page.getByRole('heading', { level: 1, name: 'Inlägg' })).toBeVisible();
    await expect(b.page.getByRole('article').filter({ hasText: text })).toBeVisible();
    await expect(b.page.getByRole('link', { name: bellName(before) })).toBeVisible();
    await expectAccessible(b.page);

    // Mark all as read, then the settings per network.
    await b.page.getByRole('link', { name: bellName(before) }).click();
    await expect(b.page.getByRole('heading', { level: 1, name: 'Notiser' })).toBeVisible();
    if (before > 0) {
      await b.page.getByRole('button', { name: 'Markera alla som lästa' }).click();
      await expect(b.page.getByRole('status').filter({ hasText: 'Alla notiser är markerade som lästa.' })).toHaveCount(1);
      await expect(b.page.getByRole('link', { name: 'Notiser', exact: true })).toBeVisible();
    }
    const level = b.page.getByRole('combobox', { name: `Notiser från ${OPEN}` });
    await level.selectOption({ label: 'Omnämnanden och meddelanden' });
    await expect(b.page.getByRole('status').filter({ hasText: `Sparat: notiser från ${OPEN} – Omnämnanden och meddelanden.` })).toHaveCount(
      1,
    );
    await expectAccessible(b.page);
  });
});
