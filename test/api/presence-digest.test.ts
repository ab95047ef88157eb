import type { Socket } from 'socket.io-client';
import { DigestService } from '@hub/notifications';
import { connectSocket, record } from '../support/sockets';
import { readable, smtp, until } from '../support/smtp';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

type Presence = { networkId: string; online: string[]; offline: string[] };

describe('presence, typing in direct conversations, e-mail held back while online, the weekly digest', () => {
  let server: Awaited<ReturnType<typeof smtp>>;
  let hub: TestHub;
  let url: string;
  const sockets: Socket[] = [];
  let network: NetworkHandle;
  let anna: PersonHandle;
  let bo: PersonHandle;
  let asAnna: Credentials;
  let asBo: Credentials;
  let asOutsider: Credentials;

  beforeAll(async () => {
    server = await smtp();
    hub = await TestHub.start({ SMTP_URL: server.url });
    url = await hub.listen();
    network = await hub.network({ visibility: 'closed', name: 'Miljöchefsnätverket' });
    anna = await hub.person({ name: 'Anna Ek', email: 'anna.ek@bjuv.se' });
    bo = await hub.person({ name: 'Bo Berg', email: 'bo.berg@astorp.se' });
    await hub.member(network, anna, 'coordinator');
    await hub.member(network, bo);
    asAnna = await hub.login(anna);
    asBo = await hub.login(bo);
    asOutsider = await hub.login(await hub.person());
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub.close();
    await server.close();
  });

  it('members see who comes online and goes offline; the list is there for members only', async () => {
    const annaSocket = await connectSocket(url, asAnna, sockets);
    const seen = record<Presence>(annaSocket, 'presence');
    const outsiderSocket = await connectSocket(url, asOutsider, sockets);
    const outsiderSeen = record<Presence>(outsiderSocket, 'presence');
    const boSocket = await connectSocket(url, asBo, sockets);
    await until(() => seen.some((p) => p.online.includes(bo.id)), 5000);
    const online = await hub.get<{ online: string[] }>(`/api/v1/networks/${network.id}/online`, { as: asAnna });
    expect(online.body.online.sort()).toEqual([anna.id, bo.id].sort());
    expect((await hub.get(`/api/v1/networks/${network.id}/online`, { as: asOutsider })).status).toBe(404);
    // A second tab does not announce again; closing one of two keeps Bo online.
    const boTab = await connectSocket(url, asBo, sockets);
    boTab.disconnect();
    await new Promise((r) => setTimeout(r, 1500));
    // Changes come batched per network (Anna may share Bo's event): Bo came online once, never offline.
    expect(seen.flatMap((p) => p.online).filter((id) => id === bo.id)).toEqual([bo.id]);
    expect(seen.flatMap((p) => p.offline)).toEqual([]);
    expect(seen.every((p) => p.networkId === network.id)).toBe(true);
    boSocket.disconnect();
    await until(() => seen.some((p) => p.offline.includes(bo.id)), 5000);
    expect(outsiderSeen).toEqual([]);
    expect((await hub.get<{ online: string[] }>(`/api/v1/networks/${network.id}/online`, { as: asAnna })).body.online).toEqual([anna.id]);
  });

  it('typing in a direct conversation reaches the other person only', async () => {
    const dm = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asAnna, body: { personId: bo.id } });
    const [annaSocket, boSocket, outsiderSocket] = await Promise.all([
      connectSocket(url, asAnna, sockets),
      connectSocket(url, asBo, sockets),
      connectSocket(url, asOutsider, sockets),
    ]);
    const forBo = record<{ conversationId: string; personId: string }>(boSocket, 'typing');
    const forAnna = record(annaSocket, 'typing');
    const forOutsider = record(outsiderSocket, 'typing');
    outsiderSocket.emit('typing', { conversationId: dm.body.id });
    annaSocket.emit('typing', { conversationId: dm.body.id });
    await until(() => forBo.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(forBo).toEqual([{ conversationId: dm.body.id, personId: anna.id }]);
    expect(forAnna).toEqual([]);
    expect(forOutsider).toEqual([]);
    for (const s of [annaSocket, boSocket, outsiderSocket]) s.disconnect();
  });

  it('a mention is not e-mailed to someone online now (they see the live badge), and is when they are away', async () => {
    const boSocket = await connectSocket(url, asBo, sockets);
    await hub.post(`/api/v1/networks/${network.id}/posts`, { as: asAnna, body: { body: `Medan du är inne @[Bo](${bo.id})` } });
    await new Promise((r) => setTimeout(r, 2500));
    expect(server.received.filter((m) => m.to.includes('bo.berg@astorp.se'))).toEqual([]);
    boSocket.disconnect();
    await new Promise((r) => setTimeout(r, 200));
    await hub.post(`/api/v1/networks/${network.id}/posts`, { as: asAnna, body: { body: `Nu är du borta @[Bo](${bo.id})` } });
    await until(() => server.received.some((m) => m.to.includes('bo.berg@astorp.se')), 10_000);
  });

  it('the weekly digest groups the week’s posts by network, follows each person’s choice, and skips those with nothing new', async () => {
    const quiet = await hub.person({ name: 'Tyst', email: 'tyst@klippan.se' });
    await hub.member(network, quiet);
    await hub.call('PUT', `/api/v1/me/notification-settings/${network.id}`, { as: await hub.login(quiet), body: { level: 'none' } });
    const other = await hub.network({ visibility: 'open', name: 'Nätverket för välfärdsteknik' });
    await hub.member(other, bo);
    await hub.db.query(
      `INSERT INTO post (network_id, author_id, body, html) VALUES ($1, $2, 'Ny rutin för tillsyn\nMer text', '<p>x</p>')`,
      [other.id, anna.id],
    );
    server.received.length = 0;
    const count = await hub.app.get(DigestService).sendWeekly(new Date(Date.now() + 1000));
    expect(count).toBeGreaterThanOrEqual(1);
    await until(() => server.received.some((m) => m.to.includes('bo.berg@astorp.se')), 10_000);
    const digest = readable(server.received.find((m) => m.to.includes('bo.berg@astorp.se'))!);
    expect(digest).toMatch(/Subject: Veckan i dina nätverk: \d+ nya inlägg/);
    expect(digest).toContain('Miljöchefsnätverket (2 nya inlägg)');
    expect(digest).toContain('Nätverket för välfärdsteknik (1 nytt inlägg)');
    expect(digest).toContain('Ny rutin för tillsyn');
    expect(digest).not.toContain('Mer text');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.received.filter((m) => m.to.includes('tyst@klippan.se'))).toEqual([]);
    // Anna wrote those posts herself: nothing new for her.
    expect(server.received.filter((m) => m.to.includes('anna.ek@bjuv.se'))).toEqual([]);
  });
});
