import type { Socket } from 'socket.io-client';
import { until } from '../support/smtp';
import { connectSocket } from '../support/sockets';
import { type Credentials, TestHub } from '../support/test-hub';

interface ScimUser {
  id: string;
  userName: string;
  displayName: string;
  title: string;
  active: boolean;
  externalId?: string;
  meta: { location: string };
}
interface ScimList {
  totalResults: number;
  Resources: ScimUser[];
}
interface ScimErrorBody {
  schemas: string[];
  status: string;
  scimType?: string;
  detail: string;
}

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** SCIM 2.0 Users as Entra ID's provisioning service sends them (its documented request shapes). */
describe('SCIM provisioning of a municipality’s people', () => {
  let hub: TestHub;
  let admin: Credentials;
  let providerId: string;
  let token: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    hub = await TestHub.start();
    admin = await hub.login(await hub.person({ role: 'admin' }));
    // The provider itself is put in the table: SCIM needs no sign-in through it.
    const [row]: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO identity_provider (municipality_id, name, issuer, client_id, client_secret_enc)
       VALUES ((SELECT id FROM municipality WHERE slug = 'hoganas'), 'Höganäs konto', 'https://login.example/hoganas', 'hub', 'v1.x.x.x') RETURNING id`,
    );
    providerId = row!.id;
    await hub.db.query(`INSERT INTO identity_provider_domain (domain, provider_id) VALUES ('hoganas.se', $1)`, [providerId]);
    const created = await hub.post<{ token: string; prefix: string }>(`/api/v1/admin/identity-providers/${providerId}/scim-tokens`, {
      as: admin,
      body: { name: 'Entra ID' },
    });
    expect(created.status).toBe(201);
    token = created.body.token;
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub.close();
  });

  const scim = <T = unknown>(method: string, url: string, body?: unknown, options: { token?: string; raw?: string } = {}) =>
    hub.call<T>(method, `/scim/v2${url}`, {
      headers: { authorization: `Bearer ${options.token ?? token}`, 'content-type': 'application/scim+json' },
      ...(options.raw !== undefined ? { payload: options.raw } : body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  const entraUser = (userName: string, extra: Record<string, unknown> = {}) => ({
    schemas: [USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId: userName.split('@')[0],
    userName,
    active: true,
    displayName: 'Sara Ny',
    emails: [{ primary: true, type: 'work', value: userName }],
    name: { formatted: 'Sara Ny', familyName: 'Ny', givenName: 'Sara' },
    title: 'Planarkitekt',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Stadsbyggnad' },
    ...extra,
  });

  it('creates a person in the municipality, finds them by userName, and only them', async () => {
    const created = await scim<ScimUser>('POST', '/Users', entraUser('sara.ny@hoganas.se'));
    expect(created.status).toBe(201);
    expect(String(created.headers['content-type'])).toContain('application/scim+json');
    expect(created.body).toMatchObject({
      userName: 'sara.ny@hoganas.se',
      displayName: 'Sara Ny',
      title: 'Planarkitekt',
      active: true,
      externalId: 'sara.ny',
    });
    expect(created.headers['location']).toBe(created.body.meta.location);
    const me = await hub.get<{ name: string; title: string; municipality: { slug: string } }>(`/api/v1/people/${created.body.id}`, {
      as: admin,
    });
    expect(me.body).toMatchObject({ name: 'Sara Ny', title: 'Planarkitekt', municipality: { slug: 'hoganas' } });

    const found = await scim<ScimList>('GET', `/Users?filter=${encodeURIComponent('userName eq "sara.ny@hoganas.se"')}`);
    expect(found.status).toBe(200);
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]!.id).toBe(created.body.id);
    const none = await scim<ScimList>('GET', `/Users?filter=${encodeURIComponent('userName eq "finns.inte@hoganas.se"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

    const again = await scim<ScimErrorBody>('POST', '/Users', entraUser('sara.ny@hoganas.se'));
    expect(again.status).toBe(409);
    expect(again.body.scimType).toBe('uniqueness');
  });

  it('never shows or changes people outside its domains', async () => {
    const elsewhere = await hub.person({ email: 'olle@helsingborg.se' });
    expect((await scim('GET', `/Users/${elsewhere.id}`)).status).toBe(404);
    const filtered = await scim<ScimList>('GET', `/Users?filter=${encodeURIComponent('userName eq "olle@helsingborg.se"')}`);
    expect(filtered.body.totalResults).toBe(0);
    const foreign = await scim<ScimErrorBody>('POST', '/Users', entraUser('ny@helsingborg.se'));
    expect(foreign.status).toBe(400);
    expect(foreign.body.detail).toContain('hoganas.se');
  });

  it('updates with PATCH as Entra ID sends it ("Replace", string booleans, no path)', async () => {
    const user = (await scim<ScimUser>('POST', '/Users', entraUser('per.patch@hoganas.se'))).body;
    const res = await scim<ScimUser>('PATCH', `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'title', value: 'Stadsarkitekt' },
        { op: 'Replace', path: 'displayName', value: 'Per Patchad' },
        { op: 'Replace', path: 'userName', value: 'per.patchad@hoganas.se' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: 'per.patchad@hoganas.se' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Stadsarkitekt', displayName: 'Per Patchad', userName: 'per.patchad@hoganas.se' });
    const noPath = await scim<ScimUser>('PATCH', `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { title: 'Chef' } }],
    });
    expect(noPath.body.title).toBe('Chef');
    const seen = await hub.get<{ name: string; title: string; emailAddress?: string }>(`/api/v1/people/${user.id}`, { as: admin });
    expect(seen.body).toMatchObject({ name: 'Per Patchad', title: 'Chef' });
  });

  it('deactivation ends the person’s sessions, API tokens and sockets; reactivation lets them back', async () => {
    const person = await hub.person({ email: 'lisa.lamnar@hoganas.se', municipality: 'hoganas' });
    const session = await hub.login(person);
    const apiToken = await hub.token(person);
    const url = await hub.listen();
    const socket = await connectSocket(url, session, sockets);
    let disconnected = false;
    socket.on('disconnect', () => (disconnected = true));

    const off = await scim<ScimUser>('PATCH', `/Users/${person.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    await until(() => disconnected, 2000);
    expect((await hub.get('/api/v1/me', { as: session })).status).toBe(401);
    expect((await hub.get('/api/v1/me', { as: apiToken })).status).toBe(401);
    expect((await hub.post('/api/v1/auth/login', { body: { email: person.email, password: person.password } })).status).toBe(401);

    const on = await scim<ScimUser>('PATCH', `/Users/${person.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: true }],
    });
    expect(on.body.active).toBe(true);
    const back = await hub.login(person);
    expect((await hub.get('/api/v1/me', { as: back })).status).toBe(200);
  });

  it('someone the secretariat disabled by hand stays disabled whatever the directory sends; the directory may undo only its own', async () => {
    const person = await hub.person({ email: 'hand.stangd@hoganas.se', municipality: 'hoganas' });
    const active = (value: unknown) => ({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value }] });
    const signsIn = async (): Promise<number> =>
      (await hub.post('/api/v1/auth/login', { body: { email: person.email, password: person.password } })).status;
    const audited = async (): Promise<Array<{ action: string; actor_id: string | null; detail: Record<string, unknown> }>> =>
      hub.db.query(`SELECT action, actor_id, detail FROM audit_log WHERE subject_id = $1 AND action LIKE 'person.%abled' ORDER BY seq`, [person.id]);

    expect((await hub.post(`/api/v1/admin/people/${person.id}/disable`, { as: admin })).status).toBe(204);
    // Entra ID's next cycle sends active: true (the user is enabled at home); the hub keeps its decision and says so.
    const refused = await scim<ScimUser>('PATCH', `/Users/${person.id}`, active('True'));
    expect(refused.status).toBe(200);
    expect(refused.body.active).toBe(false);
    const put = await scim<ScimUser>('PUT', `/Users/${person.id}`, entraUser(person.email, { displayName: 'Hand Stängd', active: true }));
    expect(put.body).toMatchObject({ displayName: 'Hand Stängd', active: false });
    expect(await signsIn()).toBe(401);
    expect((await audited()).map((a) => a.action)).toEqual(['person.disabled']);

    // The directory disables too, and enables again: still the secretariat's decision.
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(false))).body.active).toBe(false);
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(true))).body.active).toBe(false);
    expect(await signsIn()).toBe(401);

    // The secretariat enables; from then on the directory's own disabling is the directory's to undo.
    expect((await hub.post(`/api/v1/admin/people/${person.id}/enable`, { as: admin })).status).toBe(204);
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(false))).body.active).toBe(false);
    expect(await signsIn()).toBe(401);
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(true))).body.active).toBe(true);
    expect(await signsIn()).toBe(200);

    // A hand disabling on top of the directory's takes it over.
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(false))).body.active).toBe(false);
    expect((await hub.post(`/api/v1/admin/people/${person.id}/disable`, { as: admin })).status).toBe(204);
    expect((await scim<ScimUser>('PATCH', `/Users/${person.id}`, active(true))).body.active).toBe(false);
    expect(await signsIn()).toBe(401);

    const adminId = (await hub.get<{ personId: string }>('/api/v1/auth/session', { as: admin })).body.personId;
    expect(await audited()).toEqual([
      { action: 'person.disabled', actor_id: adminId, detail: {} },
      { action: 'person.enabled', actor_id: adminId, detail: {} },
      { action: 'person.disabled', actor_id: null, detail: { source: 'scim' } },
      { action: 'person.enabled', actor_id: null, detail: { source: 'scim' } },
      { action: 'person.disabled', actor_id: null, detail: { source: 'scim' } },
      { action: 'person.disabled', actor_id: adminId, detail: {} },
    ]);
  });

  it('replaces a whole user with PUT', async () => {
    const user = (await scim<ScimUser>('POST', '/Users', entraUser('put.person@hoganas.se'))).body;
    const res = await scim<ScimUser>(
      'PUT',
      `/Users/${user.id}`,
      entraUser('put.person@hoganas.se', { displayName: 'Putte Person', title: 'Ekolog', active: false }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Putte Person', title: 'Ekolog', active: false });
  });

  it('DELETE disables the person in the hub and the directory no longer finds them', async () => {
    const user = (await scim<ScimUser>('POST', '/Users', entraUser('borta@hoganas.se'))).body;
    expect((await scim('DELETE', `/Users/${user.id}`)).status).toBe(204);
    expect((await scim('GET', `/Users/${user.id}`)).status).toBe(404);
    const seen = await hub.get<{ disabled: boolean }>(`/api/v1/people/${user.id}`, { as: admin });
    expect(seen.body.disabled).toBe(true);
    // Created again later (a rehire): the same person comes back, active.
    const back = await scim<ScimUser>('POST', '/Users', entraUser('borta@hoganas.se'));
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ id: user.id, active: true });
  });

  it('refuses a missing, wrong or revoked token with a SCIM error', async () => {
    const missing = await hub.get<ScimErrorBody>('/scim/v2/Users');
    expect(missing.status).toBe(401);
    expect(missing.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect((await scim('GET', '/Users', undefined, { token: 'scim_fel' })).status).toBe(401);
    const personal = await hub.token(await hub.person({ role: 'admin' }));
    expect((await scim('GET', '/Users', undefined, { token: (personal as { token: string }).token })).status).toBe(401);
    const extra = await hub.post<{ id: string; token: string }>(`/api/v1/admin/identity-providers/${providerId}/scim-tokens`, {
      as: admin,
      body: { name: 'Tillfällig' },
    });
    expect((await scim('GET', '/Users', undefined, { token: extra.body.token })).status).toBe(200);
    expect((await hub.delete(`/api/v1/admin/identity-providers/${providerId}/scim-tokens/${extra.body.id}`, { as: admin })).status).toBe(
      204,
    );
    expect((await scim('GET', '/Users', undefined, { token: extra.body.token })).status).toBe(401);
    const stored: Array<{ token_hash: string }> = await hub.db.query(`SELECT token_hash FROM scim_token`);
    expect(stored.some((s) => s.token_hash.includes(token) || token.includes(s.token_hash))).toBe(false);
  });

  it('answers malformed requests with SCIM errors, never a 5xx', async () => {
    const user = (await scim<ScimUser>('POST', '/Users', entraUser('trasig@hoganas.se'))).body;
    const cases: Array<[string, string, unknown, { raw?: string }?]> = [
      ['POST', '/Users', undefined, { raw: '{"userName": ' }],
      ['POST', '/Users', [1, 2]],
      ['POST', '/Users', { schemas: [USER] }],
      ['POST', '/Users', { userName: 'inte-en-adress' }],
      ['POST', '/Users', { userName: 'a@hoganas.se', displayName: 'A', active: 'kanske' }],
      ['POST', '/Users', { userName: 'a@hoganas.se', displayName: 'A', title: 42 }],
      ['PATCH', `/Users/${user.id}`, { schemas: [PATCH_OP] }],
      ['PATCH', `/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'explode', path: 'title', value: 'x' }] }],
      ['PATCH', `/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'remove' }] }],
      ['PATCH', `/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [null] }],
      ['PATCH', `/Users/${user.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'userName', value: 'x@helsingborg.se' }] }],
      ['PUT', `/Users/${user.id}`, 'text'],
      ['GET', `/Users?filter=${encodeURIComponent('name.familyName co "x"')}`, undefined],
      ['GET', '/Users?startIndex=abc', undefined],
      ['GET', '/Users/inte-ett-id', undefined],
      ['DELETE', '/Users/00000000-0000-0000-0000-000000000000', undefined],
    ];
    for (const [method, url, body, options] of cases) {
      const res = await scim<ScimErrorBody>(method, url, body, options ?? {});
      expect([method, url, res.status]).toEqual([method, url, expect.any(Number)]);
      expect([method, url, res.status >= 400]).toEqual([method, url, true]);
      expect(res.status).toBeLessThan(500);
      expect([method, url, res.body.schemas]).toEqual([method, url, expect.anything()]);
      expect(res.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      expect(res.body.detail).toBeTruthy();
    }
  });
});
