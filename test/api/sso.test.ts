import { type Credentials, TestHub } from '../support/test-hub';
import { TestIdp, throughProvider } from '../support/idp';
import { createServer } from 'node:net';
import { PENDING_PER_IP, SsoSessions } from '@hub/sso';

/** A loopback address where nothing listens. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/**
 * Sign-in through a municipality's own identity provider, against a real oidc-provider on
 * loopback with two clients standing for Bjuv and Landskrona, driven through its login page.
 */
describe('sign-in with the municipality’s own account (OpenID Connect)', () => {
  let hub: TestHub;
  let idp: TestIdp;
  let admin: Credentials;
  const secret = { bjuv: 'bjuv-hemlighet-som-aldrig-visas-0123456789', landskrona: 'landskrona-hemlighet-9876543210' };
  let bjuvId: string;

  beforeAll(async () => {
    hub = await TestHub.start();
    const callback = `${hub.config.publicUrl}/api/v1/auth/sso/callback`;
    const logout = `${hub.config.publicUrl}/logga-in`;
    idp = await TestIdp.start('Kommunernas inloggning', [
      { clientId: 'hub-bjuv', clientSecret: secret.bjuv, redirectUris: [callback], postLogoutRedirectUris: [logout] },
      { clientId: 'hub-landskrona', clientSecret: secret.landskrona, redirectUris: [callback], postLogoutRedirectUris: [logout] },
    ]);
    admin = await hub.login(await hub.person({ role: 'admin', email: 'sekretariatet@familjenhelsingborg.se' }));
    const bjuv = await hub.post<{ id: string }>('/api/v1/admin/identity-providers', {
      as: admin,
      body: {
        municipality: 'bjuv',
        name: 'Bjuvs konto',
        issuer: idp.issuer,
        clientId: 'hub-bjuv',
        clientSecret: secret.bjuv,
        domains: ['bjuv.se'],
        ssoOnly: false,
        createPeople: true,
      },
    });
    expect(bjuv.status).toBe(201);
    bjuvId = bjuv.body.id;
    const landskrona = await hub.post('/api/v1/admin/identity-providers', {
      as: admin,
      body: {
        municipality: 'landskrona',
        name: 'Landskronas konto',
        issuer: idp.issuer,
        clientId: 'hub-landskrona',
        clientSecret: secret.landskrona,
        domains: ['landskrona.se'],
        ssoOnly: true,
        createPeople: false,
      },
    });
    expect(landskrona.status).toBe(201);
  });

  afterAll(async () => {
    await idp?.stop();
    await hub?.close();
  });

  async function signIn(trip: { callback: string; stateCookie: string }) {
    return hub.get(trip.callback, { headers: { cookie: trip.stateCookie } });
  }

  const sessionOf = (res: { headers: Record<string, unknown> }): string =>
    String(res.headers['set-cookie']).match(/nh_session=([^;]+)/)![1]!;

  async function countPeople(email: string): Promise<number> {
    const rows: Array<{ n: number }> = await hub.db.query(`SELECT count(*)::int AS n FROM person WHERE email = $1`, [email]);
    return rows[0]!.n;
  }

  describe('the secretariat’s providers', () => {
    it('records adding, changing and removing a provider and its SCIM tokens in the audit log, without the secret', async () => {
      const audit = async (subject: string): Promise<Array<{ action: string; actor_id: string; detail: Record<string, unknown> }>> =>
        hub.db.query(`SELECT action, actor_id, detail FROM audit_log WHERE subject_id = $1 ORDER BY seq`, [subject]);
      const created = await audit(bjuvId);
      expect(created[0]).toMatchObject({
        action: 'settings.changed',
        detail: { area: 'identity-provider', change: 'created', domains: 'bjuv.se', ssoOnly: false, createPeople: true },
      });
      const kept = await hub.post<{ id: string }>('/api/v1/admin/identity-providers', {
        as: admin,
        body: {
          municipality: 'astorp',
          name: 'Åstorps konto',
          issuer: idp.issuer,
          clientId: 'hub-bjuv',
          clientSecret: 'astorp-hemlighet-0123456789',
          domains: ['astorp.se'],
          ssoOnly: false,
          createPeople: false,
        },
      });
      expect(kept.status).toBe(201);
      expect((await hub.patch(`/api/v1/admin/identity-providers/${kept.body.id}`, { as: admin, body: { ssoOnly: true, clientSecret: 'ny-hemlighet-0123456789' } })).status).toBe(200);
      const token = await hub.post<{ id: string }>(`/api/v1/admin/identity-providers/${kept.body.id}/scim-tokens`, { as: admin, body: { name: 'Entra' } });
      expect(token.status).toBe(201);
      expect((await hub.delete(`/api/v1/admin/identity-providers/${kept.body.id}/scim-tokens/${token.body.id}`, { as: admin })).status).toBe(204);
      expect((await hub.delete(`/api/v1/admin/identity-providers/${kept.body.id}`, { as: admin })).status).toBe(204);
      const rows = await audit(kept.body.id);
      expect(rows.map((r) => r.detail['change'])).toEqual(['created', 'changed', 'removed']);
      expect(rows[1]!.detail).toMatchObject({ fields: 'clientSecret,ssoOnly', ssoOnly: true });
      const [secretariat] = await hub.db.query<Array<{ id: string }>>(`SELECT id FROM person WHERE email = 'sekretariatet@familjenhelsingborg.se'`);
      expect([...rows, ...(await audit(token.body.id))].map((r) => r.actor_id)).toEqual(Array(5).fill(secretariat!.id));
      const tokenRows = await audit(token.body.id);
      expect(tokenRows.map((r) => [r.action, r.detail['kind']])).toEqual([
        ['token.created', 'scim'],
        ['token.revoked', 'scim'],
      ]);
      const all: Array<{ detail: unknown }> = await hub.db.query(`SELECT detail FROM audit_log`);
      expect(JSON.stringify(all)).not.toMatch(/hemlighet/);
    });

    it('never shows or stores the client secret in the clear, and shows the values to register at the provider', async () => {
      const list = await hub.get<Array<Record<string, unknown>>>('/api/v1/admin/identity-providers', { as: admin });
      expect(list.status).toBe(200);
      expect(list.text).not.toContain(secret.bjuv);
      const bjuv = list.body.find((p) => p['name'] === 'Bjuvs konto')!;
      expect(bjuv).not.toHaveProperty('clientSecret');
      expect(bjuv).toMatchObject({
        domains: ['bjuv.se'],
        redirectUri: `${hub.config.publicUrl}/api/v1/auth/sso/callback`,
        scimUrl: `${hub.config.publicUrl}/scim/v2`,
      });
      const stored: Array<{ client_secret_enc: string }> = await hub.db.query(`SELECT client_secret_enc FROM identity_provider`);
      expect(stored.every((s) => !s.client_secret_enc.includes('hemlighet'))).toBe(true);
    });

    it('"test" reads discovery and the signing keys', async () => {
      const res = await hub.post<{ ok: boolean; checks: Array<{ name: string; ok: boolean }> }>(
        `/api/v1/admin/identity-providers/${bjuvId}/test`,
        {
          as: admin,
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.ok).toBe(true);
      expect(res.body.checks.map((c) => [c.name, c.ok])).toEqual([
        ['discovery', true],
        ['jwks', true],
      ]);
    });

    it('refuses an issuer without discovery, a domain another provider has, and anyone but the secretariat', async () => {
      const body = {
        municipality: 'klippan',
        name: 'Klippans konto',
        issuer: await closedPort(),
        clientId: 'x',
        clientSecret: 'y',
        domains: ['klippan.se'],
        ssoOnly: false,
        createPeople: false,
      };
      const down = await hub.post<{ errors: Array<{ field: string; message: string }> }>('/api/v1/admin/identity-providers', {
        as: admin,
        body,
      });
      expect(down.status).toBe(400);
      expect(down.body.errors[0]).toMatchObject({ field: 'issuer' });
      expect(down.body.errors[0]!.message).toContain('nekades');
      const taken = await hub.post<{ detail: string }>('/api/v1/admin/identity-providers', {
        as: admin,
        body: { ...body, issuer: idp.issuer, domains: ['bjuv.se'] },
      });
      expect(taken.status).toBe(409);
      expect(taken.body.detail).toContain('bjuv.se');
      const member = await hub.login(await hub.person());
      expect((await hub.get('/api/v1/admin/identity-providers', { as: member })).status).toBe(403);
    });
    it('answers bad input with a Swedish problem naming the fields, and changes nothing', async () => {
      const res = await hub.post<{ errors: Array<{ field: string }> }>('/api/v1/admin/identity-providers', {
        as: admin,
        body: {
          municipality: 'bjuv',
          name: '',
          issuer: 'x',
          clientId: 'c',
          clientSecret: 's',
          domains: ['@bjuv'],
          ssoOnly: 'ja',
          createPeople: true,
        },
      });
      expect(res.status).toBe(400);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
      expect([...new Set(res.body.errors.map((e) => e.field))].sort()).toEqual(['domains', 'name', 'ssoOnly']);
      const insecure = await hub.post<{ errors: Array<{ field: string; message: string }> }>('/api/v1/admin/identity-providers', {
        as: admin,
        body: {
          municipality: 'bjuv',
          name: 'B',
          issuer: 'http://idp.example.se',
          clientId: 'c',
          clientSecret: 's',
          domains: ['b.se'],
          ssoOnly: false,
          createPeople: false,
        },
      });
      expect(insecure.status).toBe(400);
      expect(insecure.body.errors[0]).toEqual({ field: 'issuer', message: 'Utfärdarens adress måste börja med https://.' });
      expect((await hub.patch('/api/v1/admin/identity-providers/inte-ett-id', { as: admin, body: { name: 'X' } })).status).toBe(400);
      const rows: Array<{ n: number }> = await hub.db.query(`SELECT count(*)::int AS n FROM identity_provider`);
      expect(rows[0]!.n).toBe(2);
    });
  });

  describe('discovery', () => {
    it('answers from the domain alone, never whether the person exists', async () => {
      const known = await hub.get('/api/v1/auth/discover?email=finns.inte%40bjuv.se');
      expect(known.body).toEqual({ method: 'sso', provider: { name: 'Bjuvs konto' }, password: true });
      const ssoOnly = await hub.get('/api/v1/auth/discover?email=finns.inte%40landskrona.se');
      expect(ssoOnly.body).toEqual({ method: 'sso', provider: { name: 'Landskronas konto' }, password: false });
      const other = await hub.get('/api/v1/auth/discover?email=anna%40helsingborg.se');
      expect(other.body).toEqual({ method: 'password', password: true });
      expect((await hub.get('/api/v1/auth/discover?email=inte-en-adress')).status).toBe(400);
    });
  });

  describe('signing in', () => {
    it('a first sign-in creates the person as a member of the provider’s municipality and returns to the page', async () => {
      const trip = await throughProvider(hub, 'ny.person@bjuv.se', { returnTo: '/natverk?flik=mina' });
      const done = await signIn(trip);
      expect(done.status).toBe(302);
      expect(done.headers['location']).toBe('/natverk?flik=mina');
      const as: Credentials = { kind: 'cookie', cookie: sessionOf(done), csrf: '' };
      const me = await hub.get<{ emailAddress: string; name: string; municipality: { slug: string }; role: string }>('/api/v1/me', { as });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        emailAddress: 'ny.person@bjuv.se',
        name: 'Ny Person',
        role: 'member',
        municipality: { slug: 'bjuv' },
      });
    });

    it('links an imported person instead of creating another, and finds them by their subject afterwards', async () => {
      const imported = await hub.person({ email: 'karin.lind@landskrona.se', municipality: 'landskrona', name: 'Karin Lind' });
      const first = await signIn(await throughProvider(hub, imported.email));
      expect(first.status).toBe(302);
      const me = await hub.get<{ id: string }>('/api/v1/me', { as: { kind: 'cookie', cookie: sessionOf(first), csrf: '' } });
      expect(me.body.id).toBe(imported.id);
      expect(await countPeople(imported.email)).toBe(1);
      const again = await signIn(await throughProvider(hub, imported.email));
      const me2 = await hub.get<{ id: string }>('/api/v1/me', { as: { kind: 'cookie', cookie: sessionOf(again), csrf: '' } });
      expect(me2.body.id).toBe(imported.id);
    });

    it('refuses someone unknown where the municipality does not create people, and creates nothing', async () => {
      const res = await signIn(await throughProvider(hub, 'okand@landskrona.se'));
      expect(res.status).toBe(403);
      expect(res.text).toContain('Du finns inte i hubben ännu');
      expect(res.headers['set-cookie']).not.toMatch(/nh_session=[^;]/);
      expect(await countPeople('okand@landskrona.se')).toBe(0);
    });

    it('refuses an account of another domain: one municipality’s provider never signs in another’s people', async () => {
      const res = await signIn(await throughProvider(hub, 'anna@bjuv.se', { login: 'kalle@helsingborg.se' }));
      expect(res.status).toBe(403);
      expect(res.text).toContain('Kontot hör till en annan organisation');
      expect(await countPeople('kalle@helsingborg.se')).toBe(0);
      expect(await countPeople('anna@bjuv.se')).toBe(0);
    });

    it('refuses a tampered state, a replayed one, and one from another browser', async () => {
      const trip = await throughProvider(hub, 'per.tamper@bjuv.se');
      const tampered = trip.callback.replace(/state=([^&]+)/, (_m, s: string) => `state=${s.slice(0, -2)}xx`);
      const bad = await hub.get(tampered, { headers: { cookie: trip.stateCookie } });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Inloggningen har gått ut eller har redan använts');
      const otherBrowser = await hub.get(trip.callback);
      expect(otherBrowser.status).toBe(400);
      const good = await throughProvider(hub, 'per.replay@bjuv.se');
      expect((await signIn(good)).status).toBe(302);
      const replay = await signIn(good);
      expect(replay.status).toBe(400);
      expect(replay.text).toContain('har redan använts');
    });

    it('refuses a state older than 10 minutes', async () => {
      const trip = await throughProvider(hub, 'sen.person@bjuv.se');
      await hub.db.query(`UPDATE sso_state SET expires_at = now() - interval '1 second'`);
      const res = await signIn(trip);
      expect(res.status).toBe(400);
      expect(await countPeople('sen.person@bjuv.se')).toBe(0);
    });

    it.each([
      ['nonce', 'a wrong nonce'],
      ['expired', 'an expired ID token'],
      ['otherkey', 'an ID token signed by another key'],
    ] as const)('refuses %s (%s) and creates nothing', async (tamper, _what) => {
      const email = `falsk.${tamper}@bjuv.se`;
      const trip = await throughProvider(hub, email);
      await idp.set({ tamper });
      try {
        const res = await signIn(trip);
        expect(res.status).toBe(400);
        expect(res.text).toContain('Inloggningen kunde inte godkännas');
        expect(res.headers['set-cookie']).not.toMatch(/nh_session=[^;]/);
      } finally {
        await idp.set({ tamper: null });
      }
      expect(await countPeople(email)).toBe(0);
    });

    it('says so in Swedish when the person cancels at the provider, and logs a failed sign-in with the IP', async () => {
      const before: Array<{ seq: string }> = await hub.db.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_log`);
      const res = await signIn(await throughProvider(hub, 'avbryter@bjuv.se', { cancel: true }));
      expect(res.status).toBe(400);
      expect(res.text).toContain('Inloggningen avbröts');
      expect(res.text).toContain('lang="sv"');
      const failed: Array<{ ip: string | null; detail: Record<string, unknown> }> = await hub.db.query(
        `SELECT ip, detail FROM audit_log WHERE action = 'auth.sign_in_failed' AND seq > $1`,
        [before[0]!.seq],
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]!.detail).toEqual({ method: 'sso', reason: 'cancelled' });
      expect(failed[0]!.ip).toBeTruthy();
    });

    it('only accepts a path on the hub to return to', async () => {
      for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
        const res = await hub.get(`/api/v1/auth/sso/start?email=a%40bjuv.se&returnTo=${encodeURIComponent(returnTo)}`);
        expect(res.status).toBe(400);
      }
    });
  });

  describe('passwords for people who sign in through their municipality (ssoOnly)', () => {
    it('cannot be used or given', async () => {
      const person = await hub.person({ email: 'lena.losen@landskrona.se', municipality: 'landskrona' });
      const login = await hub.post<{ detail: string }>('/api/v1/auth/login', { body: { email: person.email, password: person.password } });
      expect(login.status).toBe(403);
      expect(login.body.detail).toContain('Landskronas konto');
      const created = await hub.post('/api/v1/admin/people', {
        as: admin,
        body: {
          email: 'ny@landskrona.se',
          name: 'Ny Landskronabo',
          role: 'member',
          municipality: 'landskrona',
          password: 'ett-bra-lösenord-123',
        },
      });
      expect(created.status).toBe(400);
      const invited = await hub.post<{ invitationUrl: string | null }>('/api/v1/admin/people', {
        as: admin,
        body: { email: 'ny2@landskrona.se', name: 'Ny Landskronabo', role: 'member', municipality: 'landskrona' },
      });
      expect(invited.status).toBe(201);
      expect(invited.body.invitationUrl).toBeNull();
      // Signed in through the provider, the person cannot set a hub password either.
      const done = await signIn(await throughProvider(hub, person.email));
      expect(done.status).toBe(302);
      const cookie = sessionOf(done);
      const session = await hub.get<{ csrfToken: string }>('/api/v1/auth/session', { as: { kind: 'cookie', cookie, csrf: '' } });
      const change = await hub.post<{ detail: string }>('/api/v1/me/password', {
        as: { kind: 'cookie', cookie, csrf: session.body.csrfToken },
        body: { currentPassword: person.password, newPassword: 'ett-annat-bra-lösenord-456' },
      });
      expect(change.status).toBe(403);
      expect(change.body.detail).toContain('Landskronas konto');
      const stillBarred = await hub.post('/api/v1/auth/login', { body: { email: person.email, password: 'ett-annat-bra-lösenord-456' } });
      expect(stillBarred.status).toBe(403);
    });
  });

  describe('signing out and staying signed in', () => {
    it('logout ends the hub session and sends the browser to the provider’s end-session address', async () => {
      const done = await signIn(await throughProvider(hub, 'ut.loggning@bjuv.se'));
      const cookie = sessionOf(done);
      const session = await hub.get<{ csrfToken: string }>('/api/v1/auth/session', { as: { kind: 'cookie', cookie, csrf: '' } });
      const as: Credentials = { kind: 'cookie', cookie, csrf: session.body.csrfToken };
      const out = await hub.post<{ providerLogoutUrl: string }>('/api/v1/auth/logout', { as });
      expect(out.status).toBe(200);
      const url = new URL(out.body.providerLogoutUrl);
      expect(url.origin).toBe(idp.issuer);
      expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${hub.config.publicUrl}/logga-in`);
      expect(url.searchParams.get('id_token_hint')).toBeTruthy();
      expect((await hub.get('/api/v1/me', { as })).status).toBe(401);
      const atProvider = await fetch(url, { redirect: 'manual' });
      expect(atProvider.status).toBe(200);
    });

    it('re-checks sessions with the provider: a person disabled at home loses the hub (sessions and API tokens), others keep it', async () => {
      const stays = await signIn(await throughProvider(hub, 'stannar@bjuv.se'));
      const leaves = await signIn(await throughProvider(hub, 'slutar@bjuv.se'));
      const staysAs: Credentials = { kind: 'cookie', cookie: sessionOf(stays), csrf: '' };
      const leavesAs: Credentials = { kind: 'cookie', cookie: sessionOf(leaves), csrf: '' };
      const leavesCsrf = await hub.get<{ csrfToken: string }>('/api/v1/auth/session', { as: leavesAs });
      const token = await hub.post<{ token: string }>('/api/v1/me/tokens', {
        as: { ...leavesAs, csrf: leavesCsrf.body.csrfToken },
        body: { name: 'Export' },
      });
      expect(token.status).toBe(201);
      const leavesBearer: Credentials = { kind: 'bearer', token: token.body.token };
      expect((await hub.get('/api/v1/me', { as: leavesBearer })).status).toBe(200);
      await idp.set({ disabled: ['slutar@bjuv.se'] });
      await hub.db.query(`UPDATE session SET sso_checked_at = now() - interval '13 hours' WHERE sso_provider_id IS NOT NULL`);
      await hub.app.get(SsoSessions).checkDue();
      await idp.set({ disabled: [] });
      expect((await hub.get('/api/v1/me', { as: leavesAs })).status).toBe(401);
      expect((await hub.get('/api/v1/me', { as: leavesBearer })).status).toBe(401);
      expect((await hub.get('/api/v1/me', { as: staysAs })).status).toBe(200);
    });
  });

  describe('many unfinished sign-ins from one address', () => {
    it('refuses the next with a Swedish page and Retry-After; expired ones and other addresses do not count', async () => {
      await hub.db.query(`DELETE FROM sso_state`);
      const start = () => hub.get('/api/v1/auth/sso/start?email=massor%40bjuv.se');
      for (let i = 0; i < PENDING_PER_IP; i++) expect((await start()).status).toBe(302);
      const refused = await start();
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.text).toContain('För många påbörjade inloggningar');
      expect(refused.text).toContain('lang="sv"');
      expect(refused.headers['set-cookie']).toBeUndefined();
      const count = async (): Promise<number> => (await hub.db.query(`SELECT count(*)::int AS n FROM sso_state`))[0].n;
      expect(await count()).toBe(PENDING_PER_IP);

      // One attempt runs out: its place is free again, for one.
      await hub.db.query(`UPDATE sso_state SET expires_at = now() - interval '1 second' WHERE state_hash = (SELECT min(state_hash) FROM sso_state)`);
      expect((await start()).status).toBe(302);
      expect((await start()).status).toBe(429);

      // Another address's attempts are not this one's.
      await hub.db.query(`UPDATE sso_state SET ip = '192.0.2.7'`);
      expect((await start()).status).toBe(302);
      await hub.db.query(`DELETE FROM sso_state`);
    });

    it('removes sign-ins that ran out, with their address, on the periodic sweep, without waiting for another sign-in', async () => {
      await hub.db.query(`DELETE FROM sso_state`);
      const start = () => hub.get('/api/v1/auth/sso/start?email=borta%40bjuv.se');
      for (let i = 0; i < 3; i++) expect((await start()).status).toBe(302);
      await hub.db.query(`UPDATE sso_state SET expires_at = now() - interval '1 second' WHERE state_hash <> (SELECT max(state_hash) FROM sso_state)`);
      await hub.app.get(SsoSessions).checkDue();
      const left: Array<{ fresh: boolean; ip: string | null }> = await hub.db.query(`SELECT expires_at > now() AS fresh, ip FROM sso_state`);
      // The one still in flight stays, so its person can finish signing in.
      expect(left).toEqual([{ fresh: true, ip: expect.any(String) }]);
      await hub.db.query(`DELETE FROM sso_state`);
    });
  });

  describe('a provider that is down', () => {
    it('gives the Swedish page, at the start and at the return, and creates nothing', async () => {
      const callback = `${hub.config.publicUrl}/api/v1/auth/sso/callback`;
      const klippan = await TestIdp.start('Klippans inloggning', [
        { clientId: 'hub-klippan', clientSecret: 'k-hemlighet', redirectUris: [callback] },
      ]);
      const created = await hub.post<{ id: string }>('/api/v1/admin/identity-providers', {
        as: admin,
        body: {
          municipality: 'klippan',
          name: 'Klippans konto',
          issuer: klippan.issuer,
          clientId: 'hub-klippan',
          clientSecret: 'k-hemlighet',
          domains: ['klippan.se'],
          ssoOnly: false,
          createPeople: true,
        },
      });
      expect(created.status).toBe(201);
      const trip = await throughProvider(hub, 'nere@klippan.se');
      await klippan.stop();
      const atReturn = await signIn(trip);
      expect(atReturn.status).toBe(502);
      expect(atReturn.text).toContain('Din kommuns inloggning svarar inte');
      expect(await countPeople('nere@klippan.se')).toBe(0);
      // Discovery is read again after the provider changes; with the provider gone the start fails the same way.
      await hub.patch(`/api/v1/admin/identity-providers/${created.body.id}`, { as: admin, body: { name: 'Klippans konto' } });
      const atStart = await hub.get('/api/v1/auth/sso/start?email=nere%40klippan.se');
      expect(atStart.status).toBe(502);
      expect(atStart.text).toContain('Klippans konto kunde inte nås');
      const test = await hub.post<{ ok: boolean; checks: Array<{ message: string }> }>(
        `/api/v1/admin/identity-providers/${created.body.id}/test`,
        {
          as: admin,
        },
      );
      expect(test.body.ok).toBe(false);
      expect(test.body.checks[0]!.message).toContain('kunde inte läsas');
    });
  });
});
