import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Post {
  id: string;
  html: string;
  body: string;
  deleted: boolean;
  pinned: boolean;
  announcement: boolean;
  requiresAck: boolean;
  editedAt: string | null;
  commentCount: number;
  reactions: Array<{ kind: string; count: number; mine: boolean }>;
  ackCount: number;
  acknowledgedByMe: boolean;
  canEdit: boolean;
  canModerate: boolean;
  author: { id: string; name: string; affiliation: string | null } | null;
  comments?: Array<{ id: string; parentId: string | null; html: string }>;
}

describe('feed', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let coordinator: PersonHandle;
  let anna: PersonHandle;
  let bo: PersonHandle;
  let coord: Credentials;
  let asAnna: Credentials;
  let asBo: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    network = await hub.network({ visibility: 'closed' });
    coordinator = await hub.person({ name: 'Karin Samordnare', municipality: 'helsingborg' });
    anna = await hub.person({ name: 'Anna Ek', municipality: 'bjuv' });
    bo = await hub.person({ name: 'Bo Berg', municipality: 'astorp' });
    await hub.member(network, coordinator, 'coordinator');
    await hub.member(network, anna);
    await hub.member(network, bo);
    [coord, asAnna, asBo] = [await hub.login(coordinator), await hub.login(anna), await hub.login(bo)];
  });
  afterAll(() => hub.close());

  const post = (as: Credentials, body: object, net = network): ReturnType<TestHub['post']> =>
    hub.post<Post>(`/api/v1/networks/${net.id}/posts`, { as, body });

  it('a member posts markdown; it is rendered safely and listed newest first with author and counts', async () => {
    const first = await post(asAnna, { body: 'Första **inlägget** <script>alert(1)</script> [länk](javascript:alert(1))' });
    expect(first.status).toBe(201);
    const created = first.body as Post;
    expect(created.html).toContain('<strong>inlägget</strong>');
    expect(created.html).not.toContain('<script');
    expect(created.html).not.toContain('href="javascript');
    expect(created.author).toMatchObject({ id: anna.id, name: 'Anna Ek', affiliation: 'Bjuv' });
    expect(created).toMatchObject({ canEdit: true, canModerate: false, commentCount: 0, reactions: [] });
    await post(asBo, { body: 'Andra inlägget' });
    const list = await hub.get<{ items: Post[] }>(`/api/v1/networks/${network.slug}/posts`, { as: asAnna });
    expect(list.body.items.map((p) => p.body).slice(0, 2)).toEqual(['Andra inlägget', created.body]);
  });

  it('pages with a cursor without repeats or gaps', async () => {
    const n = await hub.network();
    const p = await hub.person();
    await hub.member(n, p);
    const as = await hub.login(p);
    for (let i = 0; i < 7; i++) await post(as, { body: `Inlägg ${i}` }, n);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/networks/${n.id}/posts?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await hub.get<{ items: Post[]; nextCursor: string | null }>(url, { as });
      seen.push(...page.body.items.map((x) => x.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Inlägg 6', 'Inlägg 5', 'Inlägg 4', 'Inlägg 3', 'Inlägg 2', 'Inlägg 1', 'Inlägg 0']);
  });

  it('the author edits with history kept; others cannot edit', async () => {
    const created = (await post(asAnna, { body: 'Mötet är på tisdag' })).body as Post;
    expect((await hub.patch(`/api/v1/posts/${created.id}`, { as: asBo, body: { body: 'kapat' } })).status).toBe(403);
    const edited = await hub.patch<Post>(`/api/v1/posts/${created.id}`, { as: asAnna, body: { body: 'Mötet är på onsdag' } });
    expect(edited.status).toBe(200);
    expect(edited.body.html).toContain('onsdag');
    expect(edited.body.editedAt).not.toBeNull();
    const history = await hub.get<Array<{ body: string }>>(`/api/v1/posts/${created.id}/revisions`, { as: coord });
    expect(history.body.map((r) => r.body)).toEqual(['Mötet är på tisdag']);
    expect((await hub.get(`/api/v1/posts/${created.id}/revisions`, { as: asBo })).status).toBe(403);
  });

  it('delete is a tombstone: the text is gone from every view, the record stays', async () => {
    const created = (await post(asBo, { body: 'Hemlig felpost med personnummer 19800101-1234' })).body as Post;
    expect((await hub.delete(`/api/v1/posts/${created.id}`, { as: asAnna })).status).toBe(403);
    expect((await hub.delete(`/api/v1/posts/${created.id}`, { as: asBo })).status).toBe(204);
    const after = await hub.get<Post>(`/api/v1/posts/${created.id}`, { as: asAnna });
    expect(after.body).toMatchObject({ deleted: true, body: '', html: '' });
    const list = await hub.get(`/api/v1/networks/${network.id}/posts`, { as: asAnna });
    expect(list.text).not.toContain('19800101-1234');
    const rows: Array<{ body: string; deleted_by: string }> = await hub.db.query(`SELECT body, deleted_by FROM post WHERE id = $1`, [
      created.id,
    ]);
    expect(rows[0]).toEqual({ body: 'Hemlig felpost med personnummer 19800101-1234', deleted_by: bo.id });
  });

  it('coordinators pin and unpin; members cannot', async () => {
    const created = (await post(asAnna, { body: 'Viktig länklista' })).body as Post;
    expect((await hub.post(`/api/v1/posts/${created.id}/pin`, { as: asAnna })).status).toBe(403);
    expect((await hub.post<Post>(`/api/v1/posts/${created.id}/pin`, { as: coord })).body.pinned).toBe(true);
    const pinned = await hub.get<{ items: Post[] }>(`/api/v1/networks/${network.id}/posts?pinned=true`, { as: asBo });
    expect(pinned.body.items.map((p) => p.id)).toEqual([created.id]);
    const rest = await hub.get<{ items: Post[] }>(`/api/v1/networks/${network.id}/posts?pinned=false&limit=50`, { as: asBo });
    expect(rest.body.items.map((p) => p.id)).not.toContain(created.id);
    // The coordinator may moderate from the home feed too.
    const home = await hub.get<{ items: Post[] }>('/api/v1/feed?limit=50', { as: coord });
    expect(home.body.items.find((p) => p.id === created.id)?.canModerate).toBe(true);
    expect(
      (await hub.get<{ items: Post[] }>('/api/v1/feed?limit=50', { as: asBo })).body.items.find((p) => p.id === created.id)?.canModerate,
    ).toBe(false);
    expect((await hub.post<Post>(`/api/v1/posts/${created.id}/unpin`, { as: coord })).body.pinned).toBe(false);
  });

  it('the home feed merges the newest posts of every network one belongs to, page by page, and leaves out archived and foreign networks', async () => {
    const reader = await hub.person();
    const places = [await hub.network({ visibility: 'open' }), await hub.network({ visibility: 'closed' }), await hub.network({ visibility: 'closed' })];
    const archived = await hub.network({ visibility: 'open' });
    const foreign = await hub.network({ visibility: 'closed' });
    for (const place of [...places, archived]) await hub.member(place, reader, 'coordinator');
    await hub.member(foreign, coordinator, 'coordinator');
    const asReader = await hub.login(reader);
    // Interleaved: one network writes three times in a row, then the others take turns.
    const order = [0, 0, 0, 1, 2, 1, 2, 0, 1, 2];
    const written: string[] = [];
    for (const [i, n] of order.entries()) {
      const res = await hub.post<{ id: string }>(`/api/v1/networks/${places[n]!.id}/posts`, { as: asReader, body: { body: `Hemflöde ${i}` } });
      expect(res.status).toBe(201);
      written.push(res.body.id);
    }
    await hub.post(`/api/v1/networks/${archived.id}/posts`, { as: asReader, body: { body: 'Arkiverat' } });
    await hub.db.query(`UPDATE network SET archived_at = now() WHERE id = $1`, [archived.id]);
    await hub.post(`/api/v1/networks/${foreign.id}/posts`, { as: coord, body: { body: 'Främmande' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await hub.get(
        `/api/v1/feed?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { as: asReader },
      );
      seen.push(...res.body.items.map((p) => p.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual([...written].reverse());
  });

  it('comments with one level of replies, in thread order', async () => {
    const created = (await post(asAnna, { body: 'Fråga till alla' })).body as Post;
    const c1 = (await hub.post<{ id: string }>(`/api/v1/posts/${created.id}/comments`, { as: asBo, body: { body: 'Svar ett' } })).body;
    const c2 = (await hub.post<{ id: string }>(`/api/v1/posts/${created.id}/comments`, { as: coord, body: { body: 'Svar två' } })).body;
    const reply = await hub.post<{ id: string; parentId: string }>(`/api/v1/posts/${created.id}/comments`, {
      as: asAnna,
      body: { body: 'Tack Bo', parentId: c1.id },
    });
    expect(reply.status).toBe(201);
    const nested = await hub.post(`/api/v1/posts/${created.id}/comments`, {
      as: asBo,
      body: { body: 'Svar på svar', parentId: reply.body.id },
    });
    expect(nested.status).toBe(400);
    const full = await hub.get<Post>(`/api/v1/posts/${created.id}`, { as: asBo });
    expect(full.body.comments!.map((c) => [c.html.replace(/<\/?p>/g, ''), c.parentId])).toEqual([
      ['Svar ett', null],
      ['Tack Bo', c1.id],
      ['Svar två', null],
    ]);
    expect(full.body.commentCount).toBe(3);
    // Bo may delete his own comment, not the coordinator's; the coordinator may delete any.
    const canDelete = (c: { html: string }): boolean => (c as unknown as { canDelete: boolean }).canDelete;
    expect(full.body.comments!.map(canDelete)).toEqual([true, false, false]);
    const asCoordinator = await hub.get<Post>(`/api/v1/posts/${created.id}`, { as: coord });
    expect(asCoordinator.body.comments!.map(canDelete)).toEqual([true, true, true]);
    expect(c2.id).toBeDefined();
  });

  it('reactions from a small fixed set, counted once per person', async () => {
    const created = (await post(asAnna, { body: 'Reagera gärna' })).body as Post;
    await hub.call('PUT', `/api/v1/posts/${created.id}/reactions/heart`, { as: asBo });
    await hub.call('PUT', `/api/v1/posts/${created.id}/reactions/heart`, { as: asBo });
    const after = await hub.call<Post>('PUT', `/api/v1/posts/${created.id}/reactions/like`, { as: coord });
    expect(after.body.reactions).toEqual([
      { kind: 'heart', count: 1, mine: false },
      { kind: 'like', count: 1, mine: true },
    ]);
    expect((await hub.call('PUT', `/api/v1/posts/${created.id}/reactions/angry`, { as: asBo })).status).toBe(400);
    const removed = await hub.delete<Post>(`/api/v1/posts/${created.id}/reactions/heart`, { as: asBo });
    expect(removed.body.reactions).toEqual([{ kind: 'like', count: 1, mine: false }]);
  });

  it('mentions of members become profile links; mentions of outsiders stay plain text', async () => {
    const outsider = await hub.person({ name: 'Utan För' });
    const created = await post(asAnna, { body: `Hej @[Bo](${bo.id}) och @[Utan](${outsider.id})` });
    const html = (created.body as Post).html;
    expect(html).toContain(`<a href="/personer/${bo.id}" class="mention"`);
    expect(html).toContain('@Bo Berg');
    expect(html).not.toContain(outsider.id);
    const mentions: Array<{ person_id: string }> = await hub.db.query(`SELECT person_id FROM mention WHERE post_id = $1`, [
      (created.body as Post).id,
    ]);
    expect(mentions.map((m) => m.person_id)).toEqual([bo.id]);
  });

  it('announcements: coordinators only; members acknowledge; the coordinator sees who has not, by municipality', async () => {
    expect((await post(asAnna, { body: 'Inte tillåtet', requiresAck: true })).status).toBe(403);
    const created = (await post(coord, { body: 'Nya rutiner från 1 december', requiresAck: true })).body as Post;
    expect(created).toMatchObject({ announcement: true, requiresAck: true, ackCount: 0 });
    const acked = await hub.post<Post>(`/api/v1/posts/${created.id}/acknowledgements`, { as: asAnna });
    expect(acked.body).toMatchObject({ acknowledgedByMe: true, ackCount: 1 });
    await hub.post(`/api/v1/posts/${created.id}/acknowledgements`, { as: asAnna });
    expect((await hub.get(`/api/v1/posts/${created.id}/acknowledgements`, { as: asAnna })).status).toBe(403);
    const list = await hub.get<{
      acknowledged: Array<{ affiliation: string; people: Array<{ id: string }> }>;
      pending: Array<{ affiliation: string; people: Array<{ id: string }> }>;
    }>(`/api/v1/posts/${created.id}/acknowledgements`, { as: coord });
    expect(list.body.acknowledged).toEqual([{ affiliation: 'Bjuv', people: [expect.objectContaining({ id: anna.id })] }]);
    expect(list.body.pending.map((g) => g.affiliation)).toEqual(['Helsingborg', 'Åstorp']);
    const plain = (await post(asAnna, { body: 'Vanligt inlägg' })).body as Post;
    expect((await hub.post(`/api/v1/posts/${plain.id}/acknowledgements`, { as: asBo })).status).toBe(409);
  });

  it('the home feed has posts from all my networks and none from others', async () => {
    const other = await hub.network({ visibility: 'open' });
    const mine = await hub.network({ visibility: 'open' });
    await hub.member(mine, bo);
    const stranger = await hub.person();
    await hub.member(other, stranger);
    await post(await hub.login(stranger), { body: 'Inte för Bo' }, other);
    await post(asBo, { body: 'I mitt andra nätverk' }, mine);
    const feed = await hub.get<{ items: Post[] }>('/api/v1/feed?limit=50', { as: asBo });
    const bodies = feed.body.items.map((p) => p.body);
    expect(bodies).toContain('I mitt andra nätverk');
    expect(bodies).toContain('Andra inlägget');
    expect(bodies).not.toContain('Inte för Bo');
  });

  it('a closed network’s posts never reach non-members: list, post, comments, reactions, acknowledgements, by guessed id', async () => {
    const secretPost = (await post(coord, { body: 'Konfidentiellt: kanariefågel-7731', requiresAck: true })).body as Post;
    const outsider = await hub.login(await hub.person());
    const guest = await hub.login(await hub.person({ role: 'guest' }));
    for (const as of [outsider, guest]) {
      for (const res of [
        await hub.get(`/api/v1/networks/${network.id}/posts`, { as }),
        await hub.get(`/api/v1/posts/${secretPost.id}`, { as }),
        await hub.get(`/api/v1/posts/${secretPost.id}/revisions`, { as }),
        await hub.post(`/api/v1/posts/${secretPost.id}/comments`, { as, body: { body: 'hej' } }),
        await hub.call('PUT', `/api/v1/posts/${secretPost.id}/reactions/like`, { as }),
        await hub.post(`/api/v1/posts/${secretPost.id}/acknowledgements`, { as }),
        await hub.get(`/api/v1/posts/${secretPost.id}/acknowledgements`, { as }),
        await hub.post(`/api/v1/posts/${secretPost.id}/pin`, { as }),
        await hub.patch(`/api/v1/posts/${secretPost.id}`, { as, body: { body: 'x' } }),
        await hub.delete(`/api/v1/posts/${secretPost.id}`, { as }),
        await post(as, { body: 'intrång' }),
      ]) {
        expect(res.status).toBe(404);
        expect(res.text).not.toContain('kanariefågel');
      }
      const feed = await hub.get('/api/v1/feed', { as });
      expect(feed.text).not.toContain('kanariefågel');
    }
    const rows: unknown[] = await hub.db.query(`SELECT 1 FROM comment WHERE post_id = $1`, [secretPost.id]);
    expect(rows).toHaveLength(0);
  });

  it('in an open network, non-members read but must join to write', async () => {
    const open = await hub.network({ visibility: 'open' });
    const member = await hub.person();
    await hub.member(open, member);
    await post(await hub.login(member), { body: 'Öppet för alla' }, open);
    const reader = await hub.login(await hub.person());
    expect((await hub.get(`/api/v1/networks/${open.id}/posts`, { as: reader })).status).toBe(200);
    const denied = await post(reader, { body: 'Får jag?' }, open);
    expect(denied.status).toBe(403);
    expect(denied.text).toContain('Gå med i nätverket');
  });

  it('previews markdown as it would be posted, resolving mentions of the network’s members', async () => {
    const res = await hub.post<{ html: string }>('/api/v1/markdown/preview', {
      as: asAnna,
      body: { body: `**Hej** @[Bo](${bo.id}) <img src=x onerror=alert(1)>`, network: network.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<strong>Hej</strong>');
    expect(res.body.html).toContain(`href="/personer/${bo.id}"`);
    expect(res.body.html).not.toContain('<img');
    const outsider = await hub.login(await hub.person());
    expect((await hub.post('/api/v1/markdown/preview', { as: outsider, body: { body: 'x', network: network.id } })).status).toBe(404);
  });

  it('bad input: empty body, too long, unknown fields', async () => {
    expect((await post(asAnna, { body: '   ' })).status).toBe(400);
    expect((await post(asAnna, { body: 'x'.repeat(20001) })).status).toBe(400);
    expect((await post(asAnna, { body: 'ok', authorId: bo.id })).status).toBe(400);
  });
});
