import { randomUUID } from 'node:crypto';
import { type Answer, type Credentials, made, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

/**
 * Something the actor may not see answers exactly as something that does not exist: the same
 * status and the same problem body, byte for byte (only `instance`, the address asked, differs).
 * Otherwise the wording tells an outsider that a comment or message exists behind a secret network.
 */
describe('a hidden thing answers exactly as a missing one', () => {
  let hub: TestHub;
  let insider: PersonHandle;
  let outsider: Credentials;
  let network: NetworkHandle;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    hub = await TestHub.start();
    insider = await hub.person({ name: 'Insider' });
    const partner = await hub.person({ name: 'Partner' });
    network = await hub.network({ visibility: 'secret', name: 'Det hemliga nätverket' });
    await hub.member(network, insider, 'coordinator');
    await hub.member(network, partner);
    const as = await hub.login(insider);
    outsider = await hub.login(await hub.person({ name: 'Utomstående' }));
    const content = await hub.content(network, as);
    Object.assign(ids, { network: network.id, ...content });
    ids['direct'] = await made(hub.post('/api/v1/conversations/direct', { as, body: { personId: partner.id } }));
    ids['directMessage'] = await made(hub.post(`/api/v1/conversations/${ids['direct']}/messages`, { as, body: { body: 'Privat' } }));
  }, 60_000);
  afterAll(() => hub.close());

  /** [method, address with :kind for the hidden id, body] */
  const CASES: Array<[string, string, unknown?]> = [
    ['DELETE', '/api/v1/comments/:comment'],
    ['PATCH', '/api/v1/messages/:message', { body: 'Ändrat' }],
    ['DELETE', '/api/v1/messages/:message'],
    ['PATCH', '/api/v1/messages/:directMessage', { body: 'Ändrat' }],
    ['DELETE', '/api/v1/messages/:directMessage'],
    ['GET', '/api/v1/conversations/:channel/messages'],
    ['POST', '/api/v1/conversations/:channel/messages', { body: 'Hej' }],
    ['GET', '/api/v1/conversations/:direct/messages'],
    ['POST', '/api/v1/conversations/:direct/messages', { body: 'Hej' }],
    ['POST', '/api/v1/conversations/:direct/read', { seq: '1' }],
    ['GET', '/api/v1/posts/:post'],
    ['PATCH', '/api/v1/posts/:post', { body: 'Ändrat' }],
    ['DELETE', '/api/v1/posts/:post'],
    ['POST', '/api/v1/posts/:post/comments', { body: 'Svar' }],
    ['POST', '/api/v1/posts/:post/pin'],
    ['PUT', '/api/v1/posts/:post/reactions/like'],
    ['DELETE', '/api/v1/posts/:post/reactions/like'],
    ['POST', '/api/v1/posts/:post/acknowledgements'],
    ['GET', '/api/v1/posts/:post/revisions'],
    ['GET', '/api/v1/meetings/:meeting'],
    ['PATCH', '/api/v1/meetings/:meeting', { title: 'Ändrat' }],
    ['DELETE', '/api/v1/meetings/:meeting'],
    ['PUT', '/api/v1/meetings/:meeting/rsvp', { answer: 'yes' }],
    ['GET', '/api/v1/meetings/:meeting/agenda'],
    ['POST', '/api/v1/meetings/:meeting/agenda-items', { title: 'Punkt' }],
    ['PUT', '/api/v1/meetings/:meeting/minutes', { body: 'Anteckningar' }],
    ['PATCH', '/api/v1/agenda-items/:agendaItem', { title: 'Ändrat' }],
    ['DELETE', '/api/v1/agenda-items/:agendaItem'],
    ['PATCH', '/api/v1/action-items/:actionItem', { title: 'Ändrat' }],
    ['GET', '/api/v1/documents/:document'],
    ['PATCH', '/api/v1/documents/:document', { title: 'Ändrat' }],
    ['DELETE', '/api/v1/documents/:document'],
    ['POST', '/api/v1/documents/:document/restore'],
    ['POST', '/api/v1/documents/:document/versions/1/restore'],
    ['GET', '/api/v1/documents/:document/download'],
    ['PATCH', '/api/v1/document-folders/:folder', { name: 'Ändrad' }],
    ['DELETE', '/api/v1/document-folders/:folder'],
    ['GET', '/api/v1/networks/:network'],
    ['GET', '/api/v1/networks/:network/posts'],
    ['GET', '/api/v1/networks/:network/members'],
    ['GET', '/api/v1/networks/:network/meetings'],
    ['GET', '/api/v1/networks/:network/documents'],
    ['GET', '/api/v1/networks/:network/chat'],
  ];

  /** The problem body as sent, without the one field that names the address asked. */
  function withoutInstance(res: Answer): string {
    const { instance: _instance, errorId: _errorId, ...rest } = JSON.parse(res.text) as Record<string, unknown>;
    return JSON.stringify(rest);
  }

  it.each(CASES.map(([method, template, body]) => ({ method, template, body })))('$method $template', async ({ method, template, body }) => {
    const hidden = await hub.call(method, template.replace(/:(\w+)/, (_m, kind: string) => ids[kind]!), { as: outsider, body });
    const missing = await hub.call(method, template.replace(/:(\w+)/, randomUUID()), { as: outsider, body });
    expect(missing.status).toBe(404);
    expect(hidden.status).toBe(missing.status);
    expect(withoutInstance(hidden)).toBe(withoutInstance(missing));
  });

  it('left everything in place', async () => {
    const rows: Array<{ posts: number; comments: number; messages: number }> = await hub.db.query(
      `SELECT (SELECT count(*)::int FROM post WHERE deleted_at IS NULL) AS posts,
              (SELECT count(*)::int FROM comment WHERE deleted_at IS NULL) AS comments,
              (SELECT count(*)::int FROM message WHERE deleted_at IS NULL) AS messages`,
    );
    expect(rows[0]).toEqual({ posts: 1, comments: 1, messages: 2 });
  });
});
