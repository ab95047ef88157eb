import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { MeetingCycleService } from '@hub/meetings';
import { readable, type Received, smtp, until } from '../support/smtp';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Agenda {
  items: Array<{
    id: string;
    title: string;
    status: string;
    position: number;
    durationMinutes: number | null;
    startsAt: string | null;
    canDelete: boolean;
  }>;
  carriedOver: Array<{ id: string; title: string }>;
  canPropose: boolean;
  canManage: boolean;
}
interface Minutes {
  status: string;
  body: string;
  documentId: string | null;
  noteTaker: { id: string } | null;
  actionItems: Array<{ id: string; title: string; owner: { name: string } | null; dueOn: string | null; done: boolean }>;
  canEdit: boolean;
}

const inDays = (days: number, hour: number): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour - 1, 0, 0, 0); // CET in winter: 09:00 in Stockholm is 08:00 UTC
  return d.toISOString();
};


/** The text of a PDF as unpdf (PDF.js) reads it, in a child process (PDF.js needs dynamic import, which Jest's VM lacks). */
function pdfTextOf(pdf: Buffer): string {
  const script = `const { getDocumentProxy, extractText } = require('unpdf');
    const chunks = []; process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
      process.stdout.write(text);
    });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, cwd: join(__dirname, '..', '..') }).toString('utf8');
}

describe('the meeting cycle', () => {
  let server: Awaited<ReturnType<typeof smtp>>;
  let hub: TestHub;
  let network: NetworkHandle;
  let coordinator: PersonHandle;
  let bo: PersonHandle;
  let quiet: PersonHandle;
  let asCoord: Credentials;
  let asBo: Credentials;
  let asQuiet: Credentials;
  let asOutsider: Credentials;

  beforeAll(async () => {
    server = await smtp();
    hub = await TestHub.start({ SMTP_URL: server.url });
    network = await hub.network({ visibility: 'closed', name: 'Ledningsnätverket för skolchefer' });
    coordinator = await hub.person({ name: 'Karin Samordnare', email: 'karin.samordnare@helsingborg.se' });
    bo = await hub.person({ name: 'Bo Berg', email: 'bo.berg@astorp.se', municipality: 'astorp' });
    quiet = await hub.person({ name: 'Tyst Person', email: 'tyst.person@bjuv.se' });
    const outsider = await hub.person({ name: 'Utan För', email: 'utan.for@bjuv.se' });
    await hub.member(network, coordinator, 'coordinator');
    await hub.member(network, bo);
    await hub.member(network, quiet);
    asCoord = await hub.login(coordinator);
    asBo = await hub.login(bo);
    asQuiet = await hub.login(quiet);
    asOutsider = await hub.login(outsider);
  });
  afterAll(async () => {
    await hub.close();
    await server.close();
  });

  const mailsTo = (email: string, subject: RegExp): Received[] =>
    server.received.filter((m) => m.to.includes(email) && subject.test(readable(m)));

  it('announce → invitation with the .ics to members (not to one who turned meeting mail off) → agenda → change → reminder → cancel', async () => {
    const off = await hub.call<Array<{ networkId: string; enabled: boolean }>>('PUT', `/api/v1/me/meeting-mail/${network.id}`, {
      as: asQuiet,
      body: { enabled: false },
    });
    expect(off.body.find((s) => s.networkId === network.id)?.enabled).toBe(false);
    expect((await hub.call('PUT', `/api/v1/me/meeting-mail/${network.id}`, { as: asOutsider, body: { enabled: false } })).status).toBe(404);

    const created = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/meetings`, {
      as: asCoord,
      body: { title: 'Nätverksträff om skolnärvaro', startsAt: inDays(3, 9), endsAt: inDays(3, 11), location: 'Stadshuset, Ängelholm' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await until(() => mailsTo('bo.berg@astorp.se', /Inbjudan: Nätverksträff om skolnärvaro/).length === 1);
    // iCalendar lines are folded at 75 octets; a calendar app unfolds them.
    const invitation = readable(mailsTo('bo.berg@astorp.se', /Inbjudan/)[0]!).replace(/\r\n[ \t]/g, '');
    expect(invitation).toContain('Content-Type: text/calendar');
    expect(invitation).toContain('METHOD:REQUEST');
    expect(invitation).toContain('Stadshuset\\, Ängelholm');
    expect(invitation).toMatch(/ATTENDEE;CN="Bo Berg".*mailto:bo\.berg@astorp\.se/);
    expect(invitation).toContain(`/moten/${id}`);
    expect(server.received.filter((m) => m.to.includes('tyst.person@bjuv.se'))).toEqual([]);
    expect(server.received.filter((m) => m.to.includes('utan.for@bjuv.se'))).toEqual([]);

    // The invitations were queued in the same transaction as the meeting: a restart cannot lose them.
    const queued: unknown[] = await hub.db.query(
      `SELECT 1 FROM pgboss.job WHERE name = 'meeting-mail' AND data->>'meetingId' = $1 AND data->>'what' = 'announced'`,
      [id],
    );
    expect(queued).toHaveLength(1);
    // A reminder is planned 24 hours before the start.
    const planned: Array<{ start_after: Date }> = await hub.db.query(
      `SELECT start_after FROM pgboss.job WHERE name = 'meeting-reminder' AND data->>'meetingId' = $1`,
      [id],
    );
    expect(planned).toHaveLength(1);
    expect(Math.abs(new Date(planned[0]!.start_after).getTime() - (new Date(inDays(3, 9)).getTime() - 24 * 3600_000))).toBeLessThan(2000);

    // Agenda: a member proposes, the coordinator accepts, orders and times; the planned times follow.
    const proposed = await hub.post<Agenda>(`/api/v1/meetings/${id}/agenda-items`, {
      as: asBo,
      body: { title: 'Frånvarorutiner i Åstorp', details: 'Erfarenheter från vårterminen' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.items[0]).toMatchObject({ title: 'Frånvarorutiner i Åstorp', status: 'proposed', canDelete: true });
    expect(proposed.body.canManage).toBe(false);
    const second = await hub.post<Agenda>(`/api/v1/meetings/${id}/agenda-items`, {
      as: asCoord,
      body: { title: 'Välkommen och presentation' },
    });
    const [mine, welcome] = [
      second.body.items.find((i) => i.title.startsWith('Frånvaro'))!,
      second.body.items.find((i) => i.title.startsWith('Välkommen'))!,
    ];
    expect((await hub.patch(`/api/v1/agenda-items/${mine.id}`, { as: asBo, body: { status: 'accepted' } })).status).toBe(403);
    await hub.patch(`/api/v1/agenda-items/${welcome.id}`, { as: asCoord, body: { status: 'accepted', position: 1, durationMinutes: 20 } });
    const agenda = await hub.patch<Agenda>(`/api/v1/agenda-items/${mine.id}`, {
      as: asCoord,
      body: { status: 'accepted', position: 2, durationMinutes: 45 },
    });
    expect(agenda.body.items.map((i) => [i.title, i.startsAt])).toEqual([
      ['Välkommen och presentation', '09:00'],
      ['Frånvarorutiner i Åstorp', '09:20'],
    ]);
    expect((await hub.get(`/api/v1/meetings/${id}/agenda`, { as: asOutsider })).status).toBe(404);
    // Once accepted it is the coordinators' to remove.
    expect((await hub.delete(`/api/v1/agenda-items/${mine.id}`, { as: asBo })).status).toBe(403);

    // Bo answers yes; Karin does not answer. A change goes to those coming only.
    await hub.call('PUT', `/api/v1/meetings/${id}/rsvp`, { as: asBo, body: { answer: 'yes' } });
    await hub.patch(`/api/v1/meetings/${id}`, { as: asCoord, body: { startsAt: inDays(3, 10), endsAt: inDays(3, 12) } });
    await until(() => mailsTo('bo.berg@astorp.se', /Ändrat möte/).length === 1);
    const changed = readable(mailsTo('bo.berg@astorp.se', /Ändrat möte/)[0]!);
    expect(changed).toMatch(/SEQUENCE:1/);
    // The agenda is part of the mail, with the planned times after the move to 10:00.
    expect(changed).toContain('Dagordning:\r\n1. 10:00 Välkommen och presentation (20 min)\r\n2. 10:20 Frånvarorutiner i Åstorp (45 min)');
    expect(mailsTo('karin.samordnare@helsingborg.se', /Ändrat möte/)).toEqual([]);

    // The reminder for the old time is stale; the one for the new time reaches those coming.
    const cycle = hub.app.get(MeetingCycleService);
    expect(await cycle.remind(id, 0)).toBe(0);
    expect(await cycle.remind(id, 1)).toBe(1);
    await until(() => mailsTo('bo.berg@astorp.se', /Påminnelse: Nätverksträff om skolnärvaro i morgon/).length === 1);

    expect((await hub.delete(`/api/v1/meetings/${id}`, { as: asCoord })).status).toBe(204);
    await until(
      () => mailsTo('karin.samordnare@helsingborg.se', /Inställt/).length === 1 && mailsTo('bo.berg@astorp.se', /Inställt/).length === 1,
    );
    expect(readable(mailsTo('bo.berg@astorp.se', /Inställt/)[0]!)).toContain('METHOD:CANCEL');
    expect(await cycle.remind(id, 2)).toBe(0);
  });

  it('minutes: a note-taker drafts (hidden from others), adds action items, publishes into the library; open items carry over until done', async () => {
    const held: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at) VALUES ($1, 'Träff i maj', now() - interval '3 days', now() - interval '3 days' + interval '2 hours') RETURNING id`,
      [network.id],
    );
    const id = held[0]!.id;
    expect((await hub.call('PUT', `/api/v1/meetings/${id}/minutes`, { as: asBo, body: { body: 'Försök' } })).status).toBe(403);
    const appointed = await hub.call<Minutes>('PUT', `/api/v1/meetings/${id}/note-taker`, { as: asCoord, body: { personId: bo.id } });
    expect(appointed.body.noteTaker?.id).toBe(bo.id);

    const draft = await hub.call<Minutes>('PUT', `/api/v1/meetings/${id}/minutes`, {
      as: asBo,
      body: { body: '## Beslut\n\n- Nätverket tar fram en gemensam rutin för skolfrånvaro.\n<script>alert(1)</script>' },
    });
    expect(draft.body).toMatchObject({ status: 'draft', canEdit: true });
    const hidden = await hub.get<Minutes>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet });
    expect(hidden.body).toMatchObject({ status: 'none', body: '', canEdit: false });

    const action = await hub.post<{ id: string; owner: { name: string } }>(`/api/v1/meetings/${id}/action-items`, {
      as: asBo,
      body: { title: 'Sammanställa kommunernas rutiner', ownerId: quiet.id, dueOn: '2026-12-15' },
    });
    expect(action.status).toBe(201);
    expect(action.body.owner.name).toBe('Tyst Person');
    const notMember = await hub.post(`/api/v1/meetings/${id}/action-items`, {
      as: asBo,
      body: { title: 'X', ownerId: (await hub.person()).id },
    });
    expect(notMember.status).toBe(400);

    // Attachments: documents of the network's own library only; members see them once published.
    const bilaga = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
      as: asBo,
      fileName: 'Närvarostatistik.csv',
      bytes: Buffer.from('Kommun;Frånvaro\nÅstorp;4 %\n'),
    });
    const elsewhere = await hub.network({ visibility: 'open' });
    const foreign: Array<{ id: string }> = await hub.db.query(
      `INSERT INTO document (network_id, title) VALUES ($1, 'Främmande') RETURNING id`,
      [elsewhere.id],
    );
    const wrong = await hub.call('PUT', `/api/v1/meetings/${id}/minutes`, {
      as: asBo,
      body: { body: draft.body.body, documentIds: [foreign[0]!.id] },
    });
    expect(wrong.status).toBe(400);
    const attached = await hub.call<Minutes & { attachments: Array<{ id: string; title: string }> }>(
      'PUT',
      `/api/v1/meetings/${id}/minutes`,
      {
        as: asBo,
        body: { body: draft.body.body, documentIds: [bilaga.body.id] },
      },
    );
    expect(attached.body.attachments.map((a) => a.title)).toEqual(['Närvarostatistik']);
    expect((await hub.get<{ attachments: unknown[] }>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet })).body.attachments).toEqual([]);

    const published = await hub.post<Minutes>(`/api/v1/meetings/${id}/minutes/publish`, { as: asBo });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const seen = await hub.get<Minutes & { html: string }>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet });
    expect(seen.body.status).toBe('published');
    expect(seen.body.html).toContain('gemensam rutin');
    expect(seen.body.html).not.toContain('<script');
    const doc = await hub.get<{ title: string; tags: string[] }>(`/api/v1/documents/${published.body.documentId}`, { as: asQuiet });
    expect(doc.body.title).toMatch(/^Minnesanteckningar Träff i maj \d{4}-\d{2}-\d{2}$/);
    expect(doc.body.tags).toEqual(['Minnesanteckningar']);
    const text = (await hub.get(`/api/v1/documents/${published.body.documentId}/download`, { as: asQuiet })).raw.toString('utf8');
    expect(text).toContain('# Minnesanteckningar: Träff i maj');
    expect(text).toContain('- Sammanställa kommunernas rutiner (ansvarig: Tyst Person), klart senast 2026-12-15');
    expect(text).toContain(`## Bilagor`);
    expect(text).toContain(`[Närvarostatistik](`);
    // The same minutes as a PDF in the library: a real PDF whose text reads in Swedish (å, ä, ö kept).
    const library = await hub.get<{ documents: Array<{ id: string; title: string; kind: string }> }>(`/api/v1/networks/${network.id}/documents`, {
      as: asQuiet,
    });
    const pdfs = library.body.documents.filter((d) => d.kind === 'pdf' && d.title.startsWith('Minnesanteckningar Träff i maj'));
    expect(pdfs).toHaveLength(1);
    const pdf = (await hub.get(`/api/v1/documents/${pdfs[0]!.id}/download`, { as: asQuiet })).raw;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = pdfTextOf(pdf);
    expect(pdfText).toContain('Minnesanteckningar: Träff i maj');
    expect(pdfText).toContain('Åtgärder');
    expect(pdfText).toContain('Sammanställa kommunernas rutiner (ansvarig: Tyst Person)');
    expect(pdfText).toContain('Nätverkshubben');
    expect(
      (await hub.get<{ attachments: Array<{ title: string }> }>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet })).body.attachments,
    ).toEqual([expect.objectContaining({ title: 'Närvarostatistik', available: true })]);
    // Quiet turned meeting mail off; Bo and Karin are told.
    await until(() => mailsTo('karin.samordnare@helsingborg.se', /Minnesanteckningar: Träff i maj/).length === 1);
    expect(mailsTo('tyst.person@bjuv.se', /Minnesanteckningar/)).toEqual([]);
    // Publishing again after a correction makes a new version of the same document.
    const corrected = await hub.call<Minutes & { unpublishedChanges: boolean }>('PUT', `/api/v1/meetings/${id}/minutes`, {
      as: asCoord,
      body: { body: '## Beslut\n\n- Rättad rutin.' },
    });
    expect(corrected.body.unpublishedChanges).toBe(true);
    // Until it is published again, members still see the published text.
    const meanwhile = await hub.get<Minutes & { html: string }>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet });
    expect(meanwhile.body.html).toContain('gemensam rutin');
    expect(meanwhile.body.html).not.toContain('Rättad');
    const again = await hub.post<Minutes>(`/api/v1/meetings/${id}/minutes/publish`, { as: asCoord });
    expect(again.body.documentId).toBe(published.body.documentId);
    expect((await hub.get<{ version: number }>(`/api/v1/documents/${published.body.documentId}`, { as: asQuiet })).body.version).toBe(2);
    expect((await hub.get<{ version: number }>(`/api/v1/documents/${pdfs[0]!.id}`, { as: asQuiet })).body.version).toBe(2);
    expect((await hub.get<{ html: string }>(`/api/v1/meetings/${id}/minutes`, { as: asQuiet })).body.html).toContain('Rättad rutin');

    const next = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/meetings`, {
      as: asCoord,
      body: { title: 'Träff i juni', startsAt: inDays(10, 9), endsAt: inDays(10, 10) },
    });
    const before = await hub.get<Agenda>(`/api/v1/meetings/${next.body.id}/agenda`, { as: asBo });
    expect(before.body.carriedOver.map((a) => a.title)).toEqual(['Sammanställa kommunernas rutiner']);
    // Its owner may mark it done, and nothing else.
    expect((await hub.patch(`/api/v1/action-items/${action.body.id}`, { as: asQuiet, body: { title: 'Annat' } })).status).toBe(403);
    const done = await hub.patch<{ done: boolean }>(`/api/v1/action-items/${action.body.id}`, { as: asQuiet, body: { done: true } });
    expect(done.body.done).toBe(true);
    const after = await hub.get<Agenda>(`/api/v1/meetings/${next.body.id}/agenda`, { as: asBo });
    expect(after.body.carriedOver).toEqual([]);
    const all = await hub.get<Array<{ id: string; done: boolean }>>(`/api/v1/networks/${network.id}/action-items?status=all`, { as: asBo });
    expect(all.body.find((a) => a.id === action.body.id)?.done).toBe(true);
  });

  it('in-app notifications: invitations, changes to those coming, cancellations and published minutes, never to outsiders', async () => {
    type Note = { kind: string; meetingId: string | null; meetingTitle: string | null; networkId: string };
    const notes = async (as: Credentials): Promise<Note[]> =>
      (await hub.get<{ items: Note[] }>('/api/v1/me/notifications?limit=50', { as })).body.items.filter((n) => n.meetingId !== null);
    const bo = await notes(asBo);
    expect(bo.map((n) => [n.kind, n.meetingTitle])).toEqual(
      expect.arrayContaining([
        ['meeting_announced', 'Nätverksträff om skolnärvaro'],
        ['meeting_changed', 'Nätverksträff om skolnärvaro'],
        ['meeting_cancelled', 'Nätverksträff om skolnärvaro'],
        ['minutes_published', 'Träff i maj'],
      ]),
    );
    // Tyst turned meeting e-mail off, not notifications; Karin did not answer, so no "changed" for her.
    expect((await notes(asQuiet)).map((n) => n.kind)).toContain('meeting_announced');
    expect((await notes(asCoord)).map((n) => n.kind)).not.toContain('meeting_changed');
    expect(await notes(asOutsider)).toEqual([]);
  });

  it('the calendar shows a month with past meetings too (from–to), only from my networks', async () => {
    const from = new Date(Date.now() - 10 * 24 * 3600_000).toISOString();
    const to = new Date().toISOString();
    const mine = await hub.get<Array<{ title: string }>>(`/api/v1/calendar?from=${from}&to=${to}`, { as: asBo });
    expect(mine.body.map((m) => m.title)).toContain('Träff i maj');
    const theirs = await hub.get<Array<{ title: string }>>(`/api/v1/calendar?from=${from}&to=${to}`, { as: asOutsider });
    expect(theirs.body).toEqual([]);
    expect((await hub.get(`/api/v1/calendar?from=${to}&to=${from}`, { as: asBo })).status).toBe(400);
    expect((await hub.get('/api/v1/calendar?from=igår', { as: asBo })).status).toBe(400);
  });

  it('the secretariat’s annual report: meetings held, attendance by municipality, minutes, open action items; as JSON and CSV for Excel', async () => {
    const year = new Date().getFullYear();
    const asAdmin = await hub.login(await hub.person({ role: 'admin' }));
    const res = await hub.get<{
      year: number;
      networks: Array<{
        networkId: string;
        meetingsHeld: number;
        meetingsCancelled: number;
        attendance: number;
        byMunicipality: Array<{ municipality: string; attendees: number }>;
        minutesPublished: number;
        openActionItems: number;
      }>;
    }>(`/api/v1/admin/meeting-report?year=${year}`, { as: asAdmin });
    expect(res.status).toBe(200);
    const mine = res.body.networks.find((n) => n.networkId === network.id)!;
    expect(mine).toMatchObject({ meetingsHeld: 1, minutesPublished: 1, openActionItems: 0 });
    expect(mine.meetingsCancelled).toBe(1);

    const held: Array<{ id: string }> = await hub.db.query(`SELECT id FROM meeting WHERE network_id = $1 AND title = 'Träff i maj'`, [
      network.id,
    ]);
    await hub.db.query(`INSERT INTO rsvp (meeting_id, person_id, answer) VALUES ($1, $2, 'yes'), ($1, $3, 'yes')`, [
      held[0]!.id,
      bo.id,
      coordinator.id,
    ]);
    const after = await hub.get<{
      networks: Array<{ networkId: string; attendance: number; byMunicipality: Array<{ municipality: string; attendees: number }> }>;
    }>(`/api/v1/admin/meeting-report?year=${year}`, { as: asAdmin });
    const row = after.body.networks.find((n) => n.networkId === network.id)!;
    expect(row.attendance).toBe(2);
    expect(row.byMunicipality).toEqual(expect.arrayContaining([{ municipality: 'Åstorp', attendees: 1 }]));

    const csv = await hub.get(`/api/v1/admin/meeting-report?year=${year}&format=csv`, { as: asAdmin });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`motesrapport-${year}.csv`);
    expect(csv.text.startsWith('\uFEFFÅr;Nätverk;Möten genomförda;')).toBe(true);
    expect(csv.text).toContain(`${year};Ledningsnätverket för skolchefer;1;1;2;Åstorp;1;1;0`);
    expect((await hub.get(`/api/v1/admin/meeting-report?year=${year}`, { as: asBo })).status).toBe(403);
    expect((await hub.get(`/api/v1/admin/meeting-report?year=tjugo`, { as: asAdmin })).status).toBe(400);
  });
});
