import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService, isUuid, jobScope, type NetworkScope } from '@hub/access';
import {
  type Actor,
  type AttachmentDto,
  CSV_BOM,
  csvLine,
  DomainError,
  DomainEvents,
  forbidden,
  HUB_CONFIG,
  type HubConfig,
  notFound,
  renderMarkdown,
  STOCKHOLM,
  stockholmClock,
  stockholmDate,
  validation,
} from '@hub/core';
import { DocumentsService } from '@hub/documents';
import { JobQueue } from '@hub/jobs';
import { MailQueue } from '@hub/mail';
import type {
  ActionItemDto,
  AgendaDto,
  AgendaItemDto,
  CreateActionItemDto,
  MeetingMailSettingDto,
  MeetingReportDto,
  MinutesDto,
  ProposeAgendaItemDto,
  UpdateActionItemDto,
  UpdateAgendaItemDto,
} from './cycle.dto';
import { type AgendaRow, CycleRepository, type MeetingFacts } from './cycle.repository';
import { type MeetingRow, MeetingsRepository } from './meetings.repository';
import { MEETING_MAIL_QUEUE, type MeetingMailJob, MeetingsService } from './meetings.service';
import { minutesPdf } from './minutes-pdf';

const GONE = 'Mötet finns inte eller är inte synligt för dig.';
const REMINDER_QUEUE = 'meeting-reminder';
const when = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, dateStyle: 'full', timeStyle: 'short' });

/** Planned start of each accepted item: the meeting's start plus the durations before it. */
function withTimes(rows: AgendaRow[], startsAt: Date): Array<AgendaRow & { startsAt: string | null }> {
  let clock: number | null = startsAt.getTime();
  return rows.map((r) => {
    if (r.status !== 'accepted') return { ...r, startsAt: null };
    const at = clock === null ? null : stockholmClock(new Date(clock));
    clock = clock !== null && r.durationMinutes ? clock + r.durationMinutes * 60_000 : null;
    return { ...r, startsAt: at };
  });
}

/**
 * The cycle around a meeting: agenda items, minutes with action items that carry over, the
 * e-mail that goes with it (invitation, change, cancellation, reminder, minutes) and the
 * secretariat's annual report.
 */
