import type { Socket } from 'socket.io-client';
import { DomainEvents, StagedEvents } from '@hub/core';
import { connectSocket, record } from '../support/sockets';
import { type Credentials, type NetworkHandle, type PersonHandle, TestHub } from '../support/test-hub';

interface HubEvent {
  id: string;
  type: string;
  networkId: string | null;
  data: { postId?: string; messageId?: string };
}

/**
 * A realtime event is appended to event_log inside the change's own transaction: it commits with
 * the change or not at all, and a client catches up on it even when the push after the commit
 * never happened (the process died between the two).
 */
describe('durable realtime events', () => {
  let hub: TestHub;
  let url: string;
  let network: NetworkHandle;
  let sessions: Record<'anna' | 'bo', Credentials>;
  const sockets: Socket[] = [];
  let failInside: string | null = null;
  let seenInside: number | null = null;
  let failAfterMention = false;
  let failAfterJoinRequest = false;
  let failAfterMeeting = false;
  let failAfterDocument = false;
  let bo: PersonHandle;

  beforeAll(async () => {
    hub = await TestHub.start();
    url = await hub.listen();
    network = await hub.network({ visibility: 'closed' });
    const anna = await hub.person();
    bo = await hub.person();
    await hub.member(network, anna);
    await hub.member(network, bo);
    sessions = { anna: await hub.login(anna), bo: await hub.login(bo) };
    // Registered after the realtime module's handler, so it runs after the append, on the same
    // transaction: it sees the appended row, then fails the transaction when asked to.
    hub.app.get(DomainEvents).onWithin('post.created', async (_payload, m) => {
      if (failInside === null || !m) return;
      const rows: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM event_log WHERE type = 'post.created'`);
      seenInside = rows[0]!.n;
      throw new Error(failInside);
    });
    // After the notifications' handler of the same event (registered before this one).
    hub.app.get(DomainEvents).onWithin('post.mentioned', async () => {
      if (failAfterMention) throw new Error('boom after the mention');
    });
    hub.app.get(DomainEvents).onWithin('network.join.requested', async () => {
      if (failAfterJoinRequest) throw new Error('boom after the join request');
    });
    hub.app.get(DomainEvents).onWithin('meeting.announced', async () => {
      if (failAfterMeeting) throw new Error('boom after the meeting');
    });
    hub.app.get(DomainEvents).onWithin('document.changed', async () => {
      if (failAfterDocument) throw new Error('boom after the document');
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hub.close();
  });

  const postCreatedCount = async (): Promise<number> =>
    ((await hub.db.query(`SELECT count(*)::int AS n FROM event_log WHERE type = 'post.created'`)) as Array<{ n: number }>)[0]!.n;

  it('the event row and the post commit together: a transaction failing after the append leaves neither', async () => {
    const before = await postCreatedCount();
    failInside = 'boom after the append';
    const answer = await hub.post(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body: 'Rullas tillbaka' } });
    failInside = null;
    expect(answer.status).toBe(500);
    // Inside the transaction the event row was there…
    expect(seenInside).toBe(before + 1);
    // …and it rolled back with the post.
    expect(await postCreatedCount()).toBe(before);
    const posts: unknown[] = await hub.db.query(`SELECT id FROM post WHERE body = 'Rullas tillbaka'`);
    expect(posts).toHaveLength(0);
    // The next post goes through as usual.
    const ok = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body: 'Går igenom' } });
    expect(ok.status).toBe(201);
    expect(await postCreatedCount()).toBe(before + 1);
  });

  it('an event whose push never happened (gone between commit and publish) is still caught up from /events', async () => {
    const socket = await connectSocket(url, sessions.bo, sockets);
    const pushedPosts = record<HubEvent>(socket, 'post.created');
    const pushedMessages = record<HubEvent>(socket, 'message.created');
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: sessions.bo });
    // Nothing after the commit runs: no push, no listeners (as if the process were killed there).
    const lost = jest.spyOn(StagedEvents.prototype, 'publish').mockImplementation(() => undefined);
    let postId: string;
    let messageId: string;
    try {
      const created = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, {
        as: sessions.anna,
        body: { body: 'Aldrig pushad' },
      });
      expect(created.status).toBe(201);
      postId = created.body.id;
      const channel = await hub.get<{ id: string }>(`/api/v1/networks/${network.id}/chat`, { as: sessions.anna });
      const sent = await hub.post<{ id: string }>(`/api/v1/conversations/${channel.body.id}/messages`, {
        as: sessions.anna,
        body: { body: 'Inte heller pushat' },
      });
      expect(sent.status).toBe(201);
      messageId = sent.body.id;
      expect(lost).toHaveBeenCalledTimes(2);
    } finally {
      lost.mockRestore();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(pushedPosts).toHaveLength(0);
    expect(pushedMessages).toHaveLength(0);

    // The reconnecting client asks once (no polling: the rows committed with the changes).
    const missed = await hub.get<{ events: HubEvent[] }>(`/api/v1/events?after=${start.body.latest}`, { as: sessions.bo });
    expect(missed.status).toBe(200);
    expect(missed.body.events.filter((e) => e.type === 'post.created').map((e) => e.data.postId)).toEqual([postId]);
    expect(missed.body.events.filter((e) => e.type === 'message.created').map((e) => e.data.messageId)).toEqual([messageId]);

    // With publish back, the push follows the commit and carries the same numbering.
    const next = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body: 'Pushad' } });
    for (let i = 0; i < 200 && pushedPosts.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pushedPosts.map((e) => e.data.postId)).toEqual([next.body.id]);
    expect(BigInt(pushedPosts[0]!.id)).toBeGreaterThan(BigInt(missed.body.events[missed.body.events.length - 1]!.id));
  });

  const mentionsOf = async (postBody: string): Promise<{ notifications: number; mailJobs: number }> => {
    const [row] = (await hub.db.query(
      `SELECT (SELECT count(*)::int FROM notification n JOIN post p ON p.id = n.post_id WHERE p.body = $1 AND n.kind = 'mention' AND n.person_id = $2) AS notifications,
              (SELECT count(*)::int FROM pgboss.job j JOIN post p ON p.id::text = j.data->>'postId' WHERE p.body = $1 AND j.name = 'notification-mail') AS "mailJobs"`,
      [postBody, bo.id],
    )) as Array<{ notifications: number; mailJobs: number }>;
    return row!;
  };

  it('a mention’s notification, its live event and its e-mail job commit with the post: none is lost after the commit, none outlives a rollback', async () => {
    // Nothing after the commit runs (as if the process died right there): still notified and mailed.
    const lost = jest.spyOn(StagedEvents.prototype, 'publish').mockImplementation(() => undefined);
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: sessions.bo });
    try {
      const body = `Hej @[Bo](${bo.id}), läser du detta?`;
      const created = await hub.post<{ id: string }>(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body } });
      expect(created.status).toBe(201);
      expect(await mentionsOf(body)).toEqual({ notifications: 1, mailJobs: 1 });
      const page = await hub.get<{ items: Array<{ kind: string; postId: string }> }>('/api/v1/me/notifications', { as: sessions.bo });
      expect(page.body.items[0]).toMatchObject({ kind: 'mention', postId: created.body.id });
      const missed = await hub.get<{ events: HubEvent[] }>(`/api/v1/events?after=${start.body.latest}`, { as: sessions.bo });
      expect(missed.body.events.map((e) => e.type)).toEqual(expect.arrayContaining(['mentioned', 'notification.created']));
    } finally {
      lost.mockRestore();
    }

    // A transaction failing after the mention was recorded leaves no notification and no e-mail.
    failAfterMention = true;
    const body = `Hej igen @[Bo](${bo.id}), det här rullas tillbaka`;
    const failed = await hub.post(`/api/v1/networks/${network.id}/posts`, { as: sessions.anna, body: { body } });
    failAfterMention = false;
    expect(failed.status).toBe(500);
    expect(await mentionsOf(body)).toEqual({ notifications: 0, mailJobs: 0 });
  });

  it('an announcement’s notifications are logged for every member together, each person’s event naming their own notification', async () => {
    const coordinator = await hub.person();
    const members = [await hub.person(), await hub.person(), await hub.person()];
    const big = await hub.network({ visibility: 'closed' });
    await hub.member(big, coordinator, 'coordinator');
    for (const person of members) await hub.member(big, person);
    const asCoordinator = await hub.login(coordinator);
    const logins = await Promise.all(members.map((person) => hub.login(person)));
    const starts = await Promise.all(logins.map((as) => hub.get<{ latest: string }>('/api/v1/events?after=0', { as })));
    const created = await hub.post<{ id: string }>(`/api/v1/networks/${big.id}/posts`, {
      as: asCoordinator,
      body: { body: 'Viktigt till alla', requiresAck: true },
    });
    expect(created.status).toBe(201);
    for (const [i, as] of logins.entries()) {
      const mine = await hub.get<{ items: Array<{ id: string; kind: string; postId: string }> }>('/api/v1/me/notifications', { as });
      const notification = mine.body.items.find((n) => n.postId === created.body.id);
      expect(notification).toMatchObject({ kind: 'announcement' });
      const events = await hub.get<{ events: Array<{ type: string; data: { notificationId?: string } }> }>(
        `/api/v1/events?after=${starts[i]!.body.latest}`,
        { as },
      );
      expect(events.body.events.filter((e) => e.type === 'notification.created').map((e) => e.data.notificationId)).toEqual([
        notification!.id,
      ]);
    }
  });

  it('a join request’s notifications to the coordinators commit with the request: none lost after the commit, none outlives a rollback', async () => {
    const closed = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    await hub.member(closed, coordinator, 'coordinator');
    const asCoordinator = await hub.login(coordinator);
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: asCoordinator });
    const joinRequests = async (): Promise<number> =>
      (await hub.get<{ items: Array<{ kind: string }> }>('/api/v1/me/notifications', { as: asCoordinator })).body.items.filter(
        (n) => n.kind === 'join_request',
      ).length;

    // A request whose transaction fails after the notification was made leaves neither.
    const first = await hub.login(await hub.person());
    failAfterJoinRequest = true;
    const failed = await hub.post(`/api/v1/networks/${closed.id}/join`, { as: first, body: { message: 'Får jag vara med?' } });
    failAfterJoinRequest = false;
    expect(failed.status).toBe(500);
    expect(await joinRequests()).toBe(0);
    const pending = await hub.get<Array<{ id: string }>>(`/api/v1/networks/${closed.id}/join-requests`, { as: asCoordinator });
    expect(pending.body).toEqual([]);

    // Nothing after the commit runs (as if the process died right there): the coordinator is still told.
    const lost = jest.spyOn(StagedEvents.prototype, 'publish').mockImplementation(() => undefined);
    try {
      const asked = await hub.post<{ status: string }>(`/api/v1/networks/${closed.id}/join`, {
        as: first,
        body: { message: 'Får jag vara med?' },
      });
      expect(asked.body).toEqual({ status: 'requested' });
    } finally {
      lost.mockRestore();
    }
    expect(await joinRequests()).toBe(1);
    const missed = await hub.get<{ events: HubEvent[] }>(`/api/v1/events?after=${start.body.latest}`, { as: asCoordinator });
    expect(missed.body.events.map((e) => e.type)).toContain('notification.created');
    // Asking again changes nothing: no second notification.
    const again = await hub.post<{ status: string }>(`/api/v1/networks/${closed.id}/join`, { as: first, body: { message: 'Hallå?' } });
    expect(again.body).toEqual({ status: 'already-requested' });
    expect(await joinRequests()).toBe(1);
  });

  it('a meeting’s announcement reaches the members as notifications and a live event made in its own transaction', async () => {
    const place = await hub.network({ visibility: 'closed' });
    const coordinator = await hub.person();
    const member = await hub.person();
    await hub.member(place, coordinator, 'coordinator');
    await hub.member(place, member);
    const [asCoordinator, asMember] = [await hub.login(coordinator), await hub.login(member)];
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: asMember });
    const day = new Date(Date.now() + 5 * 86400_000).toISOString().slice(0, 10);
    const invitations = async (): Promise<Array<{ id: string; kind: string; meetingId?: string }>> =>
      (await hub.get<{ items: Array<{ id: string; kind: string; meetingId?: string }> }>('/api/v1/me/notifications', { as: asMember })).body
        .items;

    // A transaction failing after the notifications were made leaves no meeting and no notification.
    failAfterMeeting = true;
    const failed = await hub.post(`/api/v1/networks/${place.id}/meetings`, {
      as: asCoordinator,
      body: { title: 'Rullas tillbaka', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T11:00:00Z` },
    });
    failAfterMeeting = false;
    expect(failed.status).toBe(500);
    expect(await invitations()).toEqual([]);
    expect((await hub.get<unknown[]>(`/api/v1/networks/${place.id}/meetings`, { as: asMember })).body).toEqual([]);

    // Nothing after the commit runs (as if the process died right there): the member is still told.
    const lost = jest.spyOn(StagedEvents.prototype, 'publish').mockImplementation(() => undefined);
    let meetingId: string;
    try {
      const created = await hub.post<{ id: string }>(`/api/v1/networks/${place.id}/meetings`, {
        as: asCoordinator,
        body: { title: 'Nätverksträff om belysning', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T11:00:00Z` },
      });
      expect(created.status).toBe(201);
      meetingId = created.body.id;
    } finally {
      lost.mockRestore();
    }
    const invitation = (await invitations()).find((n) => n.meetingId === meetingId);
    expect(invitation).toMatchObject({ kind: 'meeting_announced' });
    const missed = await hub.get<{ events: Array<{ type: string; data: { meetingId?: string; notificationId?: string } }> }>(
      `/api/v1/events?after=${start.body.latest}`,
      { as: asMember },
    );
    expect(missed.body.events.filter((e) => e.type === 'meeting.announced').map((e) => e.data.meetingId)).toEqual([meetingId]);
    expect(missed.body.events.filter((e) => e.type === 'notification.created').map((e) => e.data.notificationId)).toEqual([invitation!.id]);
  });

  it('a new document’s live event and its text-reading job commit with it: none lost after the commit, none outlives a rollback', async () => {
    const start = await hub.get<{ latest: string }>('/api/v1/events?after=0', { as: sessions.bo });
    const documents = async (title: string): Promise<number> =>
      ((await hub.db.query(`SELECT count(*)::int AS n FROM document WHERE title = $1`, [title])) as Array<{ n: number }>)[0]!.n;
    const textJobs = async (documentId: string): Promise<number> =>
      (
        (await hub.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'document-text' AND data->>'documentId' = $1`, [
          documentId,
        ])) as Array<{ n: number }>
      )[0]!.n;

    // A transaction failing after the event was logged leaves no document (and no job).
    failAfterDocument = true;
    const failed = await hub.upload(`/api/v1/networks/${network.id}/documents`, {
      as: sessions.anna,
      fileName: 'Rullas tillbaka.txt',
      bytes: Buffer.from('Text som aldrig sparas'),
    });
    failAfterDocument = false;
    expect(failed.status).toBe(500);
    expect(await documents('Rullas tillbaka')).toBe(0);

    // Nothing after the commit runs (as if the process died right there): the event is caught up, the job waits.
    const lost = jest.spyOn(StagedEvents.prototype, 'publish').mockImplementation(() => undefined);
    let documentId: string;
    try {
      const created = await hub.upload<{ id: string }>(`/api/v1/networks/${network.id}/documents`, {
        as: sessions.anna,
        fileName: 'Verksamhetsplan.txt',
        bytes: Buffer.from('Mål och aktiviteter för nätverket'),
      });
      expect(created.status).toBe(201);
      documentId = created.body.id;
    } finally {
      lost.mockRestore();
    }
    expect(await textJobs(documentId)).toBe(1);
    const missed = await hub.get<{ events: Array<{ type: string; data: { documentId?: string; change?: string } }> }>(
      `/api/v1/events?after=${start.body.latest}`,
      { as: sessions.bo },
    );
    // (Its text may have been read meanwhile: an 'extracted' event may follow.)
    expect(missed.body.events.filter((e) => e.type === 'document.changed').map((e) => [e.data.documentId, e.data.change])).toContainEqual([
      documentId,
      'created',
    ]);
  });
});
