import { type Credentials, type PersonHandle, TestHub } from '../support/test-hub';

/** Bad input gets a 4xx problem document and changes nothing. */
describe('bad input', () => {
  let hub: TestHub;
  let me: PersonHandle;
  let session: Credentials;
  let admin: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    me = await hub.person({ name: 'Oförändrad Person', title: 'Oförändrad titel' });
    session = await hub.login(me);
    admin = await hub.login(await hub.person({ role: 'admin' }));
  });
  afterAll(() => hub.close());

  async function unchanged(): Promise<void> {
    const rows: Array<{ name: string; title: string }> = await hub.db.query(`SELECT name, title FROM person WHERE id = $1`, [me.id]);
    expect(rows[0]).toEqual({ name: 'Oförändrad Person', title: 'Oförändrad titel' });
    const networks: Array<{ n: number }> = await hub.db.query(`SELECT count(*)::int AS n FROM network`);
    expect(networks[0]!.n).toBe(0);
  }

  function expectProblem(res: { status: number; headers: Record<string, unknown>; body: unknown }, status: number, code?: string): void {
    expect(res.status).toBe(status);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      status,
      type: expect.stringMatching(/^\/problems\//),
      title: expect.any(String),
      detail: expect.any(String),
    });
    if (code) expect(res.body).toMatchObject({ code });
  }

  it('malformed JSON', async () => {
    const res = await hub.patch('/api/v1/me', { as: session, payload: '{"title": "x",', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'malformed-json');
    await unchanged();
  });

  it('wrong types, naming each field', async () => {
    const res = await hub.patch<{ errors: Array<{ field: string }> }>('/api/v1/me', {
      as: session,
      body: { title: 42, showEmail: 'ja', languages: 'svenska' },
    });
    expectProblem(res, 400, 'validation');
    expect([...new Set(res.body.errors.map((e) => e.field))].sort()).toEqual(['languages', 'showEmail', 'title']);
    await unchanged();
  });

  it('over-long strings', async () => {
    const res = await hub.patch<{ errors: Array<{ field: string }> }>('/api/v1/me', {
      as: session,
      body: { name: 'x'.repeat(201), bio: 'y'.repeat(4001) },
    });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors.map((e) => e.field).sort()).toEqual(['bio', 'name']);
    await unchanged();
  });

  it('unknown fields', async () => {
    const res = await hub.patch<{ errors: Array<{ field: string }> }>('/api/v1/me', { as: session, body: { title: 'Ny', role: 'admin' } });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[0]!.field).toBe('role');
    await unchanged();
    const net = await hub.post('/api/v1/networks', {
      as: admin,
      body: { name: 'Nätverket X', kind: 'arbetsgrupp', visibility: 'open', owner: 'mig' },
    });
    expectProblem(net, 400, 'validation');
    await unchanged();
  });

  it('invalid nested expertise entries', async () => {
    const res = await hub.patch('/api/v1/me', {
      as: session,
      body: { title: 'Ny', expertise: [{ tag: '', askMe: true, mentor: false, learning: false }] },
    });
    expectProblem(res, 400, 'validation');
    const dup = await hub.patch('/api/v1/me', {
      as: session,
      body: {
        title: 'Ny',
        expertise: [
          { tag: 'GIS', askMe: true, mentor: false, learning: false },
          { tag: 'gis', askMe: false, mentor: false, learning: false },
        ],
      },
    });
    expectProblem(dup, 400, 'validation');
    await unchanged();
  });

  it('a 10 MB body', async () => {
    const res = await hub.patch('/api/v1/me', {
      as: session,
      payload: JSON.stringify({ bio: 'z'.repeat(10 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 413, 'payload-too-large');
    await unchanged();
  });

  it('a 10 MB CSV import', async () => {
    const res = await hub.post('/api/v1/admin/people/import', {
      as: admin,
      payload: 'name,email,municipality\n' + 'a,b@c.se,Bjuv\n'.repeat(800_000),
      headers: { 'content-type': 'text/csv' },
    });
    expectProblem(res, 413, 'payload-too-large');
  });

  it('an unsupported content type', async () => {
    const res = await hub.patch('/api/v1/me', {
      as: session,
      payload: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(res, 415);
    await unchanged();
  });

  it('a CSV with broken quoting imports nothing', async () => {
    const csv = 'name;email;municipality;title;expertise\n"Anna Ek;anna.ek@bjuv.se;Bjuv;GIS-ingenjör;GIS\nBo Ek;bo.ek@bjuv.se;Bjuv;;\n';
    const res = await hub.post<{ detail: string }>('/api/v1/admin/people/import', {
      as: admin,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expectProblem(res, 400, 'validation');
    expect(res.body.detail).toMatch(/citattecken/);
    const rows: unknown[] = await hub.db.query(`SELECT 1 FROM person WHERE email LIKE '%@bjuv.se'`);
    expect(rows).toHaveLength(0);
  });

  it('a bad cursor, a bad id and an unknown municipality', async () => {
    expectProblem(await hub.get('/api/v1/people?cursor=inte-en-markör', { as: session }), 400, 'validation');
    expectProblem(await hub.get('/api/v1/people?limit=1000', { as: session }), 400, 'validation');
    expectProblem(await hub.get('/api/v1/people?municipality=stockholm', { as: session }), 400, 'validation');
    expectProblem(await hub.get('/api/v1/people/inte-ett-id', { as: session }), 404, 'not-found');
    expectProblem(await hub.delete('/api/v1/me/tokens/inte-ett-id', { as: session }), 400);
    expectProblem(await hub.get('/api/v1/networks/finns-inte', { as: session }), 404, 'not-found');
  });

  it('a login with missing fields', async () => {
    expectProblem(await hub.post('/api/v1/auth/login', { body: { email: 'a@b.se' } }), 400, 'validation');
    expectProblem(await hub.post('/api/v1/auth/login', { body: [] }), 400);
  });

  it('a duplicate network name is a conflict', async () => {
    const first = await hub.post('/api/v1/networks', {
      as: admin,
      body: { name: 'Nätverket för välfärdsteknik', kind: 'kunskapsnatverk', visibility: 'open' },
    });
    expect(first.status).toBe(201);
    expectProblem(
      await hub.post('/api/v1/networks', {
        as: admin,
        body: { name: 'nätverket för välfärdsteknik', kind: 'kunskapsnatverk', visibility: 'open' },
      }),
      409,
      'conflict',
    );
    await hub.db.query(`DELETE FROM network`);
  });

  it('NUL characters anywhere: a 400, never a 500, even before signing in', async () => {
    const cases = [
      hub.patch('/api/v1/me', { as: session, body: { bio: 'a\u0000b' } }),
      hub.get('/api/v1/networks/a%00b', { as: session }),
      hub.post('/api/v1/auth/login', { body: { email: 'a\u0000@b.se', password: 'x' } }),
      hub.get('/api/v1/people?network=a%00b', { as: session }),
      hub.post('/api/v1/me/tokens', { as: session, body: { name: 'x\u0000' } }),
      hub.get('/api/v1/people/search?q=x&network=a%00b', { as: session }),
    ];
    for (const res of await Promise.all(cases)) expectProblem(res, 400);
    await unchanged();
  });

  it('a well-formed cursor with a wrong id is a 400', async () => {
    const cursor = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
    expectProblem(await hub.get(`/api/v1/people?cursor=${cursor}`, { as: session }), 400, 'validation');
  });

  it('a JSON null body (or a list, or a bare value) is a 400, not "nothing to change"', async () => {
    for (const payload of ['null', '[]', '42']) {
      const res = await hub.patch('/api/v1/me', { as: session, payload, headers: { 'content-type': 'application/json' } });
      expectProblem(res, 400, 'validation');
    }
    await unchanged();
  });

  it('null for a field that is not nullable is a 400 naming the field in Swedish; a nullable one clears', async () => {
    const network = await hub.network();
    await hub.member(network, me, 'coordinator');
    const post = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: session, body: { body: 'Med bilaga' } });
    const doc = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as: session,
      fileName: 'bilaga.txt',
      bytes: Buffer.from('Bilaga.\n'),
    });
    expect((await hub.patch(`/api/v1/posts/${post.body.id}`, { as: session, body: { documentIds: [doc.body.id] } })).status).toBe(200);
    // Once, null silently removed every attachment.
    const res = await hub.patch<{ errors: Array<{ field: string; message: string }> }>(`/api/v1/posts/${post.body.id}`, {
      as: session,
      body: { documentIds: null },
    });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual([
      { field: 'documentIds', message: 'Bifogade dokument får inte vara null; utelämna fältet om du inte vill ändra det.' },
    ]);
    const attached: unknown[] = await hub.db.query(`SELECT 1 FROM post_attachment WHERE post_id = $1`, [post.body.id]);
    expect(attached).toHaveLength(1);
    // A field declared nullable takes null as "clear it": a meeting without a capacity.
    const meeting = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/meetings`, {
      as: session,
      body: { title: 'Möte', startsAt: '2027-05-01T09:00:00+02:00', endsAt: '2027-05-01T10:00:00+02:00', capacity: 10 },
    });
    const cleared = await hub.patch<{ capacity: number | null }>(`/api/v1/meetings/${meeting.body.id}`, { as: session, body: { capacity: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.capacity).toBeNull();
    await hub.db.query(`DELETE FROM network WHERE id = $1`, [network.id]);
  });
});
