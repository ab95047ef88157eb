import { TestHub } from '../support/test-hub';

describe('networks and membership', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('the secretariat creates a network with a slug made from its Swedish name, reachable by slug', async () => {
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const res = await hub.post<{ id: string; slug: string; name: string }>('/api/v1/networks', {
      as: admin,
      body: { name: 'Nätverket för välfärdsteknik', kind: 'kunskapsnatverk', visibility: 'open', description: 'Nytt 2023.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.slug).toBe('natverket-for-valfardsteknik');
    const bySlug = await hub.get<{ id: string }>('/api/v1/networks/natverket-for-valfardsteknik', { as: admin });
    expect(bySlug.body.id).toBe(res.body.id);
  });

  it('joins an open network directly and requests a closed one; the coordinator approves', async () => {
    const open = await hub.network({ visibility: 'open' });
    const closed = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(closed, coordinator, 'coordinator');
    const anna = await hub.person({ municipality: 'perstorp' });
    const as = await hub.login(anna);
    expect((await hub.post<{ status: string }>(`/api/v1/networks/${open.slug}/join`, { as, body: {} })).body).toEqual({ status: 'joined' });
    expect((await hub.post<{ status: string }>(`/api/v1/networks/${open.id}/join`, { as, body: {} })).body).toEqual({
      status: 'already-member',
    });
    expect(
      (await hub.post<{ status: string }>(`/api/v1/networks/${closed.id}/join`, { as, body: { message: 'Jag jobbar med detta' } })).body,
    ).toEqual({ status: 'requested' });
    expect((await hub.post<{ status: string }>(`/api/v1/networks/${closed.id}/join`, { as, body: {} })).body).toEqual({
      status: 'already-requested',
    });
    const mine = await hub.get<Array<{ id: string; myRole: string | null; requested: boolean }>>('/api/v1/networks?scope=mine', { as });
    expect(mine.body.map((n) => n.id)).toEqual([open.id]);
    const discover = await hub.get<Array<{ id: string; requested: boolean }>>('/api/v1/networks?scope=discover', { as });
    expect(discover.body.find((n) => n.id === closed.id)?.requested).toBe(true);
    // Still outside: the members stay hidden.
    expect((await hub.get(`/api/v1/networks/${closed.id}/members`, { as })).status).toBe(404);

    const coord = await hub.login(coordinator);
    const waiting = await hub.get<Array<{ network: { id: string }; person: { id: string } }>>('/api/v1/join-requests', { as: coord });
    expect(waiting.body.map((r) => [r.network.id, r.person.id])).toEqual([[closed.id, anna.id]]);
    expect((await hub.get<unknown[]>('/api/v1/join-requests', { as })).body).toEqual([]);
    const requests = await hub.get<Array<{ id: string; message: string; person: { id: string; municipality: { name: string } } }>>(
      `/api/v1/networks/${closed.id}/join-requests`,
      { as: coord },
    );
    expect(requests.body).toHaveLength(1);
    expect(requests.body[0]).toMatchObject({
      message: 'Jag jobbar med detta',
      person: { id: anna.id, municipality: { name: 'Perstorp' } },
    });
    expect((await hub.post(`/api/v1/networks/${closed.id}/join-requests/${requests.body[0]!.id}/approve`, { as: coord })).status).toBe(204);
    expect((await hub.post(`/api/v1/networks/${closed.id}/join-requests/${requests.body[0]!.id}/approve`, { as: coord })).status).toBe(404);
    const members = await hub.get<{ items: Array<{ person: { id: string } }> }>(`/api/v1/networks/${closed.id}/members`, { as });
    expect(members.status).toBe(200);
    expect(members.body.items.map((m) => m.person.id)).toContain(anna.id);
  });

  it('a rejected request leaves the person outside, and they may ask again', async () => {
    const closed = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(closed, coordinator, 'coordinator');
    const bo = await hub.person();
    const as = await hub.login(bo);
    await hub.post(`/api/v1/networks/${closed.id}/join`, { as, body: {} });
    const coord = await hub.login(coordinator);
    const [request] = (await hub.get<Array<{ id: string }>>(`/api/v1/networks/${closed.id}/join-requests`, { as: coord })).body;
    expect((await hub.post(`/api/v1/networks/${closed.id}/join-requests/${request!.id}/reject`, { as: coord })).status).toBe(204);
    expect((await hub.get(`/api/v1/networks/${closed.id}/members`, { as })).status).toBe(404);
    expect((await hub.post<{ status: string }>(`/api/v1/networks/${closed.id}/join`, { as, body: {} })).body.status).toBe('requested');
  });

  it('shows which of the 11 municipalities are represented and which are missing', async () => {
    const n = await hub.network();
    await hub.member(n, await hub.person({ municipality: 'bastad' }));
    await hub.member(n, await hub.person({ municipality: 'angelholm' }));
    await hub.member(n, await hub.person({ municipality: 'angelholm' }));
    await hub.member(n, await hub.person({ role: 'guest' }));
    const viewer = await hub.login(await hub.person());
    const res = await hub.get<{ coverage: { represented: Array<{ name: string }>; missing: Array<{ name: string }> } }>(
      `/api/v1/networks/${n.id}`,
      { as: viewer },
    );
    expect(res.body.coverage.represented.map((m) => m.name)).toEqual(['Båstad', 'Ängelholm']);
    expect(res.body.coverage.missing).toHaveLength(9);
    expect(res.body.coverage.missing.map((m) => m.name)).toContain('Örkelljunga');
  });

  it('coordinators add members and let guests in; only the secretariat appoints coordinators', async () => {
    const n = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(n, coordinator, 'coordinator');
    const coord = await hub.login(coordinator);
    const guest = await hub.person({ role: 'guest' });
    const added = await hub.post<{ items: Array<{ person: { id: string; external: boolean } }> }>(`/api/v1/networks/${n.id}/members`, {
      as: coord,
      body: { personId: guest.id, role: 'member' },
    });
    expect(added.status).toBe(200);
    expect(added.body.items.find((m) => m.person.id === guest.id)?.person.external).toBe(true);
    // The guest now sees this network, and only this one.
    const guestSession = await hub.login(guest);
    const visible = await hub.get<Array<{ id: string }>>('/api/v1/networks', { as: guestSession });
    expect(visible.body.map((x) => x.id)).toEqual([n.id]);
    const asCoordinator = await hub.post(`/api/v1/networks/${n.id}/members`, {
      as: guestSession,
      body: { personId: guest.id, role: 'coordinator' },
    });
    expect(asCoordinator.status).toBe(403);
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const guestCoordinator = await hub.post(`/api/v1/networks/${n.id}/members`, {
      as: admin,
      body: { personId: guest.id, role: 'coordinator' },
    });
    expect(guestCoordinator.status).toBe(400);
  });

  it('a member leaves a network; a coordinator cannot remove another coordinator', async () => {
    const n = await hub.network();
    const member = await hub.person();
    const c1 = await hub.person();
    const c2 = await hub.person();
    await hub.member(n, member);
    await hub.member(n, c1, 'coordinator');
    await hub.member(n, c2, 'coordinator');
    expect((await hub.delete(`/api/v1/networks/${n.id}/members/${c2.id}`, { as: await hub.login(c1) })).status).toBe(403);
    const count = async (): Promise<number | null> =>
      (await hub.get<{ memberCount: number | null }>(`/api/v1/networks/${n.id}`, { as: await hub.login(c1) })).body.memberCount;
    expect(await count()).toBe(3);
    expect((await hub.delete(`/api/v1/networks/${n.id}/members/${member.id}`, { as: await hub.login(member) })).status).toBe(204);
    const rows: unknown[] = await hub.db.query(`SELECT 1 FROM membership WHERE network_id = $1 AND person_id = $2`, [n.id, member.id]);
    expect(rows).toHaveLength(0);
    expect(await count()).toBe(2);
  });

  it('coordinators edit the description; only the secretariat archives, and archived networks leave the directory', async () => {
    const n = await hub.network();
    const coordinator = await hub.person();
    await hub.member(n, coordinator, 'coordinator');
    const coord = await hub.login(coordinator);
    expect(
      (await hub.patch<{ description: string }>(`/api/v1/networks/${n.id}`, { as: coord, body: { description: 'Uppdaterad' } })).body
        .description,
    ).toBe('Uppdaterad');
    expect((await hub.patch(`/api/v1/networks/${n.id}`, { as: coord, body: { archived: true } })).status).toBe(403);
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    expect(
      (await hub.patch<{ archived: boolean }>(`/api/v1/networks/${n.id}`, { as: admin, body: { archived: true } })).body.archived,
    ).toBe(true);
    const member = await hub.login(await hub.person());
    const list = await hub.get<Array<{ id: string }>>('/api/v1/networks', { as: member });
    expect(list.body.map((x) => x.id)).not.toContain(n.id);
    expect((await hub.post(`/api/v1/networks/${n.id}/join`, { as: member, body: {} })).status).toBe(403);
  });
});
