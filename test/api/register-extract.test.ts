import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { type Credentials, type PersonHandle, TestHub } from '../support/test-hub';

/** Every file of a zip, by name. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true }, (err: Error | null, zip?: ZipFile) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (e: Error | null, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const everything = (files: Map<string, Buffer>): string => [...files.values()].map((b) => b.toString('utf8')).join('\n');

describe('register extract', () => {
  let hub: TestHub;
  let person: PersonHandle;
  let other: PersonHandle;
  let asPerson: Credentials;
  let asOther: Credentials;
  let asAdmin: Credentials;
  const own: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    hub = await TestHub.start();
    person = await hub.person({ name: 'Åsa Utdragsson', title: 'Nämndsekreterare' });
    other = await hub.person({ name: 'Olle Annansson' });
    asPerson = await hub.login(person);
    asOther = await hub.login(other);
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
    const canary = (mine: boolean, what: string): string => {
      const c = `${mine ? 'EGEN' : 'ANNAN'}-${what}-${Math.random().toString(36).slice(2, 8)}`;
      (mine ? own : foreign).push(c);
      return c;
    };

    const closed = await hub.network({ visibility: 'closed' });
    const open = await hub.network({ visibility: 'open' });
    const secret = await hub.network({ visibility: 'secret' });
    for (const n of [closed, open]) {
      await hub.member(n, person);
      await hub.member(n, other);
    }
    await hub.member(secret, other);

    expect(
      (
        await hub.patch('/api/v1/me', {
          as: asPerson,
          body: {
            bio: canary(true, 'bio'),
            phone: '042-10 20 30',
            expertise: [{ tag: canary(true, 'expertis'), askMe: true, mentor: false, learning: false }],
          },
        })
      ).status,
    ).toBe(200);
    const post = await hub.post<{ id: string }>(`/api/v1/networks/${closed.id}/posts`, {
      as: asPerson,
      body: { body: canary(true, 'inlägg') },
    });
    expect(post.status).toBe(201);
    await hub.post(`/api/v1/posts/${post.body.id}/comments`, { as: asPerson, body: { body: canary(true, 'kommentar') } });
    await hub.post(`/api/v1/posts/${post.body.id}/comments`, { as: asOther, body: { body: canary(false, 'kommentar') } });
    await hub.post(`/api/v1/networks/${closed.id}/posts`, { as: asOther, body: { body: canary(false, 'inlägg') } });
    await hub.post(`/api/v1/networks/${secret.id}/posts`, { as: asOther, body: { body: canary(false, 'hemligt') } });
    await hub.call('PUT', `/api/v1/posts/${post.body.id}/reactions/heart`, { as: asPerson });

    const channel = await hub.get<{ id: string }>(`/api/v1/networks/${open.id}/chat`, { as: asPerson });
    await hub.post(`/api/v1/conversations/${channel.body.id}/messages`, { as: asPerson, body: { body: canary(true, 'chatt') } });
    await hub.post(`/api/v1/conversations/${channel.body.id}/messages`, { as: asOther, body: { body: canary(false, 'chatt') } });
    const direct = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asPerson, body: { personId: other.id } });
    await hub.post(`/api/v1/conversations/${direct.body.id}/messages`, { as: asPerson, body: { body: canary(true, 'direkt') } });
    await hub.post(`/api/v1/conversations/${direct.body.id}/messages`, { as: asOther, body: { body: canary(false, 'direkt') } });

    const upload = await hub.upload<{ id: string }>(`/api/v1/networks/${closed.id}/documents`, {
      as: asPerson,
      fileName: 'Min rapport.txt',
      bytes: Buffer.from(`Rapportens text ${canary(true, 'dokument')}`),
    });
    expect(upload.status).toBe(201);
    await hub.upload(`/api/v1/networks/${closed.id}/documents`, {
      as: asOther,
      fileName: 'Annans rapport.txt',
      bytes: Buffer.from(`Annans text ${canary(false, 'dokument')}`),
    });

    const [meeting] = (await hub.db.query(
      `INSERT INTO meeting (network_id, organizer_id, title, starts_at, ends_at) VALUES ($1, $2, $3, now() + interval '2 days', now() + interval '2 days 1 hour') RETURNING id`,
      [closed.id, other.id, 'Nätverksträff'],
    )) as Array<{ id: string }>;
    await hub.db.query(`INSERT INTO rsvp (meeting_id, person_id, answer, comment) VALUES ($1, $2, 'yes', $3)`, [
      meeting!.id,
      person.id,
      canary(true, 'osa'),
    ]);
    await hub.db.query(`INSERT INTO agenda_item (meeting_id, title, proposed_by) VALUES ($1, $2, $3)`, [
      meeting!.id,
      canary(true, 'dagordning'),
      person.id,
    ]);
    await hub.db.query(`INSERT INTO agenda_item (meeting_id, title, proposed_by) VALUES ($1, $2, $3)`, [
      meeting!.id,
      canary(false, 'dagordning'),
      other.id,
    ]);
    await hub.db.query(`INSERT INTO action_item (meeting_id, network_id, title, owner_id) VALUES ($1, $2, $3, $4)`, [
      meeting!.id,
      closed.id,
      canary(true, 'åtgärd'),
      person.id,
    ]);
    await hub.db.query(`INSERT INTO meeting_minutes (meeting_id, body, html, updated_by) VALUES ($1, $2, '', $3)`, [
      meeting!.id,
      canary(true, 'minnesanteckning'),
      person.id,
    ]);
    await hub.db.query(`INSERT INTO join_request (network_id, person_id, message) VALUES ($1, $2, $3)`, [
      secret.id,
      person.id,
      canary(true, 'förfrågan'),
    ]);
  });
  afterAll(() => hub.close());

  it("has the others' canaries in the hub, so their absence from the extract means something", async () => {
    const rows: Array<{ t: string }> = await hub.db.query(
      `SELECT concat_ws(' ', (SELECT string_agg(body, ' ') FROM post), (SELECT string_agg(body, ' ') FROM comment),
              (SELECT string_agg(body, ' ') FROM message), (SELECT string_agg(title, ' ') FROM agenda_item)) AS t`,
    );
    for (const c of foreign.filter((f) => !f.includes('dokument'))) expect(rows[0]!.t).toContain(c);
    const docs: Array<{ n: number }> = await hub.db.query(`SELECT count(*)::int AS n FROM document WHERE uploaded_by = $1`, [other.id]);
    expect(docs[0]!.n).toBe(1);
  });

  it('gives the person a zip with every canary of their own content and none from others', async () => {
    const res = await hub.get(`/api/v1/me/export`, { as: asPerson });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="registerutdrag-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = await unzip(res.raw);
    expect([...files.keys()].filter((n) => !n.startsWith('dokument/'))).toEqual(['person.json', 'content.json', 'index.html']);
    const all = everything(files);
    for (const c of own) expect({ canary: c, found: all.includes(c) }).toEqual({ canary: c, found: true });
    for (const c of foreign) expect({ canary: c, found: all.includes(c) }).toEqual({ canary: c, found: false });

    const person_ = JSON.parse(files.get('person.json')!.toString('utf8')) as {
      profile: { email: string; name: string };
      sessions: Array<Record<string, unknown>>;
    };
    expect(person_.profile).toMatchObject({ email: person.email, name: 'Åsa Utdragsson' });
    expect(person_.sessions.length).toBeGreaterThan(0);
    expect(Object.keys(person_.sessions[0]!)).not.toContain('tokenHash');
    const content = JSON.parse(files.get('content.json')!.toString('utf8')) as {
      documents: Array<{ path: string; fileName: string }>;
      messages: unknown[];
    };
    expect(content.messages).toHaveLength(2);
    expect(content.documents.map((d) => d.fileName)).toEqual(['Min rapport.txt']);
    expect(files.get(content.documents[0]!.path)!.toString('utf8')).toContain('Rapportens text EGEN-dokument');
    // Readable Swedish, with the same things as the JSON.
    const html = files.get('index.html')!.toString('utf8');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Registerutdrag från Nätverkshubben');
    expect(html).toContain('Chatt- och direktmeddelanden');
    expect(all).not.toMatch(/token_hash|password_hash|argon2/);
  });

  it('lets the secretariat make the same extract for a person, and records both in the audit log', async () => {
    const res = await hub.post(`/api/v1/admin/people/${person.id}/export`, { as: asAdmin });
    expect(res.status).toBe(200);
    const all = everything(await unzip(res.raw));
    for (const c of own) expect(all).toContain(c);
    for (const c of foreign) expect(all).not.toContain(c);
    expect((await hub.post(`/api/v1/admin/people/${person.id}/export`, { as: asOther })).status).toBe(403);
    expect((await hub.post(`/api/v1/admin/people/00000000-0000-4000-8000-000000000000/export`, { as: asAdmin })).status).toBe(404);
    const started = Date.now();
    let actions: string[] = [];
    while (Date.now() - started < 5000) {
      const log = await hub.get<{ items: Array<{ action: string; actorId: string }> }>(
        `/api/v1/admin/audit?person=${person.id}&action=person.exported`,
        { as: asAdmin },
      );
      actions = log.body.items.map((e) => e.actorId);
      if (actions.length >= 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(actions).toHaveLength(2);
    expect(actions).toContain(person.id);
  });
});
