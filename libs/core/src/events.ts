import { Injectable, Logger } from '@nestjs/common';

/** Typed domain events: other domains (search, realtime, notifications) listen instead of being called. */
export interface DomainEventMap {
  'person.changed': { personId: string };
  'person.disabled': { personId: string };
  'people.imported': { count: number };
  'network.changed': { networkId: string };
  'network.member.added': { networkId: string; personId: string; role: 'member' | 'coordinator' };
  'network.member.removed': { networkId: string; personId: string };
  'network.join.requested': { networkId: string; personId: string; requestId: string };
  'post.created': { networkId: string; postId: string; authorId: string; announcement: boolean };
  'post.updated': { networkId: string; postId: string };
  'post.deleted': { networkId: string; postId: string };
  'post.mentioned': { networkId: string; postId: string; commentId: string | null; personIds: string[]; byId: string };
  'comment.created': { networkId: string; postId: string; commentId: string; authorId: string };
  'reaction.changed': { networkId: string; postId: string };
  'announcement.acknowledged': { networkId: string; postId: string; personId: string };
  'meeting.announced': { networkId: string; meetingId: string };
  'meeting.updated': { networkId: string; meetingId: string };
  'meeting.cancelled': { networkId: string; meetingId: string };
  'rsvp.changed': { networkId: string; meetingId: string };
  'agenda.changed': { networkId: string; meetingId: string };
  'minutes.published': { networkId: string; meetingId: string; byId: string };
  'document.changed': {
    networkId: string;
    documentId: string | null;
    change: 'created' | 'updated' | 'version' | 'restored' | 'deleted' | 'extracted' | 'folders';
  };
  'notification.created': { personId: string; notificationId: string; kind: string };
  'message.created': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
  'message.updated': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
  'message.deleted': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
}

export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (payload: DomainEventMap[K]) => Promise<void> | void;

@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly handlers = new Map<DomainEventName, Array<Handler<DomainEventName>>>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as unknown as Handler<DomainEventName>);
    this.handlers.set(name, list);
  }

  /** Delivers after the current work; a failing listener is logged and never fails the publisher. */
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const handler of this.handlers.get(name) ?? []) {
      queueMicrotask(() => {
        Promise.resolve()
          .then(() => handler(payload))
          .catch((err: unknown) => this.logger.error({ err, event: name }, 'Domain event listener failed'));
      });
    }
  }
}
