import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

type Result = Record<'people' | 'networks' | 'posts' | 'documents' | 'messages' | 'meetings', Array<{ id: string }>> & {
  counts: Record<string, number>;
};

/**
 * Unique tokens (far enough apart that typo tolerance cannot mix them up) placed in a closed and a secret network's chat, direct messages, meetings, agenda
 * items, minutes (published and draft) and documents: members find them, nobody else does, in any
 * type, count or suggestion, and a member who leaves stops finding them at once.
 */
describe('search canaries beyond posts', () => {
  let hub: TestHub;
  let closed: NetworkHandle;
  let secret: NetworkHandle;
  let insider: PersonHandle;
  let friend: PersonHandle;
  let asInsider: Credentials;
  let asFriend: Credentials;
  let asOutsider: Credentials;
  let asGuest: Credentials;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    hub = await TestHub.start();
    closed = await hub.network({ visibility: 'closed' });
    secret = await hub.network({ visibility: 'secret' });
    insider = await hub.person();
    friend = await hub.person();
    await hub.member(closed, insider, 'coordinator');
    await hub.member(secret, insider, 'coordinator');
    asInsider = await hub.login(insider);
    asFriend = await hub.login(friend);
    asOutsider = await hub.login(await hub.person());
    asGuest = await hub.login(await hub.person({ role: 'guest' }));

    for (const [network, n] of [
      [closed, 'alfa'],
      [secret, 'omega'],
    ] as const) {
      const channel = await hub.get<{ id: string }>(`/api/v1/networks/${network.id}/chat`, { as: asInsider });
      const msg = await hub.post<{ id: string }>(`/api/v1/conversations/${channel.body.id}/messages`, {
        as: asInsider,
        body: { body: `Hemligt i chatten kanariechatt${n}` },
      });
      ids[`chat${n}`] = msg.body.id;
      const meeting = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/meetings`, {
        as: asInsider,
        body: { title: `Möte kanariemote${n}`, startsAt: '2030-03-05T09:00:00Z', endsAt: '2030-03-05T10:00:00Z' },
      });
      ids[`meeting${n}`] = meeting.body.id;
      await hub.post(`/api/v1/meetings/${meeting.body.id}/agenda-items`, { as: asInsider, body: { title: `Punkt kanarieagenda${n}` } });
      const past: Array<{ id: string }> = await hub.db.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'Förra mötet', now() - interval '2 days', now() - interval '2 days' + interval '1 hour') RETURNING id`,
        [network.id],
      );
      ids[`minutes${n}`] = past[0]!.id;
      await hub.call('PUT', `/api/v1/meetings/${past[0]!.id}/minutes`, { as: asInsider, body: { body: `Beslut kanarieprotokoll${n}` } });
      await hub.post(`/api/v1/meetings/${past[0]!.id}/minutes/publish`, { as: asInsider });
      const draft: Array<{ id: string }> = await hub.db.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'Utkastmötet', now() - interval '1 day', now() - interval '1 day' + interval '1 hour') RETURNING id`,
        [network.id],
      );
      await hub.call('PUT', `/api/v1/meetings/${draft[0]!.id}/minutes`, {
        as: asInsider,
        body: { body: `Ej publicerat kanarieutkast${n}` },
      });
      const doc = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
        as: asInsider,
        fileName: 'Rapport.txt',
        bytes: Buffer.from(`Innehåll kanariedok${n}`),
      });
      ids[`doc${n}`] = doc.body.id;
    }
    const dm = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asInsider, body: { personId: friend.id } });
    const direct = await hub.post<{ id: string }>(`/api/v1/conversations/${dm.body.id}/messages`, {
      as: asInsider,
      body: { body: 'Mellan oss kanariedirekt' },
    });
    ids['direct'] = direct.body.id;
    await hub.extracted();
    await hub.settle();
  });
  afterAll(() => hub.close());

  const search = async (q: string, as: Credentials): Promise<Result> => {
    const res = await hub.get<Result>(`/api/v1/search?q=${encodeURIComponent(q)}`, { as });
    expect(res.status).toBe(200);
    return res.body;
  };
  const found = (r: Result): string[] => [...r.posts, ...r.documents, ...r.messages, ...r.meetings].map((h) => h.id);
  const total = (r: Result): number => Object.values(r.counts).reduce((a, b) => a + b, 0);

  it.each(['alfa', 'omega'])('a member finds chat, meeting, agenda, published minutes and documents of the network (%s)', async (n) => {
    expect(found(await search(`kanariechatt${n}`, asInsider))).toEqual([ids[`chat${n}`]]);
    expect(found(await search(`kanariemote${n}`, asInsider))).toEqual([ids[`meeting${n}`]]);
    expect(found(await search(`kanarieagenda${n}`, asInsider))).toEqual([ids[`meeting${n}`]]);
    // Published minutes are found on the meeting and as their two copies in the library (markdown,
    // and the PDF once its text is extracted in the background).
    let minutes = await search(`kanarieprotokoll${n}`, asInsider);
    for (const started = Date.now(); minutes.documents.length < 2 && Date.now() - started < 15_000; ) {
      await new Promise((r) => setTimeout(r, 200));
      minutes = await search(`kanarieprotokoll${n}`, asInsider);
    }
    expect(minutes.meetings.map((m) => m.id)).toEqual([ids[`minutes${n}`]]);
    const copies = minutes.documents as Array<{ id: string; title?: string; kind?: string }>;
    expect(copies.map((d) => d.kind).sort()).toEqual(['md', 'pdf']);
    for (const copy of copies) expect(copy.title).toMatch(/^Minnesanteckningar Förra mötet/);
    expect(found(await search(`kanariedok${n}`, asInsider))).toEqual([ids[`doc${n}`]]);
    const r = await search(`kanariemote${n}`, asInsider);
    expect(r.counts['meetings']).toBe(1);
    expect(r.meetings[0]).toMatchObject({ excerpt: expect.stringContaining('<mark>') });
  });

  it.each(['kanariechatt', 'kanariemote', 'kanarieagenda', 'kanarieprotokoll', 'kanariedok', 'kanarieutkast'])(
    '%s… never reaches a non-member, a guest or (as a draft) anyone',
    async (token) => {
      for (const n of ['alfa', 'omega']) {
        for (const as of [asOutsider, asGuest, asFriend]) {
          const r = await search(`${token}${n}`, as);
          expect(found(r)).toEqual([]);
          expect(total(r)).toBe(0);
          const suggest = await hub.get(`/api/v1/search/suggest?q=${token}${n}`, { as });
          expect(suggest.text).not.toContain(token);
        }
      }
      if (token === 'kanarieutkast') expect(found(await search('kanarieutkastalfa', asInsider))).toEqual([]);
    },
  );

  it('suggestions as one types include documents one may read, and mark a guest as external', async () => {
    const mine = await hub.get<{ documents: Array<{ id: string; title: string }> }>('/api/v1/search/suggest?q=kanariedokalfa', {
      as: asInsider,
    });
    expect(mine.body.documents.map((d) => d.id)).toEqual([ids['docalfa']]);
    const guest = await hub.person({ role: 'guest', name: 'Gästa Polisdotter', expertise: ['lägesbildsanalys'] });
    await hub.member(closed, guest);
    await hub.settle();
    const people = await hub.get<{ people: Array<{ id: string; external: boolean }> }>('/api/v1/search/suggest?q=polisdotter', {
      as: asInsider,
    });
    expect(people.body.people).toEqual([expect.objectContaining({ id: guest.id, external: true })]);
  });

  it('a direct message is found by its two people only', async () => {
    expect(found(await search('kanariedirekt', asInsider))).toEqual([ids['direct']]);
    expect(found(await search('kanariedirekt', asFriend))).toEqual([ids['direct']]);
    const other = await search('kanariedirekt', asOutsider);
    expect(found(other)).toEqual([]);
    expect(other.counts['messages']).toBe(0);
  });

  it('narrowing to a network one may not read is a 404, and to one’s own network keeps to it', async () => {
    expect((await hub.get(`/api/v1/search?q=kanariedokalfa&network=${closed.id}`, { as: asOutsider })).status).toBe(404);
    expect((await hub.get(`/api/v1/search?q=kanariedokomega&network=${secret.slug}`, { as: asOutsider })).status).toBe(404);
    const narrowed = await hub.get<Result>(`/api/v1/search?q=kanariedokomega&network=${closed.id}`, { as: asInsider });
    expect(found(narrowed.body)).toEqual([]);
    const own = await hub.get<Result>(`/api/v1/search?q=kanariedokomega&network=${secret.id}`, { as: asInsider });
    expect(found(own.body)).toEqual([ids['docomega']]);
  });

  it('a member who leaves stops finding the network’s content within 2 seconds', async () => {
    const leaver = await hub.person();
    await hub.member(closed, leaver);
    const asLeaver = await hub.login(leaver);
    expect(found(await search('kanariechattalfa', asLeaver))).toEqual([ids['chatalfa']]);
    await hub.db.query(`DELETE FROM membership WHERE network_id = $1 AND person_id = $2`, [closed.id, leaver.id]);
    // The asker's scope is kept in memory until the membership change's NOTIFY arrives (the guarantee: 2 s).
    const started = Date.now();
    let after = await search('kanariechattalfa', asLeaver);
    while ((found(after).length > 0 || total(after) > 0) && Date.now() - started < 2000) {
      await new Promise((r) => setTimeout(r, 50));
      after = await search('kanariechattalfa', asLeaver);
    }
    expect(found(after)).toEqual([]);
    expect(total(after)).toBe(0);
  });
});
