import { io, type Socket } from 'socket.io-client';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Message {
  id: string;
  seq: string;
  body: string;
  html: string;
  deleted: boolean;
  mine: boolean;
  editedAt: string | null;
}
interface Conversation {
  id: string;
  kind: string;
  title: string;
  unread: number;
  other: { id: string } | null;
}

describe('chat', () => {
  let hub: TestHub;
  let url: string;
  let network: NetworkHandle;
  let anna: PersonHandle;
  let bo: PersonHandle;
  let asAnna: Credentials;
  let asBo: Credentials;
  let asOutsider: Credentials;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    hub = await TestHub.start();
    url = await hub.listen();
    network = await hub.network({ visibility: 'closed', name: 'Chattnätverket' });
    anna = await hub.person({ name: 'Anna Chatt' });
    bo = await hub.person({ name: 'Bo Chatt' });
    await hub.member(network, anna, 'coordinator');
    await hub.member(network, bo);
    [asAnna, asBo, asOutsider] = [await hub.login(anna), await hub.login(bo), await hub.login(await hub.person())];
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub.close();
  });

  const channel = async (as: Credentials): Promise<string> =>
    (await hub.get<{ id: string }>(`/api/v1/networks/${network.id}/chat`, { as })).body.id;
  const send = (as: Credentials, conversationId: string, body: string): ReturnType<TestHub['post']> =>
    hub.post<Message>(`/api/v1/conversations/${conversationId}/messages`, { as, body: { body } });

  it('members talk in the network channel; history is paged newest first; outsiders get 404 everywhere', async () => {
    const id = await channel(asAnna);
    for (let i = 1; i <= 5; i++) expect((await send(i % 2 ? asAnna : asBo, id, `Meddelande ${i}`)).status).toBe(201);
    const first = await hub.get<{ items: Message[]; nextCursor: string }>(`/api/v1/conversations/${id}/messages?limit=3`, { as: asBo });
    expect(first.body.items.map((m) => m.body)).toEqual(['Meddelande 5', 'Meddelande 4', 'Meddelande 3']);
    const older = await hub.get<{ items: Message[]; nextCursor: string | null }>(
      `/api/v1/conversations/${id}/messages?limit=3&before=${first.body.nextCursor}`,
      { as: asBo },
    );
    expect(older.body.items.map((m) => m.body)).toEqual(['Meddelande 2', 'Meddelande 1']);
    expect(older.body.nextCursor).toBeNull();
    expect((await hub.get(`/api/v1/networks/${network.id}/chat`, { as: asOutsider })).status).toBe(404);
    expect((await hub.get(`/api/v1/conversations/${id}/messages`, { as: asOutsider })).status).toBe(404);
    expect((await send(asOutsider, id, 'intrång')).status).toBe(404);
  });

  it('unread counts per conversation, cleared by marking read; my own messages never count', async () => {
    const id = await channel(asAnna);
    const last = (await send(asAnna, id, 'Olästa?')).body as Message;
    const bosView = (await hub.get<Conversation[]>('/api/v1/conversations', { as: asBo })).body.find((c) => c.id === id)!;
    expect(bosView.unread).toBeGreaterThan(0);
    expect((await hub.get<Conversation[]>('/api/v1/conversations', { as: asAnna })).body.find((c) => c.id === id)!.unread).toBe(0);
    expect((await hub.post(`/api/v1/conversations/${id}/read`, { as: asBo, body: { seq: last.seq } })).status).toBe(204);
    expect((await hub.get<Conversation[]>('/api/v1/conversations', { as: asBo })).body.find((c) => c.id === id)!.unread).toBe(0);
  });

  it('direct messages between two people: only they see them, live', async () => {
    const opened = await hub.post<Conversation>('/api/v1/conversations/direct', { as: asAnna, body: { personId: bo.id } });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ kind: 'direct', title: 'Bo Chatt', other: { id: bo.id } });
    const again = await hub.post<Conversation>('/api/v1/conversations/direct', { as: asBo, body: { personId: anna.id } });
    expect(again.body.id).toBe(opened.body.id);
    const boSocket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: 'http://localhost:3000', cookie: `nh_session=${(asBo as { cookie: string }).cookie}` },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(boSocket);
    await new Promise<void>((resolve, reject) => {
      boSocket.once('connect', () => resolve());
      boSocket.once('connect_error', reject);
    });
    const live: Array<{ data: { conversationId: string; messageId: string } }> = [];
    boSocket.on('message.created', (e: { data: { conversationId: string; messageId: string } }) => live.push(e));
    const sent = (await send(asAnna, opened.body.id, 'Hej Bo, **privat**')).body as Message;
    expect(sent.html).toContain('<strong>privat</strong>');
    for (let i = 0; i < 200 && live.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(live[0]!.data).toEqual({ conversationId: opened.body.id, messageId: sent.id });
    expect((await hub.get(`/api/v1/conversations/${opened.body.id}/messages`, { as: asOutsider })).status).toBe(404);
    expect((await hub.post('/api/v1/conversations/direct', { as: asAnna, body: { personId: anna.id } })).status).toBe(400);
  });

  it('edit keeps the earlier text; delete is a tombstone; only the author edits, coordinators may delete in their channel', async () => {
    const id = await channel(asAnna);
    const m = (await send(asBo, id, 'Fel i texten')).body as Message;
    expect((await hub.patch(`/api/v1/messages/${m.id}`, { as: asAnna, body: { body: 'kapat' } })).status).toBe(403);
    const edited = await hub.patch<Message>(`/api/v1/messages/${m.id}`, { as: asBo, body: { body: 'Rätt i texten' } });
    expect(edited.body).toMatchObject({ body: 'Rätt i texten', mine: true });
    expect(edited.body.editedAt).not.toBeNull();
    const kept: Array<{ body: string }> = await hub.db.query(`SELECT body FROM message_revision WHERE message_id = $1`, [m.id]);
    expect(kept.map((r) => r.body)).toEqual(['Fel i texten']);
    expect((await hub.delete(`/api/v1/messages/${m.id}`, { as: asAnna })).status).toBe(204);
    const page = await hub.get<{ items: Message[] }>(`/api/v1/conversations/${id}/messages`, { as: asBo });
    expect(page.body.items.find((x) => x.id === m.id)).toMatchObject({ deleted: true, body: '', html: '' });
  });

  it('a guest may only start a direct conversation with someone they share a network with', async () => {
    const guest = await hub.person({ role: 'guest' });
    const asGuest = await hub.login(guest);
    expect((await hub.post('/api/v1/conversations/direct', { as: asGuest, body: { personId: bo.id } })).status).toBe(404);
    await hub.member(network, guest);
    expect((await hub.post('/api/v1/conversations/direct', { as: asGuest, body: { personId: bo.id } })).status).toBe(200);
  });

  it('the channel is named after its network also for a reader who is not a member', async () => {
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const res = await hub.get<{ title: string; networkId: string }>(`/api/v1/networks/${network.id}/chat`, { as: admin });
    expect(res.body).toMatchObject({ title: 'Chattnätverket', networkId: network.id });
  });

  it('lists the channel of every network I am in, also one nobody has opened, and no other network’s', async () => {
    const quiet = await hub.network({ visibility: 'open', name: 'Tysta nätverket' });
    const other = await hub.network({ visibility: 'open', name: 'Andras nätverk' });
    const cecilia = await hub.person({ name: 'Cecilia Ny' });
    await hub.member(quiet, cecilia);
    await hub.member(network, cecilia);
    const asCecilia = await hub.login(cecilia);
    const list = (await hub.get<Conversation[]>('/api/v1/conversations', { as: asCecilia })).body;
    expect(list.filter((c) => c.kind === 'network').map((c) => c.title).sort()).toEqual(['Chattnätverket', 'Tysta nätverket']);
    expect(list.some((c) => c.title === other.name)).toBe(false);
    // The listed channel is the one the network page opens, and listing twice makes no second one.
    const again = (await hub.get<Conversation[]>('/api/v1/conversations', { as: asCecilia })).body;
    expect(again.map((c) => c.id).sort()).toEqual(list.map((c) => c.id).sort());
    const quietId = (await hub.get<{ id: string }>(`/api/v1/networks/${quiet.id}/chat`, { as: asCecilia })).body.id;
    expect(list.find((c) => c.title === 'Tysta nätverket')?.id).toBe(quietId);
  });

  it('bad input: empty, too long, unknown fields', async () => {
    const id = await channel(asAnna);
    expect((await send(asAnna, id, '   ')).status).toBe(400);
    expect((await send(asAnna, id, 'x'.repeat(4001))).status).toBe(400);
    expect((await hub.post(`/api/v1/conversations/${id}/messages`, { as: asAnna, body: { body: 'ok', authorId: bo.id } })).status).toBe(
      400,
    );
  });
});
