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
});
