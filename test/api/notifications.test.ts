import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Page {
  items: Array<{ id: string; kind: string; actorName: string | null; networkName: string; postId: string | null; read: boolean }>;
  unread: number;
}

describe('notifications', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let coordinator: PersonHandle;
  let anna: PersonHandle;
  let bo: PersonHandle;
  let asCoord: Credentials;
  let asAnna: Credentials;
  let asBo: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    network = await hub.network({ visibility: 'closed', name: 'Notisnätverket' });
    coordinator = await hub.person({ name: 'Karin Koordinator' });
    anna = await hub.person({ name: 'Anna Notis' });
    bo = await hub.person({ name: 'Bo Notis' });
    await hub.member(network, coordinator, 'coordinator');
    await hub.member(network, anna);
    await hub.member(network, bo);
    [asCoord, asAnna, asBo] = [await hub.login(coordinator), await hub.login(anna), await hub.login(bo)];
  });
  afterAll(() => hub.close());

  /** Notifications are made just after the request answers; wait until the expected count shows. */
  async function notifications(as: Credentials, atLeast: number): Promise<Page> {
    let page: Page = { items: [], unread: 0 };
    for (let i = 0; i < 200; i++) {
      page = (await hub.get<Page>('/api/v1/me/notifications', { as })).body;
      if (page.items.length >= atLeast) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return page;
  }

  it('a mention notifies the person mentioned, not the author', async () => {
    const post = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, {
      as: asAnna,
      body: { body: `Vad tycker du @[Bo](${bo.id})?` },
    });
    const page = await notifications(asBo, 1);
    expect(page.items[0]).toMatchObject({
      kind: 'mention',
      actorName: 'Anna Notis',
      networkName: 'Notisnätverket',
      postId: post.body.id,
      read: false,
    });
    expect(page.unread).toBe(1);
    expect((await hub.get<Page>('/api/v1/me/notifications', { as: asAnna })).body.items).toEqual([]);
  });

  it('a reply to my post notifies me; marking read clears the count', async () => {
    const post = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, {
      as: asAnna,
      body: { body: 'Ett inlägg att svara på' },
    });
    await hub.post(`/api/v1/posts/${post.body.id}/comments`, { as: asBo, body: { body: 'Ett svar' } });
    const page = await notifications(asAnna, 1);
    expect(page.items[0]).toMatchObject({ kind: 'reply', actorName: 'Bo Notis' });
    expect((await hub.post('/api/v1/me/notifications/read', { as: asAnna, body: {} })).status).toBe(204);
    expect((await hub.get<Page>('/api/v1/me/notifications', { as: asAnna })).body.unread).toBe(0);
  });

  it('an announcement notifies every member but the author; "nothing" silences a network; join requests reach coordinators', async () => {
    const carl = await hub.person({ name: 'Carl Tyst' });
    await hub.member(network, carl);
    const asCarl = await hub.login(carl);
    expect(
      (await hub.call('PUT', `/api/v1/me/notification-settings/${network.slug}`, { as: asCarl, body: { level: 'none' } })).status,
    ).toBe(200);
    const before = (await hub.get<Page>('/api/v1/me/notifications', { as: asBo })).body.items.length;
    await hub.post(`/api/v1/networks/${network.id}/posts`, { as: asCoord, body: { body: 'Viktigt meddelande', requiresAck: true } });
    const bos = await notifications(asBo, before + 1);
    expect(bos.items[0]!.kind).toBe('announcement');
    expect((await hub.get<Page>('/api/v1/me/notifications', { as: asCarl })).body.items).toEqual([]);
    expect((await hub.get<Page>('/api/v1/me/notifications', { as: asCoord })).body.items.filter((n) => n.kind === 'announcement')).toEqual(
      [],
    );

    const asker = await hub.login(await hub.person({ name: 'Dora Frågar' }));
    await hub.post(`/api/v1/networks/${network.id}/join`, { as: asker, body: {} });
    const coords = await notifications(asCoord, 1);
    expect(coords.items[0]).toMatchObject({ kind: 'join_request', actorName: 'Dora Frågar' });
  });

  it('a member removed from a closed network no longer sees its notifications', async () => {
    const eva = await hub.person({ name: 'Eva Borta' });
    await hub.member(network, eva);
    const asEva = await hub.login(eva);
    await hub.post(`/api/v1/networks/${network.id}/posts`, { as: asAnna, body: { body: `Hej @[Eva](${eva.id}), hemligt` } });
    expect((await notifications(asEva, 1)).items).toHaveLength(1);
    await hub.delete(`/api/v1/networks/${network.id}/members/${eva.id}`, { as: asCoord });
    const after = await hub.get<Page>('/api/v1/me/notifications', { as: asEva });
    expect(after.body).toEqual({ items: [], nextCursor: null, unread: 0 });
  });

  it('settings list my networks; an outsider cannot set one for a closed network', async () => {
    const settings = await hub.get<Array<{ networkName: string; level: string }>>('/api/v1/me/notification-settings', { as: asAnna });
    expect(settings.body).toEqual([expect.objectContaining({ networkName: 'Notisnätverket', level: 'all' })]);
    const outsider = await hub.login(await hub.person());
    expect(
      (await hub.call('PUT', `/api/v1/me/notification-settings/${network.id}`, { as: outsider, body: { level: 'none' } })).status,
    ).toBe(404);
    expect((await hub.call('PUT', `/api/v1/me/notification-settings/${network.id}`, { as: asAnna, body: { level: 'loud' } })).status).toBe(
      400,
    );
  });

  describe('meetings, agenda and action items', () => {
    let net: NetworkHandle;
    let lead: PersonHandle;
    let eva: PersonHandle;
    let olle: PersonHandle;
    let asLead: Credentials;
    let asEva: Credentials;
    let asOlle: Credentials;
    let meetingId: string;
    const kinds = async (as: Credentials): Promise<string[]> =>
      (await hub.get<Page>('/api/v1/me/notifications', { as })).body.items.filter((n) => n.networkName === 'Mötesnotiser').map((n) => n.kind);

    beforeAll(async () => {
      net = await hub.network({ visibility: 'closed', name: 'Mötesnotiser' });
      lead = await hub.person({ name: 'Lena Ledare' });
      eva = await hub.person({ name: 'Eva Medlem' });
      olle = await hub.person({ name: 'Olle Medlem' });
      await hub.member(net, lead, 'coordinator');
      await hub.member(net, eva);
      await hub.member(net, olle);
      [asLead, asEva, asOlle] = [await hub.login(lead), await hub.login(eva), await hub.login(olle)];
      const year = new Date().getFullYear() + 1;
      const created = await hub.post<{ id: string }>(`/api/v1/networks/${net.id}/meetings`, {
        as: asLead,
        body: { title: 'Vårträffen', startsAt: `${year}-04-07T09:00:00+02:00`, endsAt: `${year}-04-07T10:00:00+02:00` },
      });
      expect(created.status).toBe(201);
      meetingId = created.body.id;
    });

    it('a new meeting notifies the members, never the coordinator who announced it', async () => {
      expect(await kinds(asEva)).toEqual(['meeting_announced']);
      expect(await kinds(asOlle)).toEqual(['meeting_announced']);
      expect(await kinds(asLead)).toEqual([]);
      // Nor is the coordinator told of their own change, though they are coming (Eva, coming too, is told).
      expect((await hub.call('PUT', `/api/v1/meetings/${meetingId}/rsvp`, { as: asLead, body: { answer: 'yes' } })).status).toBe(200);
      expect((await hub.call('PUT', `/api/v1/meetings/${meetingId}/rsvp`, { as: asEva, body: { answer: 'yes' } })).status).toBe(200);
      expect((await hub.call('PATCH', `/api/v1/meetings/${meetingId}`, { as: asLead, body: { location: 'Rådhuset' } })).status).toBe(200);
      expect(await kinds(asLead)).toEqual([]);
      expect(await kinds(asEva)).toEqual(['meeting_changed', 'meeting_announced']);
    });

    it('a proposed agenda item notifies the coordinators, not the proposer or other members', async () => {
      const proposed = await hub.post(`/api/v1/meetings/${meetingId}/agenda-items`, { as: asEva, body: { title: 'Nattillsyn' } });
      expect(proposed.status).toBe(201);
      const page = (await hub.get<Page & { items: Array<{ meetingId: string | null }> }>('/api/v1/me/notifications', { as: asLead })).body;
      expect(page.items[0]).toMatchObject({ kind: 'agenda_proposed', actorName: 'Eva Medlem', meetingId, read: false });
      expect(await kinds(asEva)).toEqual(['meeting_changed', 'meeting_announced']);
      expect(await kinds(asOlle)).toEqual(['meeting_announced']);
    });

    it('a new action item notifies its owner; one the coordinator takes on themselves notifies nobody', async () => {
      const item = await hub.post(`/api/v1/meetings/${meetingId}/action-items`, { as: asLead, body: { title: 'Skicka enkäten', ownerId: olle.id } });
      expect(item.status).toBe(201);
      expect(await kinds(asOlle)).toEqual(['action_assigned', 'meeting_announced']);
      const own = await hub.post(`/api/v1/meetings/${meetingId}/action-items`, { as: asLead, body: { title: 'Boka lokal', ownerId: lead.id } });
      expect(own.status).toBe(201);
      expect(await kinds(asLead)).toEqual(['agenda_proposed']);
      expect(await kinds(asEva)).toEqual(['meeting_changed', 'meeting_announced']);
    });

    it('opening the meeting (or the post) marks only the notifications about it read', async () => {
      const post = await hub.post<{ id: string }>(`/api/v1/networks/${net.id}/posts`, { as: asLead, body: { body: `Hej @[Olle](${olle.id})` } });
      expect((await notifications(asOlle, 3)).unread).toBe(3);
      expect((await hub.post('/api/v1/me/notifications/read', { as: asOlle, body: { meetingId } })).status).toBe(204);
      let page = (await hub.get<Page>('/api/v1/me/notifications', { as: asOlle })).body;
      expect(page.unread).toBe(1);
      expect(page.items.filter((n) => !n.read).map((n) => n.kind)).toEqual(['mention']);
      expect((await hub.post('/api/v1/me/notifications/read', { as: asOlle, body: { postId: post.body.id } })).status).toBe(204);
      page = (await hub.get<Page>('/api/v1/me/notifications', { as: asOlle })).body;
      expect(page.unread).toBe(0);
      // Someone else's notifications about the same meeting stay unread.
      expect((await hub.get<Page>('/api/v1/me/notifications', { as: asEva })).body.unread).toBe(2);
      expect((await hub.post('/api/v1/me/notifications/read', { as: asOlle, body: { meetingId: 'inte-ett-id' } })).status).toBe(400);
    });
  });
});
