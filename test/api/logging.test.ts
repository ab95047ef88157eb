import { TestHub } from '../support/test-hub';

describe('logs', () => {
  const lines: string[] = [];
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(() => hub.close());

  it('are JSON with a request id, and never contain passwords, tokens or cookies', async () => {
    const p = await hub.person();
    const session = await hub.login(p);
    if (session.kind !== 'cookie') throw new Error('expected a cookie session');
    const token = await hub.token(p);
    if (token.kind !== 'bearer') throw new Error('expected a token');
    await hub.patch('/api/v1/me', { as: session, body: { title: 'Loggtest' }, headers: { 'x-request-id': 'req-loggtest-1' } });
    await hub.get('/api/v1/me', { as: token });
    await hub.post('/api/v1/auth/login', { body: { email: p.email, password: 'ett-felaktigt-lösenord' } });
    await hub.post('/api/v1/me/password', { as: session, body: { currentPassword: p.password, newPassword: 'hemlig-ny-fras-2026' } });
    await new Promise((r) => setTimeout(r, 50));
    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    const parsed = lines.map((l) => JSON.parse(l) as { req?: { id?: string } });
    expect(parsed.some((l) => l.req?.id === 'req-loggtest-1')).toBe(true);
    for (const secret of [p.password, 'ett-felaktigt-lösenord', 'hemlig-ny-fras-2026', session.cookie, session.csrf, token.token]) {
      expect(all).not.toContain(secret);
    }
  });

  it('a 500 answers with an error id that is also in the log, with the request id', async () => {
    const p = await hub.person();
    await hub.post('/api/v1/auth/login', { body: { email: p.email, password: 'fel-fel-fel-fel' } });
    const session = await hub.login(p);
    // Break the database under the hub: the next query fails for real.
    await hub.db.query(`ALTER TABLE municipality RENAME TO municipality_away`);
    try {
      const res = await hub.get<{ status: number; errorId: string; detail: string }>('/api/v1/municipalities', { as: session });
      expect(res.status).toBe(500);
      expect(res.body.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.detail).not.toMatch(/municipality|relation|SELECT/i);
      await new Promise((r) => setTimeout(r, 50));
      const logged = lines.map((l) => JSON.parse(l) as { errorId?: string; msg?: string; level: number });
      const line = logged.find((l) => l.errorId === res.body.errorId) as { level: number; req?: { id?: string } } | undefined;
      expect(line?.level).toBe(50);
      expect(line?.req?.id).toBe(String(res.headers['x-request-id']));
    } finally {
      await hub.db.query(`ALTER TABLE municipality_away RENAME TO municipality`);
    }
  });
});
