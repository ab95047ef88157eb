import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type Credentials, type PersonHandle, TestHub } from '../support/test-hub';

interface Entry {
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  networkId: string | null;
  subjectId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

const cli = join(__dirname, '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'cli.js');

describe('audit log', () => {
  let hub: TestHub;
  let admin: PersonHandle;
  let asAdmin: Credentials;

  beforeAll(async () => {
    hub = await TestHub.start();
    admin = await hub.person({ role: 'admin', name: 'Sekretariatet Granskning' });
    asAdmin = await hub.login(admin);
  });
  afterAll(() => hub.close());

  /** The log's entries matching `query`, once `ready` finds what the test waits for (written before the change answers; staged ones as it commits). */
  async function entries(query: string, ready: (items: Entry[]) => boolean = (items) => items.length > 0): Promise<Entry[]> {
    const started = Date.now();
    for (;;) {
      const res = await hub.get<{ items: Entry[] }>(`/api/v1/admin/audit?${query}`, { as: asAdmin });
      expect(res.status).toBe(200);
      if (ready(res.body.items) || Date.now() - started > 5000) return res.body.items;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('records sign-ins and failed sign-ins with the IP address, naming the account but never the e-mail typed', async () => {
    const person = await hub.person();
    await hub.login(person);
    const wrong = await hub.post('/api/v1/auth/login', { body: { email: person.email, password: 'fel-lösenord-helt-klart' } });
    expect(wrong.status).toBe(401);
    await hub.post('/api/v1/auth/login', { body: { email: 'ingen.alls@helsingborg.se', password: 'fel-lösenord-helt-klart' } });

    const mine = await entries(`person=${person.id}&action=auth.`, (items) => items.length >= 2);
    expect(mine.map((e) => e.action).sort()).toEqual(['auth.sign_in_failed', 'auth.signed_in']);
    expect(mine.every((e) => e.ip === '127.0.0.1' && e.actorId === person.id)).toBe(true);
    const unknown = await entries('action=auth.sign_in_failed', (items) => items.some((e) => e.actorId === null));
    expect(unknown.find((e) => e.actorId === null)?.ip).toBe('127.0.0.1');
    const text: Array<{ t: string }> = await hub.db.query(`SELECT string_agg(detail::text || coalesce(ip, ''), ' ') AS t FROM audit_log`);
    expect(text[0]!.t).not.toContain('ingen.alls');
    expect(text[0]!.t).not.toContain(person.email);
  });

  it('records what the secretariat and coordinators do, with who did it and to whom', async () => {
    const created = await hub.post<{ person: { id: string } }>('/api/v1/admin/people', {
      as: asAdmin,
      body: { name: 'Nyanställd Granskad', email: 'nyanstalld.granskad@klippan.se', role: 'member', municipality: 'klippan' },
    });
    expect(created.status).toBe(201);
    const personId = created.body.person.id;
    await hub.post(`/api/v1/admin/people/${personId}/disable`, { as: asAdmin });
    await hub.post(`/api/v1/admin/people/${personId}/enable`, { as: asAdmin });
    const network = await hub.post<{ id: string }>('/api/v1/networks', {
      as: asAdmin,
      body: { name: 'Granskade nätverket', kind: 'arbetsgrupp', visibility: 'closed' },
    });
    const coordinator = await hub.person();
    await hub.post(`/api/v1/networks/${network.body.id}/members`, { as: asAdmin, body: { personId: coordinator.id, role: 'coordinator' } });
    const asCoordinator = await hub.login(coordinator);
    await hub.post(`/api/v1/networks/${network.body.id}/members`, { as: asCoordinator, body: { personId, role: 'member' } });
    await hub.delete(`/api/v1/networks/${network.body.id}/members/${personId}`, { as: asCoordinator });
    await hub.patch(`/api/v1/networks/${network.body.id}`, { as: asAdmin, body: { archived: true } });
    await hub.patch('/api/v1/admin/document-settings', { as: asAdmin, body: { retentionDays: 45 } });

    const aboutPerson = await entries(`person=${personId}`, (items) => items.length >= 5);
    expect(aboutPerson.map((e) => [e.action, e.actorId]).reverse()).toEqual([
      ['person.created', admin.id],
      ['person.disabled', admin.id],
      ['person.enabled', admin.id],
      ['member.added', coordinator.id],
      ['member.removed', coordinator.id],
    ]);
    const inNetwork = await entries(`network=${network.body.id}`, (items) => items.length >= 5);
    expect(inNetwork.map((e) => e.action).reverse()).toEqual([
      'network.created',
      'member.added',
      'member.added',
      'member.removed',
      'network.archived',
    ]);
    expect(inNetwork[0]!.actorName).toBe('Sekretariatet Granskning');
    const settings = await entries('action=settings.changed');
    expect(settings[0]!.detail).toMatchObject({ area: 'documents', retentionDays: 45 });
  });

  it('records API tokens created and revoked', async () => {
    const person = await hub.person();
    const session = await hub.login(person);
    const token = await hub.post<{ id: string }>('/api/v1/me/tokens', { as: session, body: { name: 'Skript' } });
    await hub.delete(`/api/v1/me/tokens/${token.body.id}`, { as: session });
    const rows = await entries(`person=${person.id}&action=token.`, (items) => items.length >= 2);
    expect(rows.map((e) => [e.action, e.subjectId]).reverse()).toEqual([
      ['token.created', token.body.id],
      ['token.revoked', token.body.id],
    ]);
  });

  it('records downloads of documents in closed and secret networks, not in open ones', async () => {
    const member = await hub.person();
    const asMember = await hub.login(member);
    const ids: Record<string, string> = {};
    for (const visibility of ['open', 'closed', 'secret'] as const) {
      const network = await hub.network({ visibility });
      await hub.member(network, member);
      const doc = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
        as: asMember,
        fileName: `Rapport ${visibility}.txt`,
        bytes: Buffer.from(`Innehåll ${visibility}`),
      });
      ids[visibility] = doc.body.id;
      expect((await hub.get(`/api/v1/documents/${doc.body.id}/download`, { as: asMember })).status).toBe(200);
    }
    const rows = await entries(`person=${member.id}&action=document.downloaded`, (items) => items.length >= 2);
    await new Promise((r) => setTimeout(r, 200));
    const settled = await entries(`person=${member.id}&action=document.downloaded`);
    expect(settled.map((e) => e.subjectId).sort()).toEqual([ids['closed'], ids['secret']].sort());
    expect(rows.length).toBe(2);
  });

  it('is append-only: the database refuses to change or remove a row', async () => {
    await hub.login(await hub.person());
    await entries('action=auth.signed_in');
    await expect(hub.db.query(`UPDATE audit_log SET action = 'auth.signed_in' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(hub.db.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(hub.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('lets the retention purge delete only rows older than its cutoff, never a recent one', async () => {
    await hub.login(await hub.person());
    await entries('action=auth.signed_in');
    const [{ newest }] = (await hub.db.query(`SELECT max(seq)::int AS newest FROM audit_log`)) as Array<{ newest: number }>;
    /** A DELETE of the newest row with `hub.audit_retention` set to `value` in its transaction (rolled back). */
    const deleteNewest = async (value: string): Promise<number> => {
      const runner = hub.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT set_config('hub.audit_retention', $1, true)`, [value]);
        const [, count] = (await runner.query(`DELETE FROM audit_log WHERE seq = $1`, [newest])) as [unknown, number];
        return count;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    // The setting alone opens nothing: neither the old switch nor the retention run's own cutoff (ten years back) lets a recent row go.
    await expect(deleteNewest('on')).rejects.toThrow(/append-only/);
    const DAY = 24 * 3600 * 1000;
    await expect(deleteNewest(new Date(Date.now() - 3650 * DAY).toISOString())).rejects.toThrow(/append-only/);
    await expect(deleteNewest('infinity')).rejects.toThrow(/append-only/);
    // A cutoff after the row was written lets the purge take it (rolled back here).
    expect(await deleteNewest(new Date(Date.now() + DAY).toISOString())).toBe(1);
    expect(await hub.db.query(`SELECT seq::int AS seq FROM audit_log WHERE seq = $1`, [newest])).toEqual([{ seq: newest }]);
  });

  it('exports the selection as CSV for Excel: semicolons, UTF-8 with BOM, formulas defused', async () => {
    const network = await hub.post<{ id: string }>('/api/v1/networks', {
      as: asAdmin,
      body: { name: '=HYPERLINK("http://example.com";"Klicka")', slug: 'formel', kind: 'arbetsgrupp', visibility: 'open' },
    });
    expect(network.status).toBe(201);
    await entries(`network=${network.body.id}`);
    const res = await hub.get(`/api/v1/admin/audit?network=${network.body.id}&format=csv`, { as: asAdmin });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.raw.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Nummer;Tidpunkt (UTC);Händelse;Vem;Vems id;Nätverk;Gäller;Gäller id;IP-adress;Detaljer');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;network.created;Sekretariatet Granskning;${admin.id};"'=HYPERLINK(""http://example.com"";""Klicka"")";`);
  });

  it('answers bad filters with a Swedish 400, never a 5xx', async () => {
    for (const query of ['from=igår', 'person=inte-ett-id', 'cursor=trasig', 'limit=0', 'action=DROP%20TABLE', 'format=pdf']) {
      const res = await hub.get<{ title: string }>(`/api/v1/admin/audit?${query}`, { as: asAdmin });
      expect({ query, status: res.status, type: res.headers['content-type'] }).toEqual({
        query,
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
    }
  });

  it('audit-verify finds a row changed by hand and names it', async () => {
    const url = (hub.db.options as { url: string }).url;
    const run = (): { status: number | null; stdout: string } =>
      spawnSync(process.execPath, [cli, 'audit-verify'], {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    // Enough rows of its own that the test does not lean on the tests before it.
    for (let i = 0; i < 4; i++) await hub.login(await hub.person());
    const whole = run();
    expect(whole.stdout).toMatch(/Granskningsloggen är hel: \d+ rader kontrollerade/);
    expect(whole.status).toBe(0);
    {
      // Someone removes the newest row by hand: no row before it is missing, but the head knows.
      const [{ newest }] = (await hub.db.query(`SELECT max(seq)::int AS newest FROM audit_log`)) as Array<{ newest: number }>;
      await hub.db.query(`CREATE TABLE audit_log_saved AS SELECT * FROM audit_log WHERE seq = $1`, [newest]);
      await hub.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await hub.db.query(`DELETE FROM audit_log WHERE seq = $1`, [newest]);
      const cut = run();
      expect(cut.status).toBe(1);
      expect(cut.stdout).toContain(`Granskningsloggen är bruten vid rad ${newest}: den senast skrivna raden`);
      // Put back as it was (chain trigger off, so its number and hash stay): whole again.
      await hub.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain`);
      await hub.db.query(`INSERT INTO audit_log SELECT * FROM audit_log_saved`);
      await hub.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain`);
      await hub.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
      await hub.db.query(`DROP TABLE audit_log_saved`);
      expect(run().status).toBe(0);
    }
    {
      const [{ seq }] = (await hub.db.query(`SELECT seq::int AS seq FROM audit_log ORDER BY seq OFFSET 2 LIMIT 1`)) as Array<{
        seq: number;
      }>;
      // Someone with database rights switches the guard off and changes one row.
      await hub.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await hub.db.query(`UPDATE audit_log SET ip = '10.0.0.66' WHERE seq = $1`, [seq]);
      await hub.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
      const broken = run();
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain(`Granskningsloggen är bruten vid rad ${seq}: raden har ändrats`);
    }
  }, 60_000);
});
