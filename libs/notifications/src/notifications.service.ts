import { Inject, Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { AccessService, jobScope } from '@hub/access';
import {
  type Actor,
  decodeCursor,
  DomainEvents,
  encodeCursor,
  forbidden,
  HUB_CONFIG,
  type HubConfig,
  ONLINE_CHECK,
  type OnlineCheck,
  validation,
} from '@hub/core';
import { FeedService } from '@hub/feed';
import { JobQueue } from '@hub/jobs';
import { MailQueue } from '@hub/mail';
import { MeetingsService } from '@hub/meetings';
import type { EntityManager } from 'typeorm';
import type {
  Level,
  MarkNotificationsReadDto,
  NotificationPageDto,
  NotificationQueryDto,
  NotificationSettingDto,
} from './notifications.dto';
import { type Created, type NotificationKind, NotificationsRepository } from './notifications.repository';

/** The e-mail for mentions and announcements, queued with the notifications it follows. */
interface NotificationMailJob {
  kind: 'mention' | 'announcement';
  networkId: string;
  postId: string;
  actorId: string;
  personIds: string[];
}
const NOTIFICATION_MAIL_QUEUE = 'notification-mail';

/** In-app notifications, made from domain events; each one announced live to its person. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger('NotificationsService');

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly queue: MailQueue,
    private readonly jobs: JobQueue,
    private readonly feed: FeedService,
    private readonly meetings: MeetingsService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Optional() @Inject(ONLINE_CHECK) private readonly online?: OnlineCheck,
  ) {}

  /**
   * Inserts the notifications and stages one `notifications.created` for them in the same transaction
   * (the live badge's event is in the event log exactly when the notification exists).
   */
  private async notify(
    kind: NotificationKind,
    recipients: readonly string[],
    n: { networkId: string; postId: string | null; commentId: string | null; actorId: string | null; meetingId?: string },
    manager?: EntityManager,
  ): Promise<{ created: Created[]; publish: () => void }> {
    const staged = this.events.batch();
    const created = await this.repo.notify(
      jobScope(n.networkId),
      kind,
      recipients,
      n,
      async (m, rows) => {
        await staged.stage(m, 'notifications.created', {
          items: rows.map((c) => ({ personId: c.personId, notificationId: c.id, kind: c.kind })),
        });
      },
      manager,
    );
    if (!manager) staged.publish();
    return { created, publish: () => staged.publish() };
  }

  /**
   * Notifications of a change made inside that change's transaction (`manager`; absent when the
   * event was raised outside one, and then in one transaction of their own just after it): they,
   * their live events and the job that e-mails them exist exactly when the post, comment, join
   * request, meeting change or published minutes do, so a restart right after the commit loses none.
   */
  private async durable(
    kind: NotificationKind,
    recipients: (m: EntityManager) => Promise<readonly string[]>,
    n: { networkId: string; postId: string | null; commentId: string | null; actorId: string | null; meetingId?: string },
    manager: EntityManager | undefined,
  ): Promise<(() => void) | void> {
    const work = async (m: EntityManager): Promise<() => void> => {
      const { created, publish } = await this.notify(kind, await recipients(m), n, m);
      // Mentions and announcements are also e-mailed (to those not online when the job runs).
      if ((kind === 'mention' || kind === 'announcement') && n.postId !== null && n.actorId !== null && created.length > 0) {
        await this.jobs.sendWithin<NotificationMailJob>(m, NOTIFICATION_MAIL_QUEUE, {
          kind,
          networkId: n.networkId,
          postId: n.postId,
          actorId: n.actorId,
          personIds: created.map((c) => c.personId),
        });
      }
      return publish;
    };
    if (manager) return work(manager);
    (await this.repo.transaction(work))();
  }

  /**
   * Mentions and announcements also go by e-mail, to those the notification reached who are not
   * online now (someone in the hub sees the live badge instead).
   */
  private async mail({ kind, personIds, networkId, postId, actorId }: NotificationMailJob): Promise<void> {
    if (personIds.length === 0) return;
    const info = await this.repo.mailInfo(personIds, networkId, actorId);
    const link = `${this.config.publicUrl}/inlagg/${postId}`;
    for (const person of info.people) {
      if (await this.online?.isOnline(person.id).catch(() => false)) continue;
      const subject = kind === 'mention' ? `${info.actor ?? 'Någon'} nämnde dig i ${info.network}` : `Nytt meddelande i ${info.network}`;
      const what =
        kind === 'mention'
          ? `${info.actor ?? 'Någon'} nämnde dig i ett inlägg i ${info.network}.`
          : `${info.actor ?? 'Samordnaren'} har skrivit ett meddelande i ${info.network}.`;
      const text = `Hej ${person.name}!\n\n${what}\n\nLäs det här: ${link}\n\nDu får det här mejlet från Nätverkshubben. Välj vad du vill få per nätverk: ${this.config.publicUrl}/notiser\n`;
      await this.queue.enqueue({ to: person.email, subject, text }, `${kind}:${postId}:${person.id}`);
    }
  }

  onModuleInit(): void {
    this.jobs.register<NotificationMailJob>(NOTIFICATION_MAIL_QUEUE, { retryLimit: 5, retryDelay: 10, retryBackoff: true }, (job) =>
      this.mail(job),
    );
    this.events.onWithin('post.mentioned', ({ networkId, postId, commentId, personIds, byId }, manager) =>
      this.durable('mention', async () => personIds, { networkId, postId, commentId, actorId: byId }, manager),
    );
    this.events.onWithin('comment.created', ({ networkId, postId, commentId, authorId }, manager) =>
      this.durable(
        'reply',
        (m) => this.feed.replyRecipients(jobScope(networkId), postId, commentId, m),
        { networkId, postId, commentId, actorId: authorId },
        manager,
      ),
    );
    this.events.onWithin('post.created', async ({ networkId, postId, authorId, announcement }, manager) => {
      if (!announcement) return;
      return this.durable(
        'announcement',
        (m) => this.repo.networkMembers(jobScope(networkId), m),
        { networkId, postId, commentId: null, actorId: authorId },
        manager,
      );
    });
    this.events.onWithin('network.join.requested', ({ networkId, personId }, manager) =>
      this.durable(
        'join_request',
        (m) => this.repo.coordinators(jobScope(networkId), m),
        { networkId, postId: null, commentId: null, actorId: personId },
        manager,
      ),
    );
    const meeting =
      (kind: 'meeting_announced' | 'meeting_changed' | 'meeting_cancelled', who: 'members' | 'coming') =>
      ({ networkId, meetingId, byId }: { networkId: string; meetingId: string; byId: string }, manager: EntityManager | undefined) =>
        this.durable(
          kind,
          // The members: of the meeting's network, which the event names. Those coming: the meeting's to say.
          (m) =>
            who === 'members' ? this.repo.networkMembers(jobScope(networkId), m) : this.meetings.coming(jobScope(networkId), meetingId, m),
          // The one who made the change is never told of it (notify() leaves the actor out).
          { networkId, postId: null, commentId: null, actorId: byId, meetingId },
          manager,
        );
    this.events.onWithin('meeting.announced', meeting('meeting_announced', 'members'));
    this.events.onWithin('meeting.updated', meeting('meeting_changed', 'coming'));
    this.events.onWithin('meeting.cancelled', meeting('meeting_cancelled', 'members'));
    // A proposed agenda item: the coordinators decide on it. A new action item: its owner is told.
    this.events.onWithin('agenda.changed', async ({ networkId, meetingId, byId, proposed, actionOwnerId }, manager) => {
      if (!byId) return;
      if (proposed)
        return this.durable(
          'agenda_proposed',
          (m) => this.repo.coordinators(jobScope(networkId), m),
          { networkId, postId: null, commentId: null, actorId: byId, meetingId },
          manager,
        );
      if (actionOwnerId)
        return this.durable(
          'action_assigned',
          async () => [actionOwnerId],
          { networkId, postId: null, commentId: null, actorId: byId, meetingId },
          manager,
        );
    });
    this.events.onWithin('minutes.published', ({ networkId, meetingId, byId }, manager) =>
      this.durable(
        'minutes_published',
        (m) => this.repo.networkMembers(jobScope(networkId), m),
        { networkId, postId: null, commentId: null, actorId: byId, meetingId },
        manager,
      ),
    );
    this.logger.debug('Notifications wired');
  }

  async page(actor: Actor, query: NotificationQueryDto): Promise<NotificationPageDto> {
    const limit = query.limit ?? 20;
    const after = decodeCursor(query.cursor, ['string', 'uuid']) as [string, string] | null;
    if (after && Number.isNaN(Date.parse(after[0]))) throw validation([{ field: 'cursor', message: 'ogiltig' }]);
    const rows = await this.repo.page(actor.personId, actor.role, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null,
      unread: await this.repo.unread(actor.personId, actor.role),
    };
  }

  async markRead(actor: Actor, which: MarkNotificationsReadDto): Promise<void> {
    await this.repo.markRead(actor.personId, which.ids?.map((i) => i.toLowerCase()) ?? null, {
      postId: which.postId?.toLowerCase() ?? null,
      meetingId: which.meetingId?.toLowerCase() ?? null,
    });
  }

  settings(actor: Actor): Promise<NotificationSettingDto[]> {
    return this.repo.settings(actor.personId);
  }

  async setLevel(actor: Actor, networkIdOrSlug: string, level: Level): Promise<NotificationSettingDto[]> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    if (scope.membership === null) throw forbidden('Inställningen gäller nätverk du är medlem i.');
    await this.repo.setLevel(actor.personId, scope, level);
    return this.repo.settings(actor.personId);
  }
}
