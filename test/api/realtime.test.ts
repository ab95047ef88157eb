import type { Socket } from 'socket.io-client';
import { connectSocket, record as recordEvents } from '../support/sockets';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface HubEvent {
  id: string;
  type: string;
  networkId: string | null;
  data: { postId?: string };
}

describe('realtime (Socket.IO)', () => {
  let hub: TestHub;
  let url: string;
  const sockets: Socket[] = [];
  let network: NetworkHandle;
  let other: NetworkHandle;
  let coordinator: PersonHandle;
  let anna: PersonHandle;
  let bo: PersonHandle;
  let sessions: Record<'coord' | 'anna' | 'bo' | 'outsider', Credentials>;

  beforeAll(async () => {
    hub = await TestHub.start();
    url = await hub.listen();
    network = await hub.network({ visibility: 'closed' });
    other = await hub.network({ visibility: 'closed' });
    coordinator = await hub.person();
    anna = await hub.person();
    bo = await hub.person();
    const outsider = await hub.person();
    await hub.member(network, coordinator, 'coordinator');
    await hub.member(network, anna);
    await hub.member(network, bo);
    await hub.member(other, coordinator, 'coordinator');
    await hub.member(other, outsider);
    sessions = {
      coord: await hub.login(coordinator),
      anna: await hub.login(anna),
      bo: await hub.login(bo),
      outsider: await hub.login(outsider),
    };
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub.close();
  });

  const connect = (as: Credentials | null, extra: { origin?: string } = {}): Promise<Socket> => connectSocket(url, as, sockets, extra);
  const record = (socket: Socket, type: string): HubEvent[] => recordEvents<HubEvent>(socket, type);

  async function until(check: () => boolean, ms = 2000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > ms) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  const post = async (as: Credentials, net: NetworkHandle, body: string): Promise<string> =>
    (await hub.post<{ id: string }>(`/api/v1/networks/${net.id}/posts`, { as, body: { body } })).body.id;

  it('refuses a handshake without credentials, with a bad session, or with a cookie from another site', async () => {
    await expect(connect(null)).rejects.toThrow('unauthenticated');
    await expect(connect({ kind: 'cookie', cookie: 'inte-en-session', csrf: '' })).rejects.toThrow('unauthenticated');
    await expect(connect(sessions.anna, { origin: 'https://evil.example' })).rejects.toThrow('forbidden');
    await expect(connect(sessions.anna, { origin: 'http://localhost:3001' })).rejects.toThrow('forbidden');
    // The hub on this machine answers as localhost and as 127.0.0.1 alike.
    const viaLoopback = await connect(sessions.anna, { origin: 'http://127.0.0.1:3000' });
    expect(viaLoopback.connected).toBe(true);
  });

  it("a post in a closed network reaches its members' sockets and nobody else's", async () => {
    const [annaSocket, boSocket, outsiderSocket] = await Promise.all([
      connect(sessions.anna),
      connect(sessions.bo),
      connect(sessions.outsider),
    ]);
    const [forAnna, forBo, forOutsider] = [
      record(annaSocket, 'post.created'),
      record(boSocket, 'post.created'),
      record(outsiderSocket, 'post.created'),
    ];
    const postId = await post(sessions.anna, network, 'Live i det stängda nätverket');
    await until(() => forBo.length === 1 && forAnna.length === 1);
    expect(forBo[0]).toMatchObject({ type: 'post.created', networkId: network.id, data: { postId } });
    // A later post in the outsider's own network arrives; the closed network's never did.
    const sentinel = await post(sessions.coord, other, 'Sentinel');
    await until(() => forOutsider.length === 1);
    expect(forOutsider.map((e) => e.data.postId)).toEqual([sentinel]);
  });

  it('works with a Bearer token too (scripts), from any origin', async () => {
    const token = await hub.token(anna);
    const socket = await connect(token, { origin: 'https://script.example' });
    const seen = record(socket, 'post.created');
    await post(sessions.bo, network, 'Till skriptet');
    await until(() => seen.length === 1);
  });

  it('a member removed mid-session stops receiving at once', async () => {
    const carl = await hub.person();
    await hub.member(network, carl);
    const [carlSocket, annaSocket] = await Promise.all([connect(await hub.login(carl)), connect(sessions.anna)]);
    const [forCarl, forAnna] = [record(carlSocket, 'post.created'), record(annaSocket, 'post.created')];
    const changes = record(carlSocket, 'membership.changed');
    expect((await hub.delete(`/api/v1/networks/${network.id}/members/${carl.id}`, { as: sessions.coord })).status).toBe(204);
    await until(() => changes.length === 1);
    await post(sessions.bo, network, 'Efter att Carl gick');
    await until(() => forAnna.length === 1);
    // Anna got it; give Carl's socket the same chance, then check he did not.
    await post(sessions.bo, network, 'En till');
    await until(() => forAnna.length === 2);
    expect(forCarl).toEqual([]);
  });

  it('disabling an account disconnects its sockets within 2 seconds', async () => {
    const dora = await hub.person();
    await hub.member(network, dora);
    const socket = await connect(await hub.login(dora));
    let disconnected = false;
    socket.on('disconnect', () => (disconnected = true));
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    expect((await hub.post(`/api/v1/admin/people/${dora.id}/disable`, { as: admin })).status).toBe(204);
    await until(() => disconnected, 2000);
  });

  it('logging out disconnects the sockets of that session', async () => {
    const eva = await hub.person();
    const session = await hub.login(eva);
    const socket = await connect(session);
    let disconnected = false;
    socket.on('disconnect', () => (disconnected = true));
    expect((await hub.post('/api/v1/auth/logout', { as: session })).status).toBe(200);
    await until(() => disconnected, 2000);
  });

  it('a client that was away catches up: every missed event, in order, and only what it may see', async () => {
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: sessions.bo });
    const missed = [
      await post(sessions.anna, network, 'Missat 1'),
      await post(sessions.anna, network, 'Missat 2'),
      await post(sessions.anna, network, 'Missat 3'),
    ];
    await post(sessions.coord, other, 'Inte för Bo');
    // Each event is logged in its post's transaction: it is there once the request has answered.
    const events = (await hub.get<{ events: HubEvent[] }>(`/api/v1/events?after=${start.body.latest}`, { as: sessions.bo })).body.events;
    expect(events.filter((e) => e.type === 'post.created').map((e) => e.data.postId)).toEqual(missed);
    expect(events.every((e) => e.networkId === network.id || e.networkId === null)).toBe(true);
    const ids = events.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('rate-limits what a socket sends, and refuses messages over 64 KB', async () => {
    const socket = await connect(sessions.anna);
    const errors: Array<{ code: string }> = [];
    socket.on('hub.error', (e: { code: string }) => errors.push(e));
    for (let i = 0; i < 40; i++) socket.emit('typing', { networkId: network.id });
    await until(() => errors.length > 0);
    expect(errors[0]!.code).toBe('too-many-requests');
    const big = await connect(sessions.bo);
    let reason = '';
    big.on('disconnect', (r) => (reason = r));
    big.emit('typing', { networkId: network.id, padding: 'x'.repeat(70 * 1024) });
    await until(() => reason !== '');
    expect(reason).toBe('transport close');
  });

  it('two hub processes on one database deliver to clients on either', async () => {
    const second = await hub.sibling();
    try {
      const secondUrl = await second.listen();
      const onFirst = await connect(sessions.bo);
      const socket = await connectSocket(secondUrl, sessions.anna, sockets);
      const [forBo, forAnna] = [record(onFirst, 'post.created'), record(socket, 'post.created')];
      // Posted through the second process: the client on the first receives it, and vice versa.
      const viaSecond = (
        await second.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body: 'Via process två' } })
      ).body.id;
      await until(() => forBo.some((e) => e.data.postId === viaSecond) && forAnna.some((e) => e.data.postId === viaSecond));
      const viaFirst = await post(sessions.bo, network, 'Via process ett');
      await until(() => forAnna.some((e) => e.data.postId === viaFirst));
    } finally {
      await second.close();
    }
  });

  it('typing reaches the other members of the network only', async () => {
    const [annaSocket, boSocket, outsiderSocket] = await Promise.all([
      connect(sessions.anna),
      connect(sessions.bo),
      connect(sessions.outsider),
    ]);
    const [forBo, forOutsider] = [record(boSocket, 'typing'), record(outsiderSocket, 'typing')];
    // The outsider cannot type into a network they are not in.
    outsiderSocket.emit('typing', { networkId: network.id });
    annaSocket.emit('typing', { networkId: network.id });
    await until(() => forBo.length >= 1);
    expect(forBo.every((e) => (e as unknown as { personId: string }).personId === anna.id)).toBe(true);
    expect(forOutsider).toEqual([]);
  });

  it('an event raised after its change committed (a library folder made) reaches the members live, and is logged for catch-up', async () => {
    const [boSocket, outsiderSocket] = await Promise.all([connect(sessions.bo), connect(sessions.outsider)]);
    const [forBo, forOutsider] = [record(boSocket, 'document.changed'), record(outsiderSocket, 'document.changed')];
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: sessions.bo });
    const made = await hub.post(`/api/v1/networks/${network.id}/document-folders`, { as: sessions.anna, body: { name: 'Protokoll' } });
    expect(made.status).toBe(201);
    await until(() => forBo.length >= 1);
    expect(forBo[0]).toMatchObject({ type: 'document.changed', networkId: network.id });
    const missed = await hub.get<{ events: HubEvent[] }>(`/api/v1/events?after=${start.body.latest}`, { as: sessions.bo });
    expect(missed.body.events.map((e) => e.type)).toContain('document.changed');
    expect(forOutsider).toEqual([]);
  });
});
