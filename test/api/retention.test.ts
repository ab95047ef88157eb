import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RetentionService } from '@hub/records';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

const DAY = 24 * 3600 * 1000;
const cli = join(__dirname, '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'cli.js');

describe('retention', () => {
  const dataDir = join(process.env['HUB_TEST_DATA_DIR'] ?? '.data/test', `retention-${process.pid}-${Date.now()}`);
  let hub: TestHub;
  let asAdmin: Credentials;
  let member: PersonHandle;
  let other: PersonHandle;
  let open: NetworkHandle;
  let held: NetworkHandle;

  beforeAll(async () => {
    // A data folder of its own: the mail files this test writes and purges are no other test's.
    hub = await TestHub.start({ HUB_DATA_DIR: dataDir });
    asAdmin = await hub.login(await hub.person({ role: 'admin' }));
    member = await hub.person();
    other = await hub.person();
    open = await hub.network({ visibility: 'open' });
    held = await hub.network({ visibility: 'closed' });
    for (const n of [open, held]) {
      await hub.member(n, member);
      await hub.member(n, other);
    }
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A message `age` days old in a network's channel (or, without one, a direct message). */
  async function message(age: number, network: NetworkHandle | null, body: string): Promise<string> {
    let conversation: string;
    if (network) {
      conversation = (await hub.get<{ id: string }>(`/api/v1/networks/${network.id}/chat`, { as: await hub.login(member) })).body.id;
    } else {
      conversation = (
        await hub.post<{ id: string }>('/api/v1/conversations/direct', { as: await hub.login(member), body: { personId: other.id } })
      ).body.id;
    }
    const rows: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO message (conversation_id, network_id, author_id, body, html, created_at)
       VALUES ($1, $2, $3, $4, $4, now() - make_interval(days => $5)) RETURNING id`,
      [conversation, network?.id ?? null, member.id, body, age],
    );
    return rows[0]!.id;
  }

  it("shows the defaults with their reasons, and takes the secretariat's own periods (refusing too short ones)", async () => {
    const res = await hub.get<{
      retention: Array<{ kind: string; days: number; why: string }>;
      erasure: Array<{ kind: string; keep: boolean }>;
    }>('/api/v1/admin/records-settings', { as: asAdmin });
    expect(res.status).toBe(200);
    expect(res.body.retention.map((r) => r.kind)).toEqual([
      'network_chat',
      'direct_messages',
      'notifications',
      'event_log',
      'sessions',
      'mail_files',
      'deleted_documents',
      'audit_log',
    ]);
    expect(res.body.retention.every((r) => r.why.length > 20 && r.days > 0)).toBe(true);
    const tooShort = await hub.patch<{ errors: Array<{ field: string; message: string }> }>('/api/v1/admin/records-settings', {
      as: asAdmin,
      body: { retention: { audit_log: 30 } },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors).toEqual([{ field: 'retention.audit_log', message: 'Granskningslogg: minst 365 dagar.' }]);
    expect((await hub.patch('/api/v1/admin/records-settings', { as: asAdmin, body: { retention: { chat: 3 } } })).status).toBe(400);
    const set = await hub.patch<{ retention: Array<{ kind: string; days: number }> }>('/api/v1/admin/records-settings', {
      as: asAdmin,
      body: { retention: { network_chat: 30, direct_messages: 60, notifications: 10, sessions: 5, event_log: 7, mail_files: 14 } },
    });
    expect(set.status).toBe(200);
    expect(Object.fromEntries(set.body.retention.map((r) => [r.kind, r.days]))).toMatchObject({
      network_chat: 30,
      direct_messages: 60,
      sessions: 5,
    });
  });

  it('purges exactly what is due, in batches, and nothing in a network on legal hold; the counts go to the audit log', async () => {
    await hub.patch('/api/v1/admin/records-settings', {
      as: asAdmin,
      body: { retention: { network_chat: 30, direct_messages: 60, notifications: 10, sessions: 5, event_log: 7, mail_files: 14 } },
    });
    const hold = await hub.call('PUT', `/api/v1/admin/networks/${held.id}/legal-hold`, {
      as: asAdmin,
      body: { hold: true, reason: 'Begäran om utlämnande' },
    });
    expect(hold.status).toBe(200);
    const ids = {
      chatDue: await message(31, open, 'gammal chatt'),
      chatFresh: await message(29, open, 'ny chatt'),
      chatHeld: await message(400, held, 'spärrad chatt'),
      directDue: await message(61, null, 'gammalt direkt'),
      directFresh: await message(59, null, 'nytt direkt'),
    };
    // More than one batch of due chat, so the purge must loop.
    await hub.db.query(
      `INSERT INTO message (conversation_id, network_id, author_id, body, html, created_at)
       SELECT conversation_id, network_id, author_id, 'massa', 'massa', now() - interval '40 days' FROM message, generate_series(1, 1200) WHERE id = $1`,
      [ids.chatDue],
    );
    const notes: Array<{ id: string; age: number; network: string }> = [];
    for (const [age, network] of [
      [11, open],
      [9, open],
      [50, held],
    ] as const) {
      const rows: Array<{ id: string }> = await hub.db.query(
        `INSERT INTO notification (person_id, kind, network_id, created_at) VALUES ($1, 'join_request', $2, now() - make_interval(days => $3)) RETURNING id`,
        [other.id, network.id, age],
      );
      notes.push({ id: rows[0]!.id, age, network: network.id });
    }
    const sessions: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO session (person_id, token_hash, csrf_token, expires_at)
       VALUES ($1, 'a' || gen_random_uuid(), 'x', now() - interval '6 days'), ($1, 'b' || gen_random_uuid(), 'x', now() - interval '4 days') RETURNING id`,
      [other.id],
    );
    const mailDir = join(hub.config.dataDir, 'mail');
    mkdirSync(mailDir, { recursive: true });
    const oldMail = `retention-old-${hub.config.meiliIndexPrefix}.eml`;
    const newMail = `retention-new-${hub.config.meiliIndexPrefix}.eml`;
    writeFileSync(join(mailDir, oldMail), 'To: a@b.se\r\n\r\nGammalt');
    writeFileSync(join(mailDir, newMail), 'To: a@b.se\r\n\r\nNytt');
    const fifteenDaysAgo = new Date(Date.now() - 15 * DAY);
    utimesSync(join(mailDir, oldMail), fifteenDaysAgo, fifteenDaysAgo);

    const counts = await hub.app.get(RetentionService).run();

    const left: Array<{ id: string }> = await hub.db.query(`SELECT id FROM message WHERE body <> 'massa' ORDER BY created_at`);
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([ids.chatFresh, ids.chatHeld, ids.directFresh]));
    expect((await hub.db.query(`SELECT count(*)::int AS n FROM message WHERE body = 'massa'`))[0].n).toBe(0);
    const notesLeft: Array<{ id: string }> = await hub.db.query(`SELECT id FROM notification WHERE id = ANY($1::uuid[])`, [
      notes.map((n) => n.id),
    ]);
    expect(new Set(notesLeft.map((n) => n.id))).toEqual(new Set([notes[1]!.id, notes[2]!.id]));
    const sessionsLeft: Array<{ id: string }> = await hub.db.query(`SELECT id FROM session WHERE id = ANY($1::uuid[])`, [
      sessions.map((s) => s.id),
    ]);
    expect(sessionsLeft.map((s) => s.id)).toEqual([sessions[1]!.id]);
    const mail = readdirSync(mailDir);
    expect(mail).not.toContain(oldMail);
    expect(mail).toContain(newMail);
    expect(counts).toMatchObject({ network_chat: 1201, direct_messages: 1, notifications: 1, sessions: 1 });
    expect(counts.mail_files).toBe(1);

    const started = Date.now();
    let logged: Array<{ detail: Record<string, unknown>; actorId: string | null }> = [];
    while (logged.length === 0 && Date.now() - started < 5000) {
      logged = (await hub.get<{ items: typeof logged }>('/api/v1/admin/audit?action=retention.run', { as: asAdmin })).body.items;
      if (logged.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(logged[0]).toMatchObject({ actorId: null, detail: { network_chat: 1201, direct_messages: 1, notifications: 1, sessions: 1 } });

    // Lifting the hold lets the next run take what is due there.
    await hub.call('PUT', `/api/v1/admin/networks/${held.id}/legal-hold`, { as: asAdmin, body: { hold: false } });
    await hub.app.get(RetentionService).run();
    expect(await hub.db.query(`SELECT id FROM message WHERE id = $1`, [ids.chatHeld])).toEqual([]);
  }, 60_000);

  it('purges the oldest audit rows after their period and the rest of the chain still verifies', async () => {
    const [{ last }] = (await hub.db.query(`SELECT max(seq)::int AS last FROM audit_log`)) as Array<{ last: number }>;
    expect(last).toBeGreaterThan(3);
    // Eleven years on, with the default ten-year period, every row so far is due.
    const counts = await hub.app.get(RetentionService).run(new Date(Date.now() + 11 * 365 * DAY));
    expect(counts.audit_log).toBeGreaterThanOrEqual(last);
    expect(await hub.db.query(`SELECT seq FROM audit_log WHERE seq <= $1`, [last])).toEqual([]);
    // New rows chain on to the purged ones.
    await hub.login(member);
    const started = Date.now();
    while ((await hub.db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n < 2 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = (hub.db.options as { url: string }).url;
    const run = spawnSync(process.execPath, [cli, 'audit-verify'], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/Granskningsloggen är hel: [2-9] rader kontrollerade/);
    expect(run.status).toBe(0);
  }, 60_000);
});
