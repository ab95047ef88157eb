import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Plan {
  dryRun: boolean;
  removed: Array<{ kind: string; count: number }>;
  kept: Array<{ kind: string; count: number; why: string }>;
}

const NAME = 'Åsa Raderasdotter';
const SURNAME = 'Raderasdotter';
const EXPERTISE = 'kvantfiskeriförvaltning';
const SSO_SUBJECT = 'entra-subject-canary-5f1c';

/** Every text-like column of the hub's tables (and the job queue's), scanned for `needles`. */
async function textColumnsHolding(hub: TestHub, needles: string[]): Promise<string[]> {
  const columns: Array<{ schema: string; table: string; column: string }> = await hub.db.query(
    `SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS column
       FROM information_schema.columns c JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema IN ('public', 'pgboss')
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))`,
  );
  expect(columns.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const { schema, table, column } of columns) {
    const rows: Array<{ n: number }> = await hub.db.query(
      `SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) needle WHERE strpos(lower("${column}"::text), lower(needle)) > 0)`,
      [needles],
    );
    if (rows[0]!.n > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

/** Meilisearch documents (any index of this hub) holding `q` as a whole word. */
async function meiliHits(hub: TestHub, q: string): Promise<number> {
  const url = process.env['HUB_TEST_MEILI_URL']!;
  const key = process.env['HUB_TEST_MEILI_KEY'];
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const indexes = (await (await fetch(`${url}/indexes?limit=1000`, { headers })).json()) as { results: Array<{ uid: string }> };
  let hits = 0;
  for (const { uid } of indexes.results.filter((i) => i.uid.startsWith(hub.config.meiliIndexPrefix))) {
    const res = (await (
      await fetch(`${url}/indexes/${uid}/search`, { method: 'POST', headers, body: JSON.stringify({ q, matchingStrategy: 'all' }) })
    ).json()) as {
      hits?: unknown[];
    };
    hits += (res.hits ?? []).filter((h) => JSON.stringify(h).toLowerCase().includes(q.toLowerCase())).length;
  }
  return hits;
}

describe('erasure', () => {
  const dataDir = join(process.env['HUB_TEST_DATA_DIR'] ?? '.data/test', `erasure-${process.pid}-${Date.now()}`);
  let hub: TestHub;
  let person: PersonHandle;
  let colleague: PersonHandle;
  let asPerson: Credentials;
  let asColleague: Credentials;
  let asAdmin: Credentials;
  let admin: PersonHandle;
  let open: NetworkHandle;
  let held: NetworkHandle;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // A data folder of its own: the mail files this test writes and purges are no other test's.
    hub = await TestHub.start({ HUB_DATA_DIR: dataDir });
    person = await hub.person({ name: NAME, title: 'Raderasdotters titel', expertise: [EXPERTISE] });
    colleague = await hub.person({ name: 'Bo Kvar' });
    admin = await hub.person({ role: 'admin' });
    asPerson = await hub.login(person);
    asColleague = await hub.login(colleague);
    asAdmin = await hub.login(admin);
    open = await hub.network({ visibility: 'open' });
    held = await hub.network({ visibility: 'closed' });
    for (const n of [open, held]) {
      await hub.member(n, person);
      await hub.member(n, colleague);
    }
    await hub.db.query(`UPDATE network SET legal_hold_at = now(), legal_hold_reason = 'Tvist' WHERE id = $1`, [held.id]);
    await hub.patch('/api/v1/me', { as: asPerson, body: { bio: `Jag heter ${NAME}`, phone: '042-99 88 77' } });

    const post = await hub.post<{ id: string }>(`/api/v1/networks/${open.id}/posts`, {
      as: asPerson,
      body: { body: 'Beslutsunderlag om vatten' },
    });
    ids['post'] = post.body.id;
    await hub.post(`/api/v1/posts/${post.body.id}/comments`, { as: asPerson, body: { body: 'Min kommentar om vatten' } });
    const mention = await hub.post<{ id: string }>(`/api/v1/networks/${open.id}/posts`, {
      as: asColleague,
      body: { body: `Tack @[${NAME}](${person.id}) för underlaget` },
    });
    ids['mention'] = mention.body.id;
    const openChat = await hub.get<{ id: string }>(`/api/v1/networks/${open.id}/chat`, { as: asPerson });
    const heldChat = await hub.get<{ id: string }>(`/api/v1/networks/${held.id}/chat`, { as: asPerson });
    ids['openChat'] = (
      await hub.post<{ id: string }>(`/api/v1/conversations/${openChat.body.id}/messages`, {
        as: asPerson,
        body: { body: 'Hej i chatten' },
      })
    ).body.id;
    ids['heldChat'] = (
      await hub.post<{ id: string }>(`/api/v1/conversations/${heldChat.body.id}/messages`, {
        as: asPerson,
        body: { body: 'Hej i spärrade chatten' },
      })
    ).body.id;
    const direct = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asPerson, body: { personId: colleague.id } });
    ids['direct'] = (
      await hub.post<{ id: string }>(`/api/v1/conversations/${direct.body.id}/messages`, {
        as: asPerson,
        body: { body: 'Privat hälsning' },
      })
    ).body.id;
    await hub.post<{ token: string }>('/api/v1/me/tokens', { as: asPerson, body: { name: 'Mitt skript' } });
    await hub.post('/api/v1/me/calendar-feeds', { as: asPerson, body: {} });
    // Their account at the municipality's provider, linked by the provider's subject.
    await hub.db.query(`INSERT INTO sso_link (issuer, subject, person_id) VALUES ('https://login.example.se/tenant', $1, $2)`, [
      SSO_SUBJECT,
      person.id,
    ]);
    await hub.post(`/api/v1/posts/${mention.body.id}/comments`, { as: asColleague, body: { body: 'Svar till tråden' } });

    // Mail the hub wrote to them (and to someone else) as files.
    mkdirSync(join(hub.config.dataDir, 'mail'), { recursive: true });
    writeFileSync(
      join(hub.config.dataDir, 'mail', `erase-test-${person.id}.eml`),
      `To: ${NAME} <${person.email}>\r\nSubject: Hej\r\n\r\nHej ${NAME}!\r\n`,
    );
    writeFileSync(
      join(hub.config.dataDir, 'mail', `erase-test-${colleague.id}.eml`),
      `To: Bo Kvar <${colleague.email}>\r\nSubject: Hej\r\n\r\nHej Bo!\r\n`,
    );
    // The mention was e-mailed to them too (they were not online): wait for that file.
    const mailDir = join(hub.config.dataDir, 'mail');
    const toThem = (): string[] => readdirSync(mailDir).filter((f) => readFileSync(join(mailDir, f), 'utf8').includes(person.email));
    for (const started = Date.now(); toThem().length < 2 && Date.now() - started < 10_000;) await new Promise((r) => setTimeout(r, 100));
    expect(toThem()).toHaveLength(2);
    await hub.settle();
    const found = await hub.get<{ hits: unknown[] }>(`/api/v1/people/search?q=${SURNAME}`, { as: asColleague });
    expect(found.body.hits).toHaveLength(1);
    expect(await textColumnsHolding(hub, [SURNAME])).not.toEqual([]);
  }, 60_000);
  afterAll(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a dry run lists per kind what goes and what stays and why, and changes nothing', async () => {
    const res = await hub.post<Plan>(`/api/v1/admin/people/${person.id}/erase?dryRun=true`, { as: asAdmin, body: {} });
    expect(res.status).toBe(200);
    const removed = Object.fromEntries(res.body.removed.map((r) => [r.kind, r.count]));
    const kept = Object.fromEntries(res.body.kept.map((r) => [r.kind, r]));
    expect(res.body.dryRun).toBe(true);
    expect(removed).toMatchObject({
      profile: 1,
      expertise: 1,
      apiTokens: 1,
      calendarFeeds: 1,
      memberships: 2,
      network_chat: 1,
      direct_messages: 1,
      mailFiles: 2,
      municipalityAccount: 1,
    });
    expect(removed['sessions']).toBeGreaterThan(0);
    expect(kept['posts']).toMatchObject({ count: 1, why: expect.stringContaining('allmänna handlingar') });
    expect(kept['comments']?.count).toBe(1);
    // The chat message in the network on legal hold stays, and says why.
    expect(kept['network_chat']).toMatchObject({ count: 1, why: expect.stringContaining('rättslig spärr') });
    const still: Array<{ name: string }> = await hub.db.query(`SELECT name FROM person WHERE id = $1`, [person.id]);
    expect(still[0]!.name).toBe(NAME);
  });

  it('refuses without a reason, and never lets an administrator erase themselves', async () => {
    const noReason = await hub.post<{ errors: Array<{ field: string }> }>(`/api/v1/admin/people/${person.id}/erase`, {
      as: asAdmin,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]!.field).toBe('reason');
    expect(
      (await hub.post(`/api/v1/admin/people/${admin.id}/erase`, { as: asAdmin, body: { reason: 'Slutat sin anställning' } })).status,
    ).toBe(409);
    expect((await hub.post(`/api/v1/admin/people/${person.id}/erase?dryRun=ja`, { as: asAdmin, body: {} })).status).toBe(400);
  });

  it('removes the name, e-mail and expertise from every text column, from Meilisearch and from search answers, while kept records stay readable', async () => {
    const res = await hub.post<Plan>(`/api/v1/admin/people/${person.id}/erase`, {
      as: asAdmin,
      body: { reason: 'Har slutat, begäran enligt artikel 17' },
    });
    expect(res.status).toBe(200);
    expect(res.body.dryRun).toBe(false);

    expect(await textColumnsHolding(hub, [SURNAME, person.email, EXPERTISE, '042-99 88 77', SSO_SUBJECT])).toEqual([]);
    // Search forgets them within 2 seconds.
    const started = Date.now();
    while ((await meiliHits(hub, SURNAME)) + (await meiliHits(hub, EXPERTISE)) > 0 && Date.now() - started < 2000) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await meiliHits(hub, SURNAME)).toBe(0);
    expect(await meiliHits(hub, EXPERTISE)).toBe(0);
    expect((await hub.get<{ hits: unknown[] }>(`/api/v1/people/search?q=${SURNAME}`, { as: asColleague })).body.hits).toEqual([]);
    expect((await hub.get<{ hits: unknown[] }>(`/api/v1/people/search?q=${EXPERTISE}`, { as: asColleague })).body.hits).toEqual([]);

    // Kept: the post stays readable, its author shown as "Tidigare medlem"; the mention reads the same.
    const post = await hub.get<{ body: string; html: string; author: { name: string } | null }>(`/api/v1/posts/${ids['post']}`, {
      as: asColleague,
    });
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({ body: 'Beslutsunderlag om vatten', author: { name: 'Tidigare medlem' } });
    const mention = await hub.get<{ body: string; html: string }>(`/api/v1/posts/${ids['mention']}`, { as: asColleague });
    expect(mention.body.html).toContain('@Tidigare medlem');
    // Removed by the rules: chat and direct messages; kept under legal hold: the held network's chat.
    const messages: Array<{ id: string; body: string }> = await hub.db.query(`SELECT id, body FROM message WHERE author_id = $1`, [
      person.id,
    ]);
    const bodies = Object.fromEntries(messages.map((m) => [m.id, m.body]));
    expect(bodies).toEqual({ [ids['openChat']!]: '', [ids['direct']!]: '', [ids['heldChat']!]: 'Hej i spärrade chatten' });
    // Signed out everywhere, and no way back in.
    expect((await hub.get('/api/v1/me', { as: asPerson })).status).toBe(401);
    expect((await hub.post('/api/v1/auth/login', { body: { email: person.email, password: person.password } })).status).toBe(401);
    // Mail files addressed to them are gone, others' stay.
    const mail = readdirSync(join(hub.config.dataDir, 'mail'));
    expect(mail.filter((f) => readFileSync(join(hub.config.dataDir, 'mail', f), 'utf8').includes(person.email))).toEqual([]);
    expect(mail).toContain(`erase-test-${colleague.id}.eml`);
    // Recorded, with the reason, and irreversible.
    const log = await hub.get<{ items: Array<{ actorId: string; detail: Record<string, unknown> }> }>(
      `/api/v1/admin/audit?person=${person.id}&action=person.erased`,
      { as: asAdmin },
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ actorId: admin.id, detail: { reason: 'Har slutat, begäran enligt artikel 17' } });
    expect(
      (await hub.post(`/api/v1/admin/people/${person.id}/erase`, { as: asAdmin, body: { reason: 'En gång till, för säkerhets skull' } }))
        .status,
    ).toBe(409);
  }, 60_000);

  it("keeps the reason in the audit log without the person's name or e-mail address, whatever their case", async () => {
    const asked = await hub.person({ name: 'Rut Anledningsson' });
    const res = await hub.post<Plan>(`/api/v1/admin/people/${asked.id}/erase`, {
      as: asAdmin,
      body: { reason: `rut ANLEDNINGSSON bad om det, svar till ${asked.email.toUpperCase()} skickat` },
    });
    expect(res.status).toBe(200);
    const log = await hub.get<{ items: Array<{ detail: Record<string, unknown> }> }>(
      `/api/v1/admin/audit?person=${asked.id}&action=person.erased`,
      { as: asAdmin },
    );
    expect(log.body.items.map((e) => e.detail['reason'])).toEqual(['Tidigare medlem bad om det, svar till Tidigare medlem skickat']);
    expect(await textColumnsHolding(hub, ['Anledningsson', asked.email])).toEqual([]);
  });

  it('by rules that remove: their posts, comments, documents and the minutes they alone wrote go; minutes others wrote too stay, with them as "Tidigare medlem"', async () => {
    const writer = await hub.person({ name: 'Greta Skrivsson' });
    const coWriter = await hub.person({ name: 'Cecilia Medskribent' });
    const reader = await hub.person({ name: 'Lars Läsare' });
    const network = await hub.network({ visibility: 'closed' });
    await hub.member(network, writer, 'coordinator');
    await hub.member(network, coWriter, 'coordinator');
    await hub.member(network, reader);
    const asWriter = await hub.login(writer);
    const asCoWriter = await hub.login(coWriter);
    const asReader = await hub.login(reader);

    const post = (
      await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: asWriter, body: { body: 'Skrivarens inlägg' } })
    ).body.id;
    const othersPost = (
      await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: asCoWriter, body: { body: 'Cecilias inlägg' } })
    ).body.id;
    const comment = (
      await hub.post<{ id: string }>(`/api/v1/posts/${othersPost}/comments`, { as: asWriter, body: { body: 'Skrivarens kommentar' } })
    ).body.id;
    const upload = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as: asWriter,
      fileName: 'Skrivarens rapport.txt',
      bytes: Buffer.from('Skrivarens rapport'),
    });
    expect(upload.status).toBe(201);
    const meetings: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at)
       SELECT $1, t, now() - interval '3 days', now() - interval '3 days' + interval '2 hours' FROM unnest(ARRAY['Ensam', 'Gemensam']) t
       RETURNING id`,
      [network.id],
    );
    const [alone, together] = meetings.map((m) => m.id) as [string, string];
    const write = (id: string, as: Credentials, body: string): Promise<unknown> =>
      hub.call('PUT', `/api/v1/meetings/${id}/minutes`, { as, body: { body } });
    // Minutes they alone wrote (published by someone else), and minutes someone else wrote first that they finished and published.
    await write(alone, asWriter, 'Skrivarens egna anteckningar');
    expect((await hub.post(`/api/v1/meetings/${alone}/minutes/publish`, { as: asCoWriter })).status).toBe(200);
    await write(together, asCoWriter, 'Cecilias beslutspunkter om skolfrånvaro');
    await write(together, asWriter, 'Cecilias beslutspunkter om skolfrånvaro, kompletterade');
    expect((await hub.post(`/api/v1/meetings/${together}/minutes/publish`, { as: asWriter })).status).toBe(200);
    const copies = async (id: string): Promise<string[]> => {
      const rows: Array<{ ids: string[] }> = await hub.db.query(
        `SELECT ARRAY[document_id, pdf_document_id]::text[] AS ids FROM meeting_minutes WHERE meeting_id = $1`,
        [id],
      );
      return rows[0]!.ids;
    };
    const togetherCopies = await copies(together);
    expect(togetherCopies.every((id) => id !== null)).toBe(true);

    const rules = await hub.patch('/api/v1/admin/records-settings', {
      as: asAdmin,
      body: { erasure: { posts: false, comments: false, documents: false, minutes: false } },
    });
    expect(rules.status).toBe(200);
    try {
      const plan = await hub.post<Plan>(`/api/v1/admin/people/${writer.id}/erase?dryRun=true`, { as: asAdmin, body: {} });
      const removed = Object.fromEntries(plan.body.removed.map((r) => [r.kind, r.count]));
      expect(removed).toMatchObject({ posts: 1, comments: 1, documents: 1, minutes: 1 });
      expect(plan.body.kept.filter((k) => ['posts', 'comments', 'documents', 'minutes'].includes(k.kind))).toEqual([
        expect.objectContaining({ kind: 'minutes', count: 1, why: expect.stringContaining('Andra har också skrivit') }),
      ]);

      const res = await hub.post<Plan>(`/api/v1/admin/people/${writer.id}/erase`, {
        as: asAdmin,
        body: { reason: 'Har slutat, begäran enligt artikel 17' },
      });
      expect(res.status).toBe(200);

      const gone: Array<{ body: string; deleted: boolean }> = await hub.db.query(
        `SELECT body, deleted_at IS NOT NULL AS deleted FROM post WHERE id = $1 UNION ALL SELECT body, deleted_at IS NOT NULL FROM comment WHERE id = $2`,
        [post, comment],
      );
      expect(gone).toEqual([
        { body: '', deleted: true },
        { body: '', deleted: true },
      ]);
      expect((await hub.get(`/api/v1/posts/${othersPost}`, { as: asReader })).status).toBe(200);
      // Their document and the library copies of the minutes they alone wrote are purged with their bytes.
      const aloneCopies = await copies(alone);
      const documents: Array<{ id: string }> = await hub.db.query(`SELECT id FROM document WHERE id = ANY ($1::uuid[])`, [
        [upload.body.id, ...aloneCopies.filter((id) => id !== null), ...togetherCopies],
      ]);
      expect(documents.map((d) => d.id).sort()).toEqual([...togetherCopies].sort());
      const mine = await hub.get<{ status: string; html: string }>(`/api/v1/meetings/${alone}/minutes`, { as: asReader });
      expect(mine.body.html).not.toContain('Skrivarens egna anteckningar');
      // The shared minutes stay readable, published by "Tidigare medlem", and so do their library copies.
      const shared = await hub.get<{ status: string; html: string; publishedBy: { name: string } | null }>(
        `/api/v1/meetings/${together}/minutes`,
        { as: asReader },
      );
      expect(shared.body).toMatchObject({ status: 'published', publishedBy: { name: 'Tidigare medlem' } });
      expect(shared.body.html).toContain('Cecilias beslutspunkter om skolfrånvaro, kompletterade');
      for (const id of togetherCopies) expect((await hub.get(`/api/v1/documents/${id}`, { as: asReader })).status).toBe(200);
    } finally {
      await hub.patch('/api/v1/admin/records-settings', {
        as: asAdmin,
        body: { erasure: { posts: true, comments: true, documents: true, minutes: true } },
      });
    }
  }, 60_000);
});
