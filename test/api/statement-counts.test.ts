import { AsyncLocalStorage } from 'node:async_hooks';
import { Client } from 'pg';
import { type Credentials, type NetworkHandle, TestHub } from '../support/test-hub';

/**
 * The SQL statements one request sends are a fixed number, whatever the size of the page (no N+1):
 * every statement the pg driver sends is counted for the request that caused it, including what it
 * sets off after answering (through async context, so the search worker and job polling running
 * meanwhile are not counted).
 */
const requestContext = new AsyncLocalStorage<string[]>();
const originalQuery = Client.prototype.query;

describe('SQL statements per request', () => {
  let hub: TestHub;
  let small: NetworkHandle;
  let large: NetworkHandle;
  let asAnna: Credentials;
  let asBo: Credentials;

  const count = async (work: () => Promise<{ status: number }>): Promise<{ status: number; statements: string[] }> => {
    const statements: string[] = [];
    const { status } = await requestContext.run(statements, async () => {
      const answer = await work();
      // What the request set off after answering (the realtime event and its broadcast) counts too.
      for (let seen = -1; seen !== statements.length;) {
        seen = statements.length;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return answer;
    });
    return { status, statements };
  };

  const post = (network: NetworkHandle, as: Credentials, body: string): Promise<{ status: number; body: { id: string } }> =>
    hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as, body: { body } });

  beforeAll(async () => {
    Client.prototype.query = function (this: Client, ...args: unknown[]): unknown {
      const config = args[0];
      const text = typeof config === 'string' ? config : (config as { text?: string }).text;
      requestContext.getStore()?.push((text ?? '').trim().slice(0, 80));
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    hub = await TestHub.start();
    small = await hub.network({ visibility: 'closed', name: 'Litet nätverk' });
    large = await hub.network({ visibility: 'closed', name: 'Stort nätverk' });
    const anna = await hub.person({ name: 'Anna Räknare', municipality: 'bjuv' });
    const bo = await hub.person({ name: 'Bo Räknare', municipality: 'astorp' });
    for (const network of [small, large]) {
      await hub.member(network, anna, 'coordinator');
      await hub.member(network, bo);
    }
    // 27 more members in the large network: creating a post there must not cost a statement per member.
    for (let i = 0; i < 27; i++) await hub.member(large, await hub.person({ name: `Medlem ${i}` }));
    [asAnna, asBo] = [await hub.login(anna), await hub.login(bo)];
    expect((await post(small, asAnna, 'Det enda inlägget')).status).toBe(201);
    for (let i = 0; i < 20; i++) {
      const created = await post(large, i % 2 ? asAnna : asBo, `Inlägg ${i} med **markdown**`);
      for (let c = 0; c < 3; c++) {
        await hub.post(`/api/v1/posts/${created.body.id}/comments`, { as: c % 2 ? asAnna : asBo, body: { body: `Kommentar ${c}` } });
      }
      await hub.call('PUT', `/api/v1/posts/${created.body.id}/reactions/heart`, { as: asBo });
      await hub.call('PUT', `/api/v1/posts/${created.body.id}/reactions/thumbs_up`, { as: asAnna });
    }
    // Sign-ins are cached after their first request: warm both up so the counts are steady.
    await hub.get('/api/v1/feed', { as: asAnna });
    await hub.get('/api/v1/feed', { as: asBo });
  });
  afterAll(async () => {
    Client.prototype.query = originalQuery;
    await hub.close();
  });

  it('a network feed page reads the network with the membership and the page: 2 statements for 1 post or 20 with comments and reactions', async () => {
    const one = await count(() => hub.get(`/api/v1/networks/${small.id}/posts`, { as: asBo }));
    const twenty = await count(() => hub.get(`/api/v1/networks/${large.id}/posts?limit=20`, { as: asBo }));
    expect(one.status).toBe(200);
    expect(twenty.status).toBe(200);
    expect(twenty.statements).toHaveLength(2);
    expect(one.statements).toEqual(twenty.statements);
  });

  it('the home feed across networks is one statement however many posts it shows', async () => {
    const page = await count(() => hub.get('/api/v1/feed?limit=20', { as: asBo }));
    const short = await count(() => hub.get('/api/v1/feed?limit=1', { as: asBo }));
    expect(page.status).toBe(200);
    expect(page.statements).toHaveLength(1);
    expect(short.statements).toEqual(page.statements);
  });

  it('creating a post costs the same statements in a network of 2 members and of 29', async () => {
    const inSmall = await count(() => post(small, asBo, 'Ett nytt inlägg'));
    const inLarge = await count(() => post(large, asBo, 'Ett nytt inlägg'));
    expect(inSmall.status).toBe(201);
    expect(inLarge.status).toBe(201);
    expect(inLarge.statements).toEqual(inSmall.statements);
    const words = (statement: string): string => statement.split(/\s+/).slice(0, 3).join(' ');
    // One commit: the realtime event is appended inside the post's transaction, then the broadcast
    // to other hub processes (the PostgreSQL adapter's NOTIFY) follows the commit.
    expect(inLarge.statements.filter((s) => !s.startsWith('SELECT pg_notify')).map(words)).toEqual([
      'SELECT n.id, n.slug,', // access check
      'START TRANSACTION',
      'WITH p AS', // the INSERT, returning the post as answered
      'INSERT INTO event_log',
      'COMMIT',
    ]);
    expect(inLarge.statements.filter((s) => s.startsWith('SELECT pg_notify'))).toHaveLength(1);
  });

  it('the new post as answered is the post as read back (the answer is built in the INSERT, not re-read)', async () => {
    const created = await hub.post<Record<string, unknown>>(`/api/v1/networks/${large.id}/posts`, {
      as: asAnna,
      body: { body: 'Hej **alla**, se [länken](https://example.org)', announcement: true, requiresAck: true },
    });
    expect(created.status).toBe(201);
    const read = await hub.get<Record<string, unknown>>(`/api/v1/posts/${String(created.body['id'])}`, { as: asAnna });
    const { comments, ...post } = read.body;
    expect(comments).toEqual([]);
    expect(created.body).toEqual(post);
    expect(created.body).toMatchObject({ announcement: true, requiresAck: true, canEdit: true, canModerate: true, commentCount: 0 });
  });

  it('a post search reads the asker’s scope and the hits: 2 statements; the next one only the hits', async () => {
    const found = await count(() => hub.get('/api/v1/search?type=posts&q=markdown', { as: asBo }));
    expect(found.status).toBe(200);
    expect(found.statements).toHaveLength(2);
    // The scope is kept in process until a membership or network change NOTIFYs (ViewerScopes).
    const again = await count(() => hub.get('/api/v1/search?type=posts&q=markdown', { as: asBo }));
    expect(again.status).toBe(200);
    expect(again.statements).toHaveLength(1);
    expect(again.statements[0]).toMatch(/^SELECT p\.id, n\.id AS "networkId"/);
  });

  it('the counter sees statements at all (a control: a statement-free answer would pass the tests above vacuously)', async () => {
    const none = await count(() => hub.get('/api/health'));
    const some = await count(() => hub.get(`/api/v1/networks/${large.id}/posts`, { as: asBo }));
    expect(some.statements.length).toBeGreaterThan(none.statements.length);
    expect(some.statements.join('\n')).toMatch(/SELECT n.id, n.slug, n.visibility/);
  });
});
