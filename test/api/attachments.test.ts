import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Attachment {
  id: string;
  available: boolean;
  title: string | null;
  kind: string | null;
  size: number | null;
}

describe('library documents attached to posts and messages', () => {
  let hub: TestHub;
  let closed: NetworkHandle;
  let other: NetworkHandle;
  let author: PersonHandle;
  let outsider: PersonHandle;
  let asAuthor: Credentials;
  let asOutsider: Credentials;
  let asMember: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    closed = await hub.network({ visibility: 'closed' });
    other = await hub.network({ visibility: 'closed' });
    author = await hub.person();
    outsider = await hub.person();
    const member = await hub.person();
    await hub.member(closed, author);
    await hub.member(closed, member);
    await hub.member(other, author);
    asAuthor = await hub.login(author);
    asOutsider = await hub.login(outsider);
    asMember = await hub.login(member);
  });
  afterAll(() => hub.close());

  const uploadTo = async (network: NetworkHandle, name: string): Promise<string> => {
    const res = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as: asAuthor,
      fileName: name,
      bytes: Buffer.from(`Innehåll i ${name}`),
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  it('a post shows its network’s documents; one from another network cannot be attached; a deleted one shows as gone', async () => {
    const doc = await uploadTo(closed, 'Inbjudan höstträff.txt');
    const foreign = await uploadTo(other, 'Annat nätverks plan.txt');
    const refused = await hub.post<{ errors: Array<{ field: string }> }>(`/api/v1/networks/${closed.id}/posts`, {
      as: asAuthor,
      body: { body: 'Se bilagan', documentIds: [foreign] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]!.field).toBe('documentIds');

    const post = await hub.post<{ id: string; attachments: Attachment[] }>(`/api/v1/networks/${closed.id}/posts`, {
      as: asAuthor,
      body: { body: 'Se bilagan', documentIds: [doc] },
    });
    expect(post.status).toBe(201);
    expect(post.body.attachments).toEqual([
      { id: doc, available: true, title: 'Inbjudan höstträff', kind: 'txt', size: expect.any(Number) },
    ]);
    const seen = await hub.get<{ attachments: Attachment[] }>(`/api/v1/posts/${post.body.id}`, { as: asMember });
    expect(seen.body.attachments[0]!.title).toBe('Inbjudan höstträff');

    await hub.delete(`/api/v1/documents/${doc}`, { as: asAuthor });
    const after = await hub.get<{ attachments: Attachment[] }>(`/api/v1/posts/${post.body.id}`, { as: asMember });
    expect(after.body.attachments).toEqual([{ id: doc, available: false, title: null, kind: null, size: null }]);

    const edited = await hub.patch<{ attachments: Attachment[] }>(`/api/v1/posts/${post.body.id}`, {
      as: asAuthor,
      body: { documentIds: [] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.attachments).toEqual([]);
    expect((await hub.patch(`/api/v1/posts/${post.body.id}`, { as: asMember, body: { documentIds: [] } })).status).toBe(403);
  });

  it('a direct message never tells a non-member what a closed network’s document is, and its link is a 404 for them', async () => {
    const doc = await uploadTo(closed, 'Känslig lägesbild.txt');
    const dm = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asAuthor, body: { personId: outsider.id } });
    const sent = await hub.post<{ id: string; attachments: Attachment[] }>(`/api/v1/conversations/${dm.body.id}/messages`, {
      as: asAuthor,
      body: { body: 'Titta på den här', documentIds: [doc] },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.attachments[0]).toMatchObject({ id: doc, available: true, title: 'Känslig lägesbild' });

    const theirs = await hub.get<{ items: Array<{ attachments: Attachment[] }> }>(`/api/v1/conversations/${dm.body.id}/messages`, {
      as: asOutsider,
    });
    expect(theirs.body.items[0]!.attachments).toEqual([{ id: doc, available: false, title: null, kind: null, size: null }]);
    expect(JSON.stringify(theirs.body)).not.toContain('Känslig');
    expect((await hub.get(`/api/v1/documents/${doc}`, { as: asOutsider })).status).toBe(404);
    expect((await hub.get(`/api/v1/documents/${doc}/download`, { as: asOutsider })).status).toBe(404);

    // Once they are let in, the same message shows it.
    await hub.member(closed, outsider);
    const now = await hub.get<{ items: Array<{ attachments: Attachment[] }> }>(`/api/v1/conversations/${dm.body.id}/messages`, {
      as: asOutsider,
    });
    expect(now.body.items[0]!.attachments[0]).toMatchObject({ available: true, title: 'Känslig lägesbild' });
  });

  it('one cannot attach what one cannot read, nor another network’s document in a channel', async () => {
    const doc = await uploadTo(other, 'Bara för andra.txt');
    const dm = await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: asMember, body: { personId: author.id } });
    const guessed = await hub.post(`/api/v1/conversations/${dm.body.id}/messages`, {
      as: asMember,
      body: { body: 'Gissat id', documentIds: [doc] },
    });
    expect(guessed.status).toBe(400);
    const channel = await hub.get<{ id: string }>(`/api/v1/networks/${closed.id}/chat`, { as: asAuthor });
    const wrong = await hub.post(`/api/v1/conversations/${channel.body.id}/messages`, {
      as: asAuthor,
      body: { body: 'Fel nätverk', documentIds: [doc] },
    });
    expect(wrong.status).toBe(400);
  });
});
