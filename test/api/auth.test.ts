import { type Credentials, TestHub } from '../support/test-hub';

describe('sign-in, sessions and API tokens', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  it('signs in with e-mail (any case) and password, with an httpOnly SameSite=Lax cookie', async () => {
    const anna = await hub.person();
    const res = await hub.post<{ personId: string; role: string; csrfToken: string }>('/api/v1/auth/login', {
      body: { email: `  ${anna.email.toUpperCase()} `, password: anna.password },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ personId: anna.id, role: 'member', csrfToken: expect.any(String) });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^nh_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure when the hub is reached over https', async () => {
    const secureHub = await TestHub.start({ PUBLIC_URL: 'https://hubben.familjenhelsingborg.se' });
    try {
      const p = await secureHub.person();
      const res = await secureHub.post('/api/v1/auth/login', { body: { email: p.email, password: p.password } });
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    } finally {
      await secureHub.close();
    }
  });

  it('answers a wrong password, an unknown e-mail and a disabled account alike (no enumeration)', async () => {
    const known = await hub.person();
    const disabled = await hub.person({ disabled: true });
    const answers = await Promise.all([
      hub.post('/api/v1/auth/login', {
        body: { email: known.email, password: 'fel-lösenord-helt-klart' },
        headers: { 'x-forwarded-for': '1' },
      }),
      hub.post('/api/v1/auth/login', { body: { email: 'finns.inte@bjuv.se', password: 'fel-lösenord-helt-klart' } }),
      hub.post('/api/v1/auth/login', { body: { email: disabled.email, password: disabled.password } }),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body).toMatchObject({ code: 'invalid-credentials', title: 'Fel e-postadress eller lösenord' });
    }
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });

  it('slows repeated failures for an account with 429 and Retry-After, and the right password still works afterwards', async () => {
    const victim = await hub.person();
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 8; i++) {
      const res = await hub.post('/api/v1/auth/login', { body: { email: victim.email, password: `gissning-nummer-${i}` } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = String(res.headers['retry-after']);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(300);
    // While throttled even the right password waits: the delay is temporary, never a lock-out.
    const during = await hub.post('/api/v1/auth/login', { body: { email: victim.email, password: victim.password } });
    expect(during.status).toBe(429);
  });

  it('requires the CSRF token for state-changing requests made with the cookie', async () => {
    const p = await hub.person();
    const session = await hub.login(p);
    const without = await hub.patch('/api/v1/me', { as: session, body: { title: 'Upphandlare' }, noCsrf: true });
    expect(without.status).toBe(403);
    expect(without.body).toMatchObject({ code: 'csrf' });
    const wrong = await hub.patch('/api/v1/me', {
      as: session,
      body: { title: 'Upphandlare' },
      noCsrf: true,
      headers: { 'x-csrf-token': 'fel' },
    });
    expect(wrong.status).toBe(403);
    const ok = await hub.patch<{ title: string }>('/api/v1/me', { as: session, body: { title: 'Upphandlare' } });
    expect(ok.status).toBe(200);
    expect(ok.body.title).toBe('Upphandlare');
  });

  it('refuses a cookie session’s write from another site, with a Swedish 403; an API token is unaffected', async () => {
    const p = await hub.person();
    const session = await hub.login(p);
    const foreign = await hub.patch<{ code: string; detail: string }>('/api/v1/me', {
      as: session,
      body: { title: 'Från annan webbplats' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(String(foreign.headers['content-type'])).toContain('application/problem+json');
    expect(foreign.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('hubbens egna sidor') });
    // A foreign Referer does not help when the Origin is missing, and neither header is refused too.
    const foreignReferer = await hub.patch('/api/v1/me', {
      as: session,
      body: { title: 'Från annan webbplats' },
      noOrigin: true,
      headers: { referer: 'https://evil.example/sida' },
    });
    expect(foreignReferer.status).toBe(403);
    expect((await hub.patch('/api/v1/me', { as: session, body: { title: 'Utan ursprung' }, noOrigin: true })).status).toBe(403);
    const rows: Array<{ title: string }> = await hub.db.query(`SELECT title FROM person WHERE id = $1`, [p.id]);
    expect(rows[0]!.title).toBe('');

    const own = await hub.patch<{ title: string }>('/api/v1/me', { as: session, body: { title: 'Egen sida' }, headers: { origin: hub.config.publicUrl } });
    expect(own.status).toBe(200);
    const byReferer = await hub.patch<{ title: string }>('/api/v1/me', {
      as: session,
      body: { title: 'Via Referer' },
      noOrigin: true,
      headers: { referer: `${hub.config.publicUrl}/profil` },
    });
    expect(byReferer.status).toBe(200);
    expect(byReferer.body.title).toBe('Via Referer');

    const token = await hub.token(p);
    const bearer = await hub.patch<{ title: string }>('/api/v1/me', { as: token, body: { title: 'Med token' }, headers: { origin: 'https://evil.example' } });
    expect(bearer.status).toBe(200);
    expect(bearer.body.title).toBe('Med token');
  });

  it('returns the CSRF token of the current session', async () => {
    const p = await hub.person();
    const session = (await hub.login(p)) as Extract<Credentials, { kind: 'cookie' }>;
    const res = await hub.get<{ csrfToken: string; personId: string }>('/api/v1/auth/session', { as: session });
    expect(res.body).toEqual({ personId: p.id, role: 'member', csrfToken: session.csrf });
  });

  it('lists my sessions, revokes one, and logout ends the current one', async () => {
    const p = await hub.person();
    const first = await hub.login(p);
    const second = await hub.login(p);
    const list = await hub.get<Array<{ id: string; current: boolean }>>('/api/v1/me/sessions', { as: second });
    expect(list.body).toHaveLength(2);
    const other = list.body.find((s) => !s.current)!;
    expect((await hub.delete(`/api/v1/me/sessions/${other.id}`, { as: second })).status).toBe(204);
    expect((await hub.get('/api/v1/me', { as: first })).status).toBe(401);
    const logout = await hub.post('/api/v1/auth/logout', { as: second });
    expect(logout.status).toBe(200);
    expect(String(logout.headers['set-cookie'])).toContain('Max-Age=0');
    expect(logout.body).toEqual({ providerLogoutUrl: null });
    expect((await hub.get('/api/v1/me', { as: second })).status).toBe(401);
  });

  it('creates a personal API token shown once, usable as Bearer, listed without its secret, and revocable', async () => {
    const p = await hub.person();
    const session = await hub.login(p);
    const created = await hub.post<{ id: string; token: string; prefix: string }>('/api/v1/me/tokens', {
      as: session,
      body: { name: 'Intranätsexport' },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^nh_[\w-]{40,}$/);
    const bearer: Credentials = { kind: 'bearer', token: created.body.token };
    expect((await hub.get<{ id: string }>('/api/v1/me', { as: bearer })).body.id).toBe(p.id);
    // Bearer requests need no CSRF token: no cookie, no cross-site risk.
    expect((await hub.patch('/api/v1/me', { as: bearer, body: { title: 'Via skript' } })).status).toBe(200);
    const list = await hub.get<Array<Record<string, unknown>>>('/api/v1/me/tokens', { as: session });
    expect(list.body).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await hub.delete(`/api/v1/me/tokens/${created.body.id}`, { as: session })).status).toBe(204);
    const after = await hub.get('/api/v1/me', { as: bearer });
    expect(after.status).toBe(401);
  });

  it('disabling a person ends all their sessions and tokens at once', async () => {
    const admin = await hub.person({ role: 'admin' });
    const p = await hub.person();
    const session = await hub.login(p);
    const token = await hub.token(p);
    const res = await hub.post(`/api/v1/admin/people/${p.id}/disable`, { as: await hub.login(admin) });
    expect(res.status).toBe(204);
    expect((await hub.get('/api/v1/me', { as: session })).status).toBe(401);
    expect((await hub.get('/api/v1/me', { as: token })).status).toBe(401);
    expect((await hub.post('/api/v1/auth/login', { body: { email: p.email, password: p.password } })).status).toBe(401);
    const sessions: unknown[] = await hub.db.query(`SELECT 1 FROM session WHERE person_id = $1`, [p.id]);
    expect(sessions).toHaveLength(0);
  });

  it('a sign-in ended elsewhere (another process, or straight in the database) stops working within 2 seconds', async () => {
    const p = await hub.person();
    const session = await hub.login(p);
    const token = await hub.token(p);
    // Both are now resolved and cached by this process.
    expect((await hub.get('/api/v1/me', { as: session })).status).toBe(200);
    expect((await hub.get('/api/v1/me', { as: token })).status).toBe(200);
    await hub.db.query(`UPDATE person SET disabled_at = now() WHERE id = $1`, [p.id]);
    const until401 = async (as: Credentials): Promise<number> => {
      const started = Date.now();
      let status = 0;
      while (Date.now() - started < 2000) {
        status = (await hub.get('/api/v1/me', { as })).status;
        if (status === 401) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return status;
    };
    expect(await until401(session)).toBe(401);
    expect(await until401(token)).toBe(401);
  });

  it('changing the password rejects common ones and ends other sessions', async () => {
    const p = await hub.person();
    const here = await hub.login(p);
    const elsewhere = await hub.login(p);
    const common = await hub.post<{ errors: Array<{ field: string }> }>('/api/v1/me/password', {
      as: here,
      body: { currentPassword: p.password, newPassword: 'Sommar2026' },
    });
    expect(common.status).toBe(400);
    expect(common.body.errors[0]!.field).toBe('newPassword');
    const short = await hub.post('/api/v1/me/password', { as: here, body: { currentPassword: p.password, newPassword: 'kort' } });
    expect(short.status).toBe(400);
    const long = 'en lång lösenfras med många ord som är lätt att minnas men svår att gissa '.repeat(1).padEnd(64, 'x');
    const ok = await hub.post('/api/v1/me/password', { as: here, body: { currentPassword: p.password, newPassword: long } });
    expect(ok.status).toBe(204);
    expect((await hub.get('/api/v1/me', { as: here })).status).toBe(200);
    expect((await hub.get('/api/v1/me', { as: elsewhere })).status).toBe(401);
    expect((await hub.post('/api/v1/auth/login', { body: { email: p.email, password: long } })).status).toBe(200);
  });

  it('an admin creates a person without a password and the invitation link sets it once', async () => {
    const admin = await hub.login(await hub.person({ role: 'admin' }));
    const res = await hub.post<{ invitationUrl: string; person: { id: string; email: string } }>('/api/v1/admin/people', {
      as: admin,
      body: { name: 'Örjan Åkesson', email: 'orjan.akesson@svalov.se', role: 'member', municipality: 'svalov', title: 'Nämndsekreterare' },
    });
    expect(res.status).toBe(201);
    const token = res.body.invitationUrl.split('#')[1]!;
    expect(res.body.invitationUrl).toMatch(/^http:\/\/localhost:3000\/inbjudan#/);
    expect((await hub.post('/api/v1/auth/invitations/accept', { body: { token, password: 'ett-eget-bra-lösenord' } })).status).toBe(204);
    expect((await hub.post('/api/v1/auth/invitations/accept', { body: { token, password: 'ett-annat-bra-lösenord' } })).status).toBe(404);
    const login = await hub.post('/api/v1/auth/login', { body: { email: 'orjan.akesson@svalov.se', password: 'ett-eget-bra-lösenord' } });
    expect(login.status).toBe(200);
  });
});
