import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobScope, NetworkScope } from '@hub/access';
import type { Within } from '@hub/core';
import type { Answer, AttendeeGroupDto, CalendarFeedDto, MeetingDto } from './meetings.dto';

export type MeetingRow = Omit<MeetingDto, 'canManage'> & { sequence: number; updatedAt: string; organizerEmail: string | null };

const MEETING_SELECT = `
  SELECT m.id, n.id AS "networkId", n.slug AS "networkSlug", n.name AS "networkName", m.title, m.description,
         m.description_html AS "descriptionHtml", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, m.video_url AS "videoUrl",
         m.capacity, m.rsvp_deadline AS "rsvpDeadline", m.cancelled_at IS NOT NULL AS cancelled, o.name AS "organizerName", o.email AS "organizerEmail",
         m.sequence, m.updated_at AS "updatedAt",
         json_build_object(
           'yes', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'yes' AND NOT r.waitlisted),
           'no', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'no'),
           'maybe', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.answer = 'maybe'),
           'waitlisted', (SELECT count(*)::int FROM rsvp r WHERE r.meeting_id = m.id AND r.waitlisted)) AS counts,
         (SELECT json_build_object('answer', r.answer, 'waitlisted', r.waitlisted, 'comment', r.comment) FROM rsvp r WHERE r.meeting_id = m.id AND r.person_id = $1) AS "myAnswer"
    FROM meeting m JOIN network n ON n.id = m.network_id LEFT JOIN person o ON o.id = m.organizer_id`;

export interface MeetingFields {
  title: string;
  description: string;
  descriptionHtml: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  capacity: number | null;
  rsvpDeadline: Date | null;
}

/** Work done in the same transaction as a change to a meeting. */
export type Also = (m: EntityManager, meetingId: string) => Promise<void>;
const noop: Also = () => Promise.resolve();

