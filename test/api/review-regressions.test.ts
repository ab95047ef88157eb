import { TestHub } from '../support/test-hub';

/** Holes found in review, pinned down so they stay closed. */
describe('review regressions', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('an id in upper case is the same id: a coordinator still cannot remove a co-coordinator', async () => {
    const n = await hub.network();
    const c1 = await hub.person();
    const c2 = await hub.person();
    await hub.member(n, c1, 'coordinator');
    await hub.member(n, c2, 'coordinator');
    const res = await hub.delete(`/api/v1/networks/${n.id}/members/${c2.id.toUpperCase()}`, { as: await hub.login(c1) });
    expect(res.status).toBe(403);
    const rows: unknown[] = await hub.db.query(`SELECT 1 FROM membership WHERE network_id = $1 AND person_id = $2`, [n.id, c2.id]);
    expect(rows).toHaveLength(1);
  });

  it('an admin cannot disable their own account by writing the id in upper case', async () => {
    const admin = await hub.person({ role: 'admin' });
    const res = await hub.post(`/api/v1/admin/people/${admin.id.toUpperCase()}/disable`, { as: await hub.login(admin) });
    expect(res.status).toBe(409);
  });

  it('a burst of parallel wrong passwords is throttled like a sequence', async () => {
    const victim = await hub.person();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        hub.post('/api/v1/auth/login', { body: { email: victim.email, password: `gissning-${i}-xyz` } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(24);
  });

  it('an archived network is read-only for its coordinators', async () => {
    const n = await hub.network({ visibility: 'closed', archived: true });
    const coordinator = await hub.person();
    await hub.member(n, coordinator, 'coordinator');
    const requester = await hub.person();
    const rows: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO join_request (network_id, person_id) VALUES ($1, $2) RETURNING id`,
      [n.id, requester.id],
    );
    const as = await hub.login(coordinator);
    expect(
      (await hub.post(`/api/v1/networks/${n.id}/members`, { as, body: { personId: (await hub.person()).id, role: 'member' } })).status,
    ).toBe(403);
    expect((await hub.post(`/api/v1/networks/${n.id}/join-requests/${rows[0]!.id}/approve`, { as })).status).toBe(403);
    expect((await hub.patch(`/api/v1/networks/${n.id}`, { as, body: { description: 'x' } })).status).toBe(403);
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    expect(
      (await hub.patch<{ archived: boolean }>(`/api/v1/networks/${n.id}`, { as: admin, body: { archived: false } })).body.archived,
    ).toBe(false);
  });

  it('a decided request cannot be decided again, either way', async () => {
    const n = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(n, coordinator, 'coordinator');
    const rows: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO join_request (network_id, person_id) VALUES ($1, $2) RETURNING id`,
      [n.id, (await hub.person()).id],
    );
    const as = await hub.login(coordinator);
    const [a, b] = await Promise.all([
      hub.post(`/api/v1/networks/${n.id}/join-requests/${rows[0]!.id}/approve`, { as }),
      hub.post(`/api/v1/networks/${n.id}/join-requests/${rows[0]!.id}/reject`, { as }),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 404]);
    const state: Array<{ status: string; member: boolean }> = await hub.db.query(
      `SELECT r.status, EXISTS (SELECT 1 FROM membership m WHERE m.network_id = r.network_id AND m.person_id = r.person_id) AS member FROM join_request r WHERE r.id = $1`,
      [rows[0]!.id],
    );
    expect(state[0]!.member).toBe(state[0]!.status === 'approved');
  });

  it("a coordinator cannot decide another network's request through their own network", async () => {
    const mine = await hub.network({ visibility: 'closed' });
    const theirs = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(mine, coordinator, 'coordinator');
    const rows: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO join_request (network_id, person_id) VALUES ($1, $2) RETURNING id`,
      [theirs.id, (await hub.person()).id],
    );
    const as = await hub.login(coordinator);
    expect((await hub.post(`/api/v1/networks/${mine.id}/join-requests/${rows[0]!.id}/reject`, { as })).status).toBe(404);
    expect((await hub.post(`/api/v1/networks/${mine.id}/join-requests/${rows[0]!.id}/approve`, { as })).status).toBe(404);
    const state: Array<{ status: string }> = await hub.db.query(`SELECT status FROM join_request WHERE id = $1`, [rows[0]!.id]);
    expect(state[0]!.status).toBe('pending');
  });

  it('a name of only spaces is refused', async () => {
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const n = await hub.network();
    expect((await hub.patch(`/api/v1/networks/${n.id}`, { as: admin, body: { name: '     ' } })).status).toBe(400);
    expect((await hub.post('/api/v1/networks', { as: admin, body: { name: '   ', kind: 'arbetsgrupp', visibility: 'open' } })).status).toBe(
      400,
    );
  });

  it('a secret network and a network that does not exist answer outsiders with the same 404', async () => {
    const secret = await hub.network({ visibility: 'secret' });
    const outsider = await hub.login(await hub.person());
    const a = await hub.get<Record<string, unknown>>(`/api/v1/networks/${secret.id}/members`, { as: outsider });
    const b = await hub.get<Record<string, unknown>>(`/api/v1/networks/00000000-0000-4000-8000-000000000000/members`, { as: outsider });
    expect(a.status).toBe(404);
    const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, instance: undefined });
    expect(strip(a.body)).toEqual(strip(b.body));
  });

  it('an API token cannot mint more tokens', async () => {
    const p = await hub.person();
    const token = await hub.token(p);
    expect((await hub.post('/api/v1/me/tokens', { as: token, body: { name: 'fler' } })).status).toBe(403);
  });

  it('two requests creating the same person: one wins, the other gets 409, never a 500', async () => {
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const body = {
      name: 'Dubbel Person',
      email: 'dubbel.person@bjuv.se',
      role: 'member',
      municipality: 'bjuv',
      password: 'ett-bra-lösenord-här',
    };
    const answers = await Promise.all([
      hub.post('/api/v1/admin/people', { as: admin, body }),
      hub.post('/api/v1/admin/people', { as: admin, body }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });

  it('a guest stops finding a colleague in search as soon as they no longer share a network', async () => {
    const n = await hub.network();
    const guest = await hub.person({ role: 'guest' });
    const colleague = await hub.person({ name: 'Sällsynt Kollega', expertise: ['ovanligkompetens'] });
    await hub.member(n, guest);
    await hub.member(n, colleague);
    await hub.settle();
    const as = await hub.login(guest);
    const find = async (): Promise<string[]> =>
      (await hub.get<{ hits: Array<{ id: string }> }>('/api/v1/people/search?q=ovanligkompetens', { as })).body.hits.map((h) => h.id);
    expect(await find()).toEqual([colleague.id]);
    // Left the network; even before the index catches up, search must not show them.
    await hub.db.query(`DELETE FROM membership WHERE network_id = $1 AND person_id = $2`, [n.id, colleague.id]);
    expect(await find()).toEqual([]);
  });
});
