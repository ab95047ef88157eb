import * as nodeIcal from 'node-ical';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface Meeting {
  id: string;
  title: string;
  startsAt: string;
  cancelled: boolean;
  counts: { yes: number; no: number; maybe: number; waitlisted: number };
  myAnswer: { answer: string; waitlisted: boolean } | null;
  canManage: boolean;
  descriptionHtml: string;
}

describe('meetings', () => {
  let hub: TestHub;
  let network: NetworkHandle;
  let coordinator: PersonHandle;
  let members: PersonHandle[];
  let asCoord: Credentials;
  let asMembers: Credentials[];

  beforeAll(async () => {
    hub = await TestHub.start();
    network = await hub.network({ visibility: 'closed', name: 'Kommundirektörsnätverket test' });
    coordinator = await hub.person({ name: 'Karin Samordnare', email: 'karin.samordnare@helsingborg.se' });
    await hub.member(network, coordinator, 'coordinator');
    members = [];
    for (const municipality of ['bjuv', 'bastad', 'hoganas']) {
      const p = await hub.person({ municipality });
      await hub.member(network, p);
      members.push(p);
    }
    asCoord = await hub.login(coordinator);
    asMembers = await Promise.all(members.map((m) => hub.login(m)));
  });
  afterAll(() => hub.close());

  const announce = (body: object): ReturnType<TestHub['post']> =>
    hub.post<Meeting>(`/api/v1/networks/${network.id}/meetings`, { as: asCoord, body });
  const next = (days: number, hour = 9): string =>
    new Date(Date.now() + days * 86400_000).toISOString().replace(/T.*/, `T${String(hour).padStart(2, '0')}:00:00Z`);

  it('a coordinator announces; members answer; beyond the capacity a yes waits and moves up when a seat frees', async () => {
    expect(
      (
        await hub.post(`/api/v1/networks/${network.id}/meetings`, {
          as: asMembers[0]!,
          body: { title: 'x', startsAt: next(3), endsAt: next(3, 10) },
        })
      ).status,
    ).toBe(403);
    const created = await announce({
      title: 'Styrelseberedning',
      description: '**Agenda:** budget',
      startsAt: next(5),
      endsAt: next(5, 11),
      location: 'Stadshuset, Helsingborg',
      capacity: 2,
    });
    expect(created.status).toBe(201);
    const meeting = created.body as Meeting;
    expect(meeting.descriptionHtml).toContain('<strong>Agenda:</strong>');
    const rsvp = (i: number, answer: string): ReturnType<TestHub['call']> =>
      hub.call<Meeting>('PUT', `/api/v1/meetings/${meeting.id}/rsvp`, { as: asMembers[i]!, body: { answer } });
    expect(((await rsvp(0, 'yes')).body as Meeting).myAnswer).toEqual({ answer: 'yes', waitlisted: false, comment: '' });
    expect(((await rsvp(1, 'yes')).body as Meeting).myAnswer).toMatchObject({ waitlisted: false });
    const third = (await rsvp(2, 'yes')).body as Meeting;
    expect(third.myAnswer).toMatchObject({ answer: 'yes', waitlisted: true });
    expect(third.counts).toEqual({ yes: 2, no: 0, maybe: 0, waitlisted: 1 });
    // The first says no: the waiting person gets the seat.
    expect(((await rsvp(0, 'no')).body as Meeting).counts).toEqual({ yes: 2, no: 1, maybe: 0, waitlisted: 0 });
    const thirdNow = (await hub.get<Meeting>(`/api/v1/meetings/${meeting.id}`, { as: asMembers[2]! })).body;
    expect(thirdNow.myAnswer).toMatchObject({ waitlisted: false });
    const attendees = await hub.get<Array<{ affiliation: string; people: Array<{ answer: string }> }>>(
      `/api/v1/meetings/${meeting.id}/attendees`,
      { as: asCoord },
    );
    expect(attendees.body.map((g) => g.affiliation)).toEqual(['Bjuv', 'Båstad', 'Höganäs']);
    expect((await hub.get(`/api/v1/meetings/${meeting.id}/attendees`, { as: asMembers[0]! })).status).toBe(403);
  });

  it('a single meeting as a valid .ics that node-ical and ical.js read, with å/ä/ö, Stockholm time and the sequence raised by changes', async () => {
    const meeting = (
      await announce({
        title: 'Möte om välfärdsteknik; etapp 2, Åstorp',
        startsAt: '2027-03-28T08:00:00Z',
        endsAt: '2027-03-28T09:30:00Z',
        location: 'Kommunhuset, Åstorp',
      })
    ).body as Meeting;
    const first = await hub.get(`/api/v1/meetings/${meeting.id}.ics`, { as: asMembers[0]! });
    expect(first.status).toBe(200);
    expect(String(first.headers['content-type'])).toContain('text/calendar');
    const parsed = Object.values(nodeIcal.sync.parseICS(first.text)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
    expect(parsed.summary).toBe('Möte om välfärdsteknik; etapp 2, Åstorp');
    expect(parsed.location).toBe('Kommunhuset, Åstorp');
    expect(parsed.start.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(parsed.uid).toBe(`${meeting.id}@natverkshubben`);
    // Summer time began that night: 08:00 UTC is 10:00 in Stockholm.
    expect(first.text).toContain('DTSTART;TZID=Europe/Stockholm:20270328T100000');
    const ICAL = (await import('ical.js')).default;
    const component = new ICAL.Component(ICAL.parse(first.text));
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Möte om välfärdsteknik; etapp 2, Åstorp');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');

    await hub.patch(`/api/v1/meetings/${meeting.id}`, {
      as: asCoord,
      body: { startsAt: '2027-03-28T09:00:00Z', endsAt: '2027-03-28T10:30:00Z' },
    });
    const second = await hub.get(`/api/v1/meetings/${meeting.id}.ics`, { as: asMembers[0]! });
    expect(second.text).toContain('SEQUENCE:1');
    expect(second.text).toContain(`UID:${meeting.id}@natverkshubben`);
    expect((await hub.delete(`/api/v1/meetings/${meeting.id}`, { as: asCoord })).status).toBe(204);
    const third = await hub.get(`/api/v1/meetings/${meeting.id}.ics`, { as: asMembers[0]! });
    expect(third.text).toContain('STATUS:CANCELLED');
    expect(third.text).toContain('SEQUENCE:2');
    expect((await hub.call('PUT', `/api/v1/meetings/${meeting.id}/rsvp`, { as: asMembers[0]!, body: { answer: 'yes' } })).status).toBe(409);
  });

  it('a token feed holds my networks’ meetings only, and forgets a network I leave; revoked feeds are gone', async () => {
    const title = 'Flödesmöte kanariefågel-4411';
    await announce({ title, startsAt: next(8), endsAt: next(8, 10) });
    const leaver = await hub.person();
    await hub.member(network, leaver);
    const asLeaver = await hub.login(leaver);
    const feed = await hub.post<{ id: string; url: string }>('/api/v1/me/calendar-feeds', { as: asLeaver, body: {} });
    expect(feed.status).toBe(201);
    const path = new URL(feed.body.url).pathname;
    const before = await hub.get(path);
    expect(before.status).toBe(200);
    expect(before.text).toContain('kanariefågel-4411');
    expect(Object.values(nodeIcal.sync.parseICS(before.text)).some((c) => c?.type === 'VEVENT')).toBe(true);
    await hub.delete(`/api/v1/networks/${network.id}/members/${leaver.id}`, { as: asLeaver });
    const after = await hub.get(path);
    expect(after.status).toBe(200);
    expect(after.text).not.toContain('kanariefågel-4411');
    expect((await hub.delete(`/api/v1/me/calendar-feeds/${feed.body.id}`, { as: asLeaver })).status).toBe(204);
    expect((await hub.get(path)).status).toBe(404);
    expect((await hub.get('/api/v1/calendar/feeds/gissad-token-som-inte-finns-alls.ics')).status).toBe(404);
  });

  it('closed networks’ meetings never reach non-members: list, meeting, .ics, rsvp, calendar', async () => {
    const meeting = (await announce({ title: 'Hemligt möte 7731', startsAt: next(9), endsAt: next(9, 10) })).body as Meeting;
    const outsider = await hub.login(await hub.person());
    for (const res of [
      await hub.get(`/api/v1/networks/${network.id}/meetings`, { as: outsider }),
      await hub.get(`/api/v1/meetings/${meeting.id}`, { as: outsider }),
      await hub.get(`/api/v1/meetings/${meeting.id}.ics`, { as: outsider }),
      await hub.call('PUT', `/api/v1/meetings/${meeting.id}/rsvp`, { as: outsider, body: { answer: 'yes' } }),
      await hub.patch(`/api/v1/meetings/${meeting.id}`, { as: outsider, body: { title: 'x' } }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('7731');
    }
    expect((await hub.get('/api/v1/calendar', { as: outsider })).text).not.toContain('7731');
    const mine = await hub.get<Meeting[]>('/api/v1/calendar', { as: asMembers[0]! });
    expect(mine.body.map((m) => m.title)).toContain('Hemligt möte 7731');
  });

  it('bad input: end before start, deadline after start, http video link, unknown answer', async () => {
    expect((await announce({ title: 'x', startsAt: next(3, 10), endsAt: next(3, 9) })).status).toBe(400);
    expect((await announce({ title: 'x', startsAt: next(3), endsAt: next(3, 10), rsvpDeadline: next(4) })).status).toBe(400);
    expect((await announce({ title: 'x', startsAt: next(3), endsAt: next(3, 10), videoUrl: 'http://inte-krypterat.example' })).status).toBe(
      400,
    );
    expect((await announce({ title: 'x', startsAt: 'imorgon', endsAt: next(3, 10) })).status).toBe(400);
    const m = (await announce({ title: 'Svar', startsAt: next(3), endsAt: next(3, 10) })).body as Meeting;
    expect((await hub.call('PUT', `/api/v1/meetings/${m.id}/rsvp`, { as: asMembers[0]!, body: { answer: 'kanske' } })).status).toBe(400);
  });
});
