import { Inject, Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { AccessService } from '@hub/access';
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
import { MailQueue } from '@hub/mail';
import type { Level, NotificationPageDto, NotificationQueryDto, NotificationSettingDto } from './notifications.dto';
import { type Created, type NotificationKind, NotificationsRepository } from './notifications.repository';

/** In-app notifications, made from domain events; each one announced live to its person. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger('NotificationsService');

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly queue: MailQueue,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Optional() @Inject(ONLINE_CHECK) private readonly online?: OnlineCheck,
  ) {}

  /**
   * Inserts the notifications and stages a `notification.created` for each in the same transaction
   * (the live badge's event is in the event log exactly when the notification exists).
   */
  private async notify(
    kind: NotificationKind,
    recipients: readonly string[],
    n: { networkId: string; postId: string | null; commentId: string | null; actorId: string | null; meetingId?: string },
  ): Promise<Created[]> {
    const staged = this.events.batch();
    const created = await this.repo.notify(kind, recipients, n, async (m, rows) => {
      for (const c of rows) await staged.stage(m, 'notification.created', { personId: c.personId, notificationId: c.id, kind: c.kind });
    });
    staged.publish();
    return created;
  }

  /**
   * Mentions and announcements also go by e-mail, to those the notification reached who are not
   * online now (someone in the hub sees the live badge instead).
   */
  private async mail(
    kind: 'mention' | 'announcement',
    created: Created[],
    networkId: string,
    postId: string,
    actorId: string,
  ): Promise<void> {
    if (created.length === 0) return;
    const info = await this.repo.mailInfo(
      created.map((c) => c.personId),
      networkId,
      actorId,
    );
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
    this.events.on('post.mentioned', async ({ networkId, postId, commentId, personIds, byId }) => {
      const created = await this.notify('mention', personIds, { networkId, postId, commentId, actorId: byId });
      await this.mail('mention', created, networkId, postId, byId);
    });
    this.events.on('comment.created', async ({ networkId, postId, commentId, authorId }) => {
      const recipients = await this.repo.replyRecipients(postId, commentId);
      await this.notify('reply', recipients, { networkId, postId, commentId, actorId: authorId });
    });
    this.events.on('post.created', async ({ networkId, postId, authorId, announcement }) => {
      if (!announcement) return;
      const created = await this.notify('announcement', await this.repo.networkMembers(networkId), {
        networkId,
        postId,
        commentId: null,
        actorId: authorId,
      });
      await this.mail('announcement', created, networkId, postId, authorId);
    });
    this.events.on('network.join.requested', async ({ networkId, personId }) => {
      await this.notify('join_request', await this.repo.coordinators(networkId), {
        networkId,
        postId: null,
        commentId: null,
        actorId: personId,
      });
    });
    const meeting =
      (kind: 'meeting_announced' | 'meeting_changed' | 'meeting_cancelled', who: 'members' | 'coming') =>
      async ({ networkId, meetingId }: { networkId: string; meetingId: string }): Promise<void> => {
        const recipients = await this.repo.meetingRecipients(meetingId, who);
        await this.notify(kind, recipients, { networkId, postId: null, commentId: null, actorId: null, meetingId });
      };
    this.events.on('meeting.announced', meeting('meeting_announced', 'members'));
    this.events.on('meeting.updated', meeting('meeting_changed', 'coming'));
    this.events.on('meeting.cancelled', meeting('meeting_cancelled', 'members'));
    this.events.on('minutes.published', async ({ networkId, meetingId, byId }) => {
      const recipients = await this.repo.meetingRecipients(meetingId, 'members');
      await this.notify('minutes_published', recipients, { networkId, postId: null, commentId: null, actorId: byId, meetingId });
    });
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

  async markRead(actor: Actor, ids: string[] | undefined): Promise<void> {
    await this.repo.markRead(actor.personId, ids?.map((i) => i.toLowerCase()) ?? null);
  }

  settings(actor: Actor): Promise<NotificationSettingDto[]> {
    return this.repo.settings(actor.personId);
  }

  async setLevel(actor: Actor, networkIdOrSlug: string, level: Level): Promise<NotificationSettingDto[]> {
    const scope = await this.access.requireNetwork(actor, 'network.content.read', networkIdOrSlug);
    if (scope.membership === null) throw forbidden('Inställningen gäller nätverk du är medlem i.');
    await this.repo.setLevel(actor.personId, scope.id, level);
    return this.repo.settings(actor.personId);
  }
}