@Injectable()
export class MeetingCycleService implements OnModuleInit {
  constructor(
    private readonly repo: CycleRepository,
    private readonly meetings: MeetingsRepository,
    private readonly meetingsService: MeetingsService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly mail: MailQueue,
    private readonly jobs: JobQueue,
    private readonly documents: DocumentsService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  // ---- access -----------------------------------------------------------------------------

  private async scoped(
    actor: Actor,
    meetingId: string,
    permission: 'network.content.read' | 'network.content.write' | 'network.content.moderate',
  ): Promise<{ scope: NetworkScope; meeting: MeetingFacts }> {
    const networkId = isUuid(meetingId) ? await this.meetings.networkOfMeeting(meetingId.toLowerCase()) : null;
    const scope = await this.access.requireNetworkOf(actor, permission, networkId, GONE);
    const meeting = await this.repo.meeting(scope, meetingId.toLowerCase());
    if (!meeting) throw notFound(GONE);
    return { scope, meeting };
  }

  /** Coordinators, the secretariat and the meeting's note-taker (while a member) write the minutes. */
  private mayWriteMinutes(actor: Actor, scope: NetworkScope, meeting: MeetingFacts): boolean {
    return scope.manages || (meeting.noteTakerId === actor.personId && scope.membership !== null);
  }

  private async requireMinutesWriter(actor: Actor, meetingId: string): Promise<{ scope: NetworkScope; meeting: MeetingFacts }> {
    const found = await this.scoped(actor, meetingId, 'network.content.read');
    if (!this.mayWriteMinutes(actor, found.scope, found.meeting)) {
      throw forbidden('Minnesanteckningar skrivs av nätverkets samordnare och den som utsetts att föra anteckningar.');
    }
    if (found.scope.archived) throw forbidden('Nätverket är arkiverat.');
    return found;
  }

  // ---- agenda -----------------------------------------------------------------------------

  async agenda(actor: Actor, meetingId: string): Promise<AgendaDto> {
    const { scope, meeting } = await this.scoped(actor, meetingId, 'network.content.read');
    const manager = scope.manages;
    const rows = withTimes(await this.repo.agenda(scope, meeting.id), new Date(meeting.startsAt));
    const items: AgendaItemDto[] = rows.map((r) => ({
      ...r,
      canDelete: manager || (r.proposedBy?.id === actor.personId && r.status === 'proposed'),
    }));
    const open = !meeting.cancelled && new Date(meeting.startsAt) > new Date() && !scope.archived;
    return {
      items,
      carriedOver: await this.repo.carriedOver(scope, meeting),
      canPropose: open && (scope.membership !== null || actor.role === 'admin'),
      canManage: manager && !scope.archived,
    };
  }

  async propose(actor: Actor, meetingId: string, dto: ProposeAgendaItemDto): Promise<AgendaDto> {
    const { scope, meeting } = await this.scoped(actor, meetingId, 'network.content.write');
    if (meeting.cancelled) throw new DomainError('conflict', 'Mötet är inställt.');
    if (new Date(meeting.startsAt) <= new Date())
      throw new DomainError('conflict', 'Mötet har redan börjat; föreslå punkten till nästa möte.');
    const title = dto.title.trim();
    if (!title) throw validation([{ field: 'title', message: 'Ange en rubrik.' }]);
    await this.events.staging('agenda.changed', { networkId: scope.id, meetingId: meeting.id, byId: actor.personId, proposed: true }, (within) =>
      this.repo.proposeAgendaItem(scope, meeting.id, actor.personId, title, (dto.details ?? '').trim(), within),
    );
    return this.agenda(actor, meeting.id);
  }

  private async agendaItemScope(actor: Actor, itemId: string, permission: 'network.content.write' | 'network.content.moderate') {
    const item = isUuid(itemId) ? await this.repo.agendaItem(itemId.toLowerCase()) : null;
    const scope = await this.access.requireNetworkOf(actor, permission, item?.networkId ?? null, 'Punkten finns inte.');
    return { scope, item: item! };
  }

  async updateAgendaItem(actor: Actor, itemId: string, dto: UpdateAgendaItemDto): Promise<AgendaDto> {
    const { scope, item } = await this.agendaItemScope(actor, itemId, 'network.content.moderate');
    await this.events.staging('agenda.changed', { networkId: scope.id, meetingId: item.meetingId }, (within) =>
      this.repo.updateAgendaItem(
        scope,
        itemId.toLowerCase(),
        {
          title: dto.title?.trim() || undefined,
          details: dto.details?.trim(),
          status: dto.status,
          position: dto.position,
          durationMinutes: dto.durationMinutes,
        },
        within,
      ),
    );
    return this.agenda(actor, item.meetingId);
  }

  async deleteAgendaItem(actor: Actor, itemId: string): Promise<void> {
    const { scope, item } = await this.agendaItemScope(actor, itemId, 'network.content.write');
    const own = item.proposedBy === actor.personId && item.status === 'proposed';
    if (!own && !scope.manages) {
      throw forbidden('Bara den som föreslog punkten (innan den behandlats) och samordnarna kan ta bort den.');
    }
    await this.events.staging('agenda.changed', { networkId: scope.id, meetingId: item.meetingId }, (within) =>
      this.repo.deleteAgendaItem(scope, itemId.toLowerCase(), within),
    );
  }

  // ---- minutes and action items -------------------------------------------------------------

  async minutes(actor: Actor, meetingId: string): Promise<MinutesDto> {
    const { scope, meeting } = await this.scoped(actor, meetingId, 'network.content.read');
    const editor = this.mayWriteMinutes(actor, scope, meeting);
    const row = await this.repo.minutes(scope, meeting.id);
    const published = row?.publishedAt ? row : null;
    // Writers work on the draft; everyone else sees the text as it was last published.
    const text = !row
      ? null
      : editor
        ? { body: row.body, html: row.html }
        : published
          ? { body: published.publishedBody, html: published.publishedHtml }
          : null;
    return {
      meetingId: meeting.id,
      status: published ? 'published' : row?.body && editor ? 'draft' : 'none',
      body: text?.body ?? '',
      html: text?.html ?? '',
      publishedHtml: published?.publishedHtml ?? '',
      unpublishedChanges: editor && published !== null && row!.body !== published.publishedBody,
      publishedAt: row?.publishedAt ? new Date(row.publishedAt).toISOString() : null,
      publishedBy: row?.publishedAt ? row.publishedBy : null,
      documentId: row?.publishedAt ? row.documentId : null,
      noteTaker: meeting.noteTakerId ? await this.repo.person(meeting.noteTakerId) : null,
      actionItems: await this.repo.actionItems(scope, meeting.id),
      attachments: editor || published ? await this.documents.attachments(scope, await this.repo.minutesAttachmentIds(scope, meeting.id)) : [],
      canEdit: editor && !scope.archived,
    };
  }

  async saveMinutes(actor: Actor, meetingId: string, body: string, documentIds?: readonly string[]): Promise<MinutesDto> {
    const { scope, meeting } = await this.requireMinutesWriter(actor, meetingId);
    if (documentIds !== undefined) {
      const wanted = [...new Set(documentIds.map((id) => id.toLowerCase()))];
      const live = await this.documents.liveIds(scope, wanted);
      if (wanted.some((id) => !live.has(id))) {
        throw validation([{ field: 'documentIds', message: 'Bifoga bara dokument som finns i nätverkets bibliotek.' }]);
      }
      await this.repo.setMinutesAttachments(scope, meeting.id, wanted);
    }
    await this.repo.saveMinutes(scope, meeting.id, body, renderMarkdown(body), actor.personId);
    return this.minutes(actor, meeting.id);
  }

  /** Publishes: members are told (live and by e-mail), and the text goes into the library. */
  async publishMinutes(actor: Actor, meetingId: string): Promise<MinutesDto> {
    const { scope, meeting } = await this.requireMinutesWriter(actor, meetingId);
    const row = await this.repo.minutes(scope, meeting.id);
    if (!row?.body.trim()) throw new DomainError('conflict', 'Skriv minnesanteckningarna innan du publicerar dem.');
    const actions = await this.repo.actionItems(scope, meeting.id);
    const attachments = (await this.documents.attachments(scope, await this.repo.minutesAttachmentIds(scope, meeting.id))).filter(
      (a) => a.available,
    );
    const text = this.minutesText(meeting, row.body, actions, attachments);
    const baseName = `Minnesanteckningar ${meeting.title.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 150)} ${stockholmDate(new Date(meeting.startsAt))}`;
    const note = row.publishedAt ? 'Uppdaterade minnesanteckningar' : 'Publicerade minnesanteckningar';
    const documentId = await this.documents.keepText(actor, scope, `${baseName}.md`, text, row.documentId, note);
    // The same minutes as a PDF, for those who print or file them.
    const pdf = await minutesPdf(`Minnesanteckningar: ${meeting.title}`, text);
    const pdfDocumentId = await this.documents.keepText(actor, scope, `${baseName}.pdf`, pdf, row.pdfDocumentId, note);
    const first = row.publishedAt === null;
    // The members' notifications and the live event are made in the publishing transaction.
    await this.events.staging('minutes.published', { networkId: scope.id, meetingId: meeting.id, byId: actor.personId }, (within) =>
      this.repo.publishMinutes(scope, meeting.id, actor.personId, documentId, pdfDocumentId, within),
    );
    if (first) await this.mailMinutes(scope, meeting);
    return this.minutes(actor, meeting.id);
  }

  private minutesText(meeting: MeetingFacts, body: string, actions: ActionItemDto[], attachments: AttachmentDto[]): string {
    const lines = [
      `# Minnesanteckningar: ${meeting.title}`,
      '',
      `${meeting.networkName}, ${when.format(new Date(meeting.startsAt))}`,
      '',
      body.trim(),
      '',
    ];
    if (actions.length > 0) {
      lines.push('## Åtgärder', '');
      for (const a of actions)
        lines.push(`- ${a.title}${a.owner ? ` (ansvarig: ${a.owner.name})` : ''}${a.dueOn ? `, klart senast ${a.dueOn}` : ''}`);
      lines.push('');
    }
    if (attachments.length > 0) {
      lines.push('## Bilagor', '');
      for (const a of attachments) lines.push(`- [${a.title ?? 'Dokument'}](${this.config.publicUrl}/dokument/${a.id})`);
      lines.push('');
    }
    return lines.join('\n');
  }

  async setNoteTaker(actor: Actor, meetingId: string, personId: string | null): Promise<MinutesDto> {
    const { scope, meeting } = await this.scoped(actor, meetingId, 'network.content.moderate');
    if (personId && !(await this.repo.isMember(scope, personId.toLowerCase()))) {
      throw validation([{ field: 'personId', message: 'Välj någon som är medlem i nätverket.' }]);
    }
    await this.repo.setNoteTaker(scope, meeting.id, personId?.toLowerCase() ?? null);
    return this.minutes(actor, meeting.id);
  }

  private async checkOwner(scope: NetworkScope, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await this.repo.isMember(scope, ownerId.toLowerCase()))) {
      throw validation([{ field: 'ownerId', message: 'Den ansvariga ska vara medlem i nätverket.' }]);
    }
  }

  async createActionItem(actor: Actor, meetingId: string, dto: CreateActionItemDto): Promise<ActionItemDto> {
    const { scope, meeting } = await this.requireMinutesWriter(actor, meetingId);
    await this.checkOwner(scope, dto.ownerId);
    const title = dto.title.trim();
    if (!title) throw validation([{ field: 'title', message: 'Beskriv åtgärden.' }]);
    const ownerId = dto.ownerId?.toLowerCase() ?? null;
    const changed = { networkId: scope.id, meetingId: meeting.id, byId: actor.personId, actionOwnerId: ownerId };
    const id = await this.events.staging('agenda.changed', changed, (within) =>
      this.repo.createActionItem(
        scope,
        meeting.id,
        actor.personId,
        { title, ownerId, dueOn: dto.dueOn ?? null },
        within,
      ),
    );
    return this.repo.oneActionItem(scope, id);
  }

  /** Writers of the item's minutes change anything; its owner may mark it done. */
  async updateActionItem(actor: Actor, itemId: string, dto: UpdateActionItemDto): Promise<ActionItemDto> {
    const item = isUuid(itemId) ? await this.repo.actionItem(itemId.toLowerCase()) : null;
    const scope = await this.access.requireNetworkOf(actor, 'network.content.read', item?.networkId ?? null, 'Åtgärden finns inte.');
    const meeting = (await this.repo.meeting(scope, item!.meetingId))!;
    const writer = this.mayWriteMinutes(actor, scope, meeting) && !scope.archived;
    const onlyDone = dto.title === undefined && dto.ownerId === undefined && dto.dueOn === undefined;
    const owner = item!.ownerId === actor.personId && scope.membership !== null;
    if (!writer && !(owner && onlyDone))
      throw forbidden('Åtgärden ändras av samordnarna och den som för anteckningarna; den ansvariga kan markera den klar.');
    await this.checkOwner(scope, dto.ownerId);
    await this.events.staging('agenda.changed', { networkId: scope.id, meetingId: meeting.id }, (within) =>
      this.repo.updateActionItem(
        scope,
        itemId.toLowerCase(),
        actor.personId,
        {
          title: dto.title?.trim() || undefined,
          ownerId: dto.ownerId === undefined ? undefined : (dto.ownerId?.toLowerCase() ?? null),
          dueOn: dto.dueOn,
          done: dto.done,
        },
        within,
      ),
    );
    return this.repo.oneActionItem(scope, itemId.toLowerCase());
  }

  async networkActionItems(actor: Actor, networkIdOrSlug: string, status: 'open' | 'all'): Promise<ActionItemDto[]> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    return this.repo.networkActionItems(scope, status === 'open');
  }

  // ---- e-mail -------------------------------------------------------------------------------

  mailSettings(actor: Actor): Promise<MeetingMailSettingDto[]> {
    return this.repo.mailSettings(actor.personId);
  }

  async setMail(actor: Actor, networkIdOrSlug: string, enabled: boolean): Promise<MeetingMailSettingDto[]> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    if (scope.membership === null) throw forbidden('Inställningen gäller nätverk du är medlem i.');
    await this.repo.setMail(actor.personId, scope, enabled);
    return this.repo.mailSettings(actor.personId);
  }

  onModuleInit(): void {
    // Queued by MeetingsService in the same transaction as the change, so a restart loses none.
    this.jobs.register<MeetingMailJob>(MEETING_MAIL_QUEUE, { retryLimit: 5, retryDelay: 30, retryBackoff: true, batchSize: 5 }, (job) =>
      this.mailMeeting(job.meetingId, job.what),
    );
    this.jobs.register<{ meetingId: string; sequence: number }>(REMINDER_QUEUE, { retryLimit: 3, retryDelay: 60, batchSize: 5 }, (job) =>
      this.remind(job.meetingId, job.sequence).then(() => undefined),
    );
  }

  /** The accepted agenda as e-mail text, with planned times; empty when there is none yet. */
  private async agendaText(row: { id: string; networkId: string; startsAt: string | Date }): Promise<string> {
    const items = withTimes(await this.repo.agenda(jobScope(row.networkId), row.id), new Date(row.startsAt)).filter((i) => i.status === 'accepted');
    if (items.length === 0) return '';
    const lines = items.map(
      (i, n) => `${n + 1}. ${i.startsAt ? `${i.startsAt} ` : ''}${i.title}${i.durationMinutes ? ` (${i.durationMinutes} min)` : ''}`,
    );
    return `\n\nDagordning:\n${lines.join('\n')}`;
  }

  private footer(): string {
    return `\n\nDu får det här mejlet från Nätverkshubben som medlem i nätverket. Stäng av mötesmejl per nätverk här: ${this.config.publicUrl}/notiser\n`;
  }

  /** Invitation (everyone), change (those coming), cancellation (everyone), each with the .ics; then the reminder is planned. */
  private async mailMeeting(meetingId: string, what: 'announced' | 'updated' | 'cancelled'): Promise<void> {
    // One read of the meeting and its agenda for all recipients; only the ATTENDEE line differs.
    const row = await this.meetings.byId(meetingId);
    if (!row) return;
    const recipients = await this.repo.mailRecipients(jobScope(row.networkId), meetingId, what === 'updated' ? 'coming' : 'members');
    const method = what === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const link = `${this.config.publicUrl}/moten/${row.id}`;
    const place = [row.location, row.videoUrl ? `Video: ${row.videoUrl}` : ''].filter(Boolean).join('\n');
    const subject = {
      announced: `Inbjudan: ${row.title} (${row.networkName})`,
      updated: `Ändrat möte: ${row.title} (${row.networkName})`,
      cancelled: `Inställt: ${row.title} (${row.networkName})`,
    }[what];
    const intro = {
      announced: `Du är inbjuden till ett möte i ${row.networkName}.`,
      updated: `Mötet du har svarat på i ${row.networkName} har ändrats.`,
      cancelled: `Mötet i ${row.networkName} är inställt.`,
    }[what];
    const agenda = what === 'cancelled' ? '' : await this.agendaText(row);
    for (const person of recipients) {
      const text = `Hej ${person.name}!\n\n${intro}\n\n${row.title}\n${when.format(new Date(row.startsAt))}${place ? `\n${place}` : ''}${agenda}\n\n${what === 'cancelled' ? '' : `Svara och se dagordningen: ${link}`}${this.footer()}`;
      await this.mail.enqueue(
        { to: person.email, subject, text, calendar: { method, content: this.meetingsService.icsForMail(row, method, person) } },
        `meeting-${what}:${row.id}:${row.sequence}:${person.id}`,
      );
    }
    if (what !== 'cancelled') await this.planReminder(row);
  }

  /** One reminder job per version of the meeting, 24 hours before it starts. */
  private async planReminder(row: MeetingRow): Promise<void> {
    if (row.cancelled) return;
    const meetingId = row.id;
    const at = new Date(new Date(row.startsAt).getTime() - 24 * 3600_000);
    if (at <= new Date()) return;
    await this.jobs.send(
      REMINDER_QUEUE,
      { meetingId, sequence: row.sequence },
      { singletonKey: `${meetingId}:${row.sequence}`, startAt: at },
    );
  }

  /** Sends the reminder unless the meeting changed since the job was planned or was cancelled. */
  async remind(meetingId: string, sequence: number): Promise<number> {
    const row = await this.meetings.byId(meetingId);
    if (!row || row.cancelled || row.sequence !== sequence || new Date(row.startsAt) <= new Date()) return 0;
    const people = await this.repo.mailRecipients(jobScope(row.networkId), meetingId, 'coming');
    const agenda = await this.agendaText(row);
    for (const person of people) {
      const place = [row.location, row.videoUrl ? `Video: ${row.videoUrl}` : ''].filter(Boolean).join('\n');
      await this.mail.enqueue(
        {
          to: person.email,
          subject: `Påminnelse: ${row.title} i morgon`,
          text: `Hej ${person.name}!\n\nPåminnelse om mötet i ${row.networkName}:\n\n${row.title}\n${when.format(new Date(row.startsAt))}${place ? `\n${place}` : ''}${agenda}\n\nDagordning och ditt svar: ${this.config.publicUrl}/moten/${row.id}${this.footer()}`,
        },
        `meeting-reminder:${row.id}:${row.sequence}:${person.id}`,
      );
    }
    return people.length;
  }

  private async mailMinutes(scope: NetworkScope, meeting: MeetingFacts): Promise<void> {
    for (const person of await this.repo.mailRecipients(scope, meeting.id, 'members')) {
      await this.mail.enqueue(
        {
          to: person.email,
          subject: `Minnesanteckningar: ${meeting.title} (${meeting.networkName})`,
          text: `Hej ${person.name}!\n\nMinnesanteckningarna från ${meeting.title} (${when.format(new Date(meeting.startsAt))}) är publicerade.\n\nLäs dem här: ${this.config.publicUrl}/moten/${meeting.id}${this.footer()}`,
        },
        `meeting-minutes:${meeting.id}:${person.id}`,
      );
    }
  }

  // ---- the secretariat's annual report -------------------------------------------------------

  async report(year: number): Promise<MeetingReportDto> {
    return { year, networks: await this.repo.report(year) };
  }

  /** CSV for Excel: UTF-8 with BOM, semicolons, one row per network and municipality. */
  async reportCsv(year: number): Promise<string> {
    const { networks } = await this.report(year);
    const rows = [
      [
        'År',
        'Nätverk',
        'Möten genomförda',
        'Inställda möten',
        'Deltagare totalt',
        'Kommun/organisation',
        'Deltagare',
        'Publicerade minnesanteckningar',
        'Öppna åtgärder',
      ],
    ];
    for (const n of networks) {
      const base = [String(year), n.networkName, String(n.meetingsHeld), String(n.meetingsCancelled), String(n.attendance)];
      const tail = [String(n.minutesPublished), String(n.openActionItems)];
      if (n.byMunicipality.length === 0) rows.push([...base, '', '0', ...tail]);
      for (const m of n.byMunicipality) rows.push([...base, m.municipality, String(m.attendees), ...tail]);
    }
    return CSV_BOM + rows.map(csvLine).join('');
  }
}