@Injectable()
export class MeetingsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Who answered yes or maybe to the meeting, read on the change's own transaction `m` by the
   * notifications that follow it (background work answering no person: `JobScope`).
   */
  async coming(scope: JobScope, meetingId: string, m: EntityManager): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT r.person_id FROM rsvp r JOIN meeting mt ON mt.id = r.meeting_id
        WHERE r.meeting_id = $1 AND mt.network_id = $2 AND r.answer IN ('yes', 'maybe')`,
      [meetingId, scope.id],
    );
    return rows.map((r) => r.person_id);
  }

  /** A meeting by id alone, for background work (mail, reminders) that has no viewer. */
  async byId(meetingId: string): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await this.db.query(`${MEETING_SELECT} WHERE m.id = $2`, [null, meetingId]);
    return rows[0] ?? null;
  }

  async networkOfMeeting(meetingId: string): Promise<string | null> {
    const rows: Array<{ network_id: string }> = await this.db.query(`SELECT network_id FROM meeting WHERE id = $1`, [meetingId]);
    return rows[0]?.network_id ?? null;
  }

  async list(scope: NetworkScope, viewerId: string, when: 'upcoming' | 'past'): Promise<MeetingRow[]> {
    return this.db.query(
      `${MEETING_SELECT} WHERE m.network_id = $2 AND ${when === 'upcoming' ? 'm.ends_at >= now() ORDER BY m.starts_at' : 'm.ends_at < now() ORDER BY m.starts_at DESC'} LIMIT 200`,
      [viewerId, scope.id],
    );
  }

  async one(scope: NetworkScope, viewerId: string, meetingId: string): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await this.db.query(`${MEETING_SELECT} WHERE m.id = $2 AND m.network_id = $3`, [
      viewerId,
      meetingId,
      scope.id,
    ]);
    return rows[0] ?? null;
  }

  /** Upcoming meetings of the given networks (a person's calendar or a feed). */
  async forNetworks(viewerId: string, networkIds: readonly string[], includePastDays: number): Promise<MeetingRow[]> {
    if (networkIds.length === 0) return [];
    return this.db.query(
      `${MEETING_SELECT} WHERE m.network_id = ANY($2::uuid[]) AND m.ends_at >= now() - make_interval(days => $3) ORDER BY m.starts_at LIMIT 5000`,
      [viewerId, networkIds, includePastDays],
    );
  }

  /** Meetings of the given networks that overlap [from, to) (a month in the calendar). */
  async inRange(viewerId: string, networkIds: readonly string[], from: Date, to: Date): Promise<MeetingRow[]> {
    if (networkIds.length === 0) return [];
    return this.db.query(
      `${MEETING_SELECT} WHERE m.network_id = ANY($2::uuid[]) AND m.ends_at > $3 AND m.starts_at < $4 ORDER BY m.starts_at LIMIT 2000`,
      [viewerId, networkIds, from, to],
    );
  }

  /** `also` runs in the same transaction with the new id (queuing the invitations). */
  async create(scope: NetworkScope, organizerId: string, f: MeetingFields, also: Also = noop): Promise<string> {
    return this.db.transaction(async (m) => {
      const id = await this.insert(m, scope, organizerId, f);
      await also(m, id);
      return id;
    });
  }

  private async insert(m: EntityManager, scope: NetworkScope, organizerId: string, f: MeetingFields): Promise<string> {
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO meeting (network_id, organizer_id, title, description, description_html, starts_at, ends_at, location, video_url, capacity, rsvp_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        scope.id,
        organizerId,
        f.title,
        f.description,
        f.descriptionHtml,
        f.startsAt,
        f.endsAt,
        f.location,
        f.videoUrl,
        f.capacity,
        f.rsvpDeadline,
      ],
    );
    return rows[0]!.id;
  }

  /** Every change raises SEQUENCE, so calendar clients update the event rather than duplicate it. */
  async update(scope: NetworkScope, meetingId: string, f: MeetingFields, also: Also = noop): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(
        `UPDATE meeting SET title = $3, description = $4, description_html = $5, starts_at = $6, ends_at = $7, location = $8, video_url = $9,
                capacity = $10, rsvp_deadline = $11, sequence = sequence + 1, updated_at = now()
          WHERE id = $1 AND network_id = $2`,
        [
          meetingId,
          scope.id,
          f.title,
          f.description,
          f.descriptionHtml,
          f.startsAt,
          f.endsAt,
          f.location,
          f.videoUrl,
          f.capacity,
          f.rsvpDeadline,
        ],
      );
      await this.rebalance(m, meetingId);
      await also(m, meetingId);
    });
  }

  async cancel(scope: NetworkScope, meetingId: string, also: Also = noop): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const result: [unknown[], number] = await m.query(
        `UPDATE meeting SET cancelled_at = now(), sequence = sequence + 1, updated_at = now() WHERE id = $1 AND network_id = $2 AND cancelled_at IS NULL`,
        [meetingId, scope.id],
      );
      if (result[1] === 0) return false;
      await also(m, meetingId);
      return true;
    });
  }

  /**
   * Records an answer under a lock on the meeting: a yes beyond the capacity goes on the waiting list,
   * and a seat freed by someone's change is given to the first on the list.
   */
  async answer(scope: NetworkScope, meetingId: string, personId: string, answer: Answer, comment: string, within: Within): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM meeting WHERE id = $1 AND network_id = $2 FOR UPDATE`, [meetingId, scope.id]);
      const [previous]: Array<{ answer: Answer; waitlisted: boolean }> = await m.query(
        `SELECT answer, waitlisted FROM rsvp WHERE meeting_id = $1 AND person_id = $2`,
        [meetingId, personId],
      );
      const keepPlace = previous?.answer === 'yes' && answer === 'yes';
      await m.query(
        `INSERT INTO rsvp (meeting_id, person_id, answer, waitlisted, comment, answered_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET answer = EXCLUDED.answer, comment = EXCLUDED.comment,
           waitlisted = CASE WHEN $6 THEN rsvp.waitlisted ELSE EXCLUDED.waitlisted END,
           answered_at = CASE WHEN $6 THEN rsvp.answered_at ELSE now() END`,
        [meetingId, personId, answer, answer === 'yes', comment, keepPlace],
      );
      await this.rebalance(m, meetingId);
      await within(m);
    });
  }

  /** Seats the waiting list in answer order up to the capacity (or everyone, without one). */
  private async rebalance(m: { query: DataSource['query'] }, meetingId: string): Promise<void> {
    await m.query(
      `WITH ordered AS (
         SELECT r.person_id, row_number() OVER (ORDER BY r.waitlisted, r.answered_at, r.person_id) AS place
           FROM rsvp r WHERE r.meeting_id = $1 AND r.answer = 'yes')
       UPDATE rsvp r SET waitlisted = (mt.capacity IS NOT NULL AND o.place > mt.capacity)
         FROM ordered o, meeting mt
        WHERE r.meeting_id = $1 AND r.person_id = o.person_id AND mt.id = $1`,
      [meetingId],
    );
  }

  async attendees(scope: NetworkScope, meetingId: string): Promise<AttendeeGroupDto[]> {
    const rows: Array<{ id: string; name: string; answer: Answer; waitlisted: boolean; comment: string; affiliation: string }> =
      await this.db.query(
        `SELECT p.id, p.name, r.answer, r.waitlisted, r.comment, COALESCE(mu.name, p.organisation, 'Okänd') AS affiliation
         FROM rsvp r JOIN meeting m ON m.id = r.meeting_id JOIN person p ON p.id = r.person_id LEFT JOIN municipality mu ON mu.id = p.municipality_id
        WHERE r.meeting_id = $1 AND m.network_id = $2
        ORDER BY COALESCE(mu.position, 100), affiliation, r.waitlisted, r.answered_at`,
        [meetingId, scope.id],
      );
    const groups = new Map<string, AttendeeGroupDto['people']>();
    for (const { affiliation, ...person } of rows) groups.set(affiliation, [...(groups.get(affiliation) ?? []), person]);
    return [...groups.entries()].map(([affiliation, people]) => ({ affiliation, people }));
  }

  async createFeed(personId: string, networkId: string | null, tokenHash: string): Promise<CalendarFeedDto> {
    const rows: CalendarFeedDto[] = await this.db.query(
      `WITH t AS (INSERT INTO calendar_token (person_id, network_id, token_hash) VALUES ($1, $2, $3) RETURNING id, network_id, created_at)
       SELECT t.id, n.name AS "networkName", t.created_at AS "createdAt" FROM t LEFT JOIN network n ON n.id = t.network_id`,
      [personId, networkId, tokenHash],
    );
    return rows[0]!;
  }

  async feeds(personId: string): Promise<CalendarFeedDto[]> {
    return this.db.query(
      `SELECT t.id, n.name AS "networkName", t.created_at AS "createdAt" FROM calendar_token t LEFT JOIN network n ON n.id = t.network_id
        WHERE t.person_id = $1 AND t.revoked_at IS NULL ORDER BY t.created_at DESC`,
      [personId],
    );
  }

  async revokeFeed(personId: string, id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE calendar_token SET revoked_at = now() WHERE id = $1 AND person_id = $2 AND revoked_at IS NULL`,
      [id, personId],
    );
    return result[1] > 0;
  }

  /** The feed behind a token, with its person's role, if the token and the person are still valid. */
  async feedByToken(tokenHash: string): Promise<{ personId: string; role: 'admin' | 'member' | 'guest'; networkId: string | null } | null> {
    const rows: Array<{ person_id: string; role: 'admin' | 'member' | 'guest'; network_id: string | null }> = await this.db.query(
      `SELECT t.person_id, p.role, t.network_id FROM calendar_token t JOIN person p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.disabled_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { personId: row.person_id, role: row.role, networkId: row.network_id } : null;
  }

  async memberships(personId: string): Promise<string[]> {
    const rows: Array<{ network_id: string }> = await this.db.query(
      `SELECT m.network_id FROM membership m JOIN network n ON n.id = m.network_id WHERE m.person_id = $1 AND n.archived_at IS NULL`,
      [personId],
    );
    return rows.map((r) => r.network_id);
  }
}
