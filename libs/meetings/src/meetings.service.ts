import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AccessService, isUuid, type JobScope, type NetworkScope } from '@hub/access';
import {
  type Actor,
  DomainError,
  DomainEvents,
  forbidden,
  HUB_CONFIG,
  type HubConfig,
  notFound,
  renderMarkdown,
  type StagedEvents,
  validation,
} from '@hub/core';
import { JobQueue } from '@hub/jobs';
import type { EntityManager } from 'typeorm';
import { calendar, type IcsEvent } from './ics';
import type {
  AttendeeGroupDto,
  CalendarQueryDto,
  CalendarFeedDto,
  CreatedCalendarFeedDto,
  CreateMeetingDto,
  MeetingDto,
  MeetingsQueryDto,
  RsvpDto,
  UpdateMeetingDto,
} from './meetings.dto';
import { type Also, type MeetingFields, type MeetingRow, MeetingsRepository } from './meetings.repository';

const GONE = 'Mötet finns inte eller är inte synligt för dig.';
/** Invitation, change and cancellation e-mail: queued in the change's own transaction. */
export const MEETING_MAIL_QUEUE = 'meeting-mail';
export type MeetingMailJob = { meetingId: string; what: 'announced' | 'updated' | 'cancelled' };
const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class MeetingsService {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  /**
   * What a meeting's change does inside its own transaction: queue the e-mail to the calendars and
   * stage its domain event (the live event and the members' notifications are then made on the
   * same transaction: they exist exactly when the change does). `staged.publish()` after the commit.
   */
  private within(
    what: MeetingMailJob['what'],
    event: 'meeting.announced' | 'meeting.updated' | 'meeting.cancelled',
    networkId: string,
    byId: string,
    staged: StagedEvents,
  ): Also {
    return async (m, meetingId) => {
      await this.jobs.sendWithin<MeetingMailJob>(m, MEETING_MAIL_QUEUE, { meetingId, what });
      await staged.stage(m, event, { networkId, meetingId, byId });
    };
  }

  /** Without a scope (the calendar across networks) the meeting page decides; only the secretariat's right needs no network. */
  private view(row: MeetingRow, actor: Actor, scope: Pick<NetworkScope, 'manages'> | null): MeetingDto {
    const { sequence: _s, updatedAt: _u, organizerEmail: _e, ...meeting } = row;
    return { ...meeting, canManage: scope ? scope.manages : actor.role === 'admin' };
  }

  private async scopeOfMeeting(
    actor: Actor,
    meetingId: string,
    permission: 'network.content.read' | 'network.content.moderate',
  ): Promise<NetworkScope> {
    const networkId = isUuid(meetingId) ? await this.repo.networkOfMeeting(meetingId.toLowerCase()) : null;
    return this.access.requireNetworkOf(actor, permission, networkId, GONE);
  }

  private fields(
    dto: Required<Omit<CreateMeetingDto, 'capacity' | 'rsvpDeadline'>> & Pick<CreateMeetingDto, 'capacity' | 'rsvpDeadline'>,
  ): MeetingFields {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const rsvpDeadline = dto.rsvpDeadline ? new Date(dto.rsvpDeadline) : null;
    if (endsAt <= startsAt) throw validation([{ field: 'endsAt', message: 'Mötet måste sluta efter att det börjar.' }]);
    if (endsAt.getTime() - startsAt.getTime() > 7 * 24 * 3600_000)
      throw validation([{ field: 'endsAt', message: 'Ett möte kan vara högst sju dygn.' }]);
    if (rsvpDeadline && rsvpDeadline > startsAt)
      throw validation([{ field: 'rsvpDeadline', message: 'Sista svarsdag måste vara före mötet.' }]);
    if (dto.title.trim() === '') throw validation([{ field: 'title', message: 'Ange en rubrik.' }]);
    return {
      title: dto.title.trim(),
      description: dto.description,
      descriptionHtml: renderMarkdown(dto.description),
      startsAt,
      endsAt,
      location: dto.location.trim(),
      videoUrl: dto.videoUrl.trim(),
      capacity: dto.capacity ?? null,
      rsvpDeadline,
    };
  }

  async list(actor: Actor, networkIdOrSlug: string, query: MeetingsQueryDto): Promise<MeetingDto[]> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    return (await this.repo.list(scope, actor.personId, query.when ?? 'upcoming')).map((r) => this.view(r, actor, scope));
  }

  async create(actor: Actor, networkIdOrSlug: string, dto: CreateMeetingDto): Promise<MeetingDto> {
    const scope = await this.access.requireNetwork(actor, 'network.content.moderate', networkIdOrSlug);
    if (scope.archived) throw forbidden('Nätverket är arkiverat.');
    const staged = this.events.batch();
    const id = await this.repo.create(
      scope,
      actor.personId,
      this.fields({ description: '', location: '', videoUrl: '', ...dto }),
      this.within('announced', 'meeting.announced', scope.id, actor.personId, staged),
    );
    staged.publish();
    return this.view((await this.repo.one(scope, actor.personId, id))!, actor, scope);
  }

  async get(actor: Actor, meetingId: string): Promise<MeetingDto> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.read');
    const row = await this.repo.one(scope, actor.personId, meetingId.toLowerCase());
    if (!row) throw notFound(GONE);
    return this.view(row, actor, scope);
  }

  async update(actor: Actor, meetingId: string, dto: UpdateMeetingDto): Promise<MeetingDto> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.moderate');
    const id = meetingId.toLowerCase();
    const row = await this.repo.one(scope, actor.personId, id);
    if (!row) throw notFound(GONE);
    if (row.cancelled) throw new DomainError('conflict', 'Mötet är inställt.');
    const merged = {
      title: dto.title ?? row.title,
      description: dto.description ?? row.description,
      startsAt: dto.startsAt ?? new Date(row.startsAt).toISOString(),
      endsAt: dto.endsAt ?? new Date(row.endsAt).toISOString(),
      location: dto.location ?? row.location,
      videoUrl: dto.videoUrl ?? row.videoUrl,
      capacity: dto.capacity === undefined ? row.capacity : dto.capacity,
      rsvpDeadline:
        dto.rsvpDeadline === undefined ? (row.rsvpDeadline ? new Date(row.rsvpDeadline).toISOString() : null) : dto.rsvpDeadline,
    };
    const staged = this.events.batch();
    await this.repo.update(scope, id, this.fields(merged), this.within('updated', 'meeting.updated', scope.id, actor.personId, staged));
    staged.publish();
    return this.view((await this.repo.one(scope, actor.personId, id))!, actor, scope);
  }

  /** Cancelled, not deleted: calendars show it as cancelled (STATUS:CANCELLED). */
  async cancel(actor: Actor, meetingId: string): Promise<void> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.moderate');
    const staged = this.events.batch();
    if (
      !(await this.repo.cancel(
        scope,
        meetingId.toLowerCase(),
        this.within('cancelled', 'meeting.cancelled', scope.id, actor.personId, staged),
      ))
    )
      throw new DomainError('conflict', 'Mötet är redan inställt.');
    staged.publish();
  }

  async rsvp(actor: Actor, meetingId: string, dto: RsvpDto): Promise<MeetingDto> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.read');
    if (scope.membership === null) throw forbidden('Gå med i nätverket för att svara på möten.');
    const id = meetingId.toLowerCase();
    const row = await this.repo.one(scope, actor.personId, id);
    if (!row) throw notFound(GONE);
    if (row.cancelled) throw new DomainError('conflict', 'Mötet är inställt.');
    if (new Date(row.endsAt) < new Date()) throw new DomainError('conflict', 'Mötet har redan varit.');
    if (row.rsvpDeadline && new Date(row.rsvpDeadline) < new Date()) throw new DomainError('conflict', 'Sista svarsdag har passerat.');
    await this.events.staging('rsvp.changed', { networkId: scope.id, meetingId: id }, (within) =>
      this.repo.answer(scope, id, actor.personId, dto.answer, dto.comment?.trim() ?? '', within),
    );
    return this.view((await this.repo.one(scope, actor.personId, id))!, actor, scope);
  }

  async attendees(actor: Actor, meetingId: string): Promise<AttendeeGroupDto[]> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.moderate');
    return this.repo.attendees(scope, meetingId.toLowerCase());
  }

  /** Upcoming meetings across all my networks, with my answers. */
  async calendar(actor: Actor, range: CalendarQueryDto = {}): Promise<MeetingDto[]> {
    const networks = await this.repo.memberships(actor.personId);
    if (range.from || range.to) {
      const from = range.from ? new Date(range.from) : new Date();
      const to = range.to ? new Date(range.to) : new Date(from.getTime() + 366 * 24 * 3600_000);
      if (to <= from) throw validation([{ field: 'to', message: 'Slutet måste komma efter början.' }]);
      if (to.getTime() - from.getTime() > 400 * 24 * 3600_000) throw validation([{ field: 'to', message: 'Högst ett år åt gången.' }]);
      return (await this.repo.inRange(actor.personId, networks, from, to)).map((r) => this.view(r, actor, null));
    }
    return (await this.repo.forNetworks(actor.personId, networks, 0)).map((r) => this.view(r, actor, null));
  }

  private ics(row: MeetingRow): IcsEvent {
    return {
      uid: `${row.id}@natverkshubben`,
      sequence: row.sequence,
      summary: row.title,
      description: [row.description, row.videoUrl ? `Video: ${row.videoUrl}` : ''].filter(Boolean).join('\n\n'),
      location: row.location || row.videoUrl,
      url: `${this.config.publicUrl}/natverk/${row.networkSlug}/moten/${row.id}`,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      updatedAt: new Date(row.updatedAt),
      cancelled: row.cancelled,
      organizer: row.organizerName && row.organizerEmail ? { name: row.organizerName, email: row.organizerEmail } : null,
    };
  }

  /**
   * The iCalendar of one meeting for an e-mail to one person (no access check: the mailer picks
   * the recipients from the network's members).
   */
  icsForMail(row: MeetingRow, method: 'REQUEST' | 'CANCEL', attendee: { name: string; email: string }): string {
    return calendar(row.title, [{ ...this.ics(row), attendee }], method);
  }

  async icsOf(actor: Actor, meetingId: string): Promise<string> {
    const scope = await this.scopeOfMeeting(actor, meetingId, 'network.content.read');
    const row = await this.repo.one(scope, actor.personId, meetingId.toLowerCase());
    if (!row) throw notFound(GONE);
    return calendar(row.title, [this.ics(row)]);
  }

  async createFeed(actor: Actor, networkId: string | undefined): Promise<CreatedCalendarFeedDto> {
    let scoped: string | null = null;
    if (networkId) {
      const scope = await this.access.requireNetwork(actor, 'network.content.read', networkId);
      if (scope.membership === null) throw forbidden('Kalenderflöden finns för nätverk du är medlem i.');
      scoped = scope.id;
    }
    const token = randomBytes(32).toString('base64url');
    const feed = await this.repo.createFeed(actor.personId, scoped, hash(token));
    return { ...feed, url: `${this.config.publicUrl}/api/v1/calendar/feeds/${token}.ics` };
  }

  feeds(actor: Actor): Promise<CalendarFeedDto[]> {
    return this.repo.feeds(actor.personId);
  }

  async revokeFeed(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo.revokeFeed(actor.personId, id))) throw notFound('Kalenderflödet finns inte.');
  }

  /**
   * A subscribed calendar (no sign-in possible): only meetings of networks the token's person is a
   * member of right now, so leaving a network empties its part of the feed.
   */
  async feedIcs(token: string): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.repo.feedByToken(hash(token)) : null;
    if (!feed) throw notFound('Kalenderflödet finns inte eller är återkallat.');
    const memberships = await this.repo.memberships(feed.personId);
    const networks = feed.networkId ? memberships.filter((id) => id === feed.networkId) : memberships;
    const rows = await this.repo.forNetworks(feed.personId, networks, 60);
    return calendar(
      feed.networkId ? (rows[0]?.networkName ?? 'Nätverkshubben') : 'Nätverkshubben',
      rows.map((r) => this.ics(r)),
    );
  }

  /** Who answered yes or maybe, for the notifications made on the meeting change's own transaction `m`. */
  coming(scope: JobScope, meetingId: string, m: EntityManager): Promise<string[]> {
    return this.repo.coming(scope, meetingId, m);
  }
}
