import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit';

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
  'meeting.announced': { networkId: string; meetingId: string; byId: string };
  'meeting.updated': { networkId: string; meetingId: string; byId: string };
  'meeting.cancelled': { networkId: string; meetingId: string; byId: string };
  'rsvp.changed': { networkId: string; meetingId: string };
  /** `byId` did it; `proposed`: a member proposed an item; `actionOwnerId`: an action item was created for them. */
  'agenda.changed': { networkId: string; meetingId: string; byId?: string; proposed?: boolean; actionOwnerId?: string | null };
  'minutes.published': { networkId: string; meetingId: string; byId: string };
  'document.changed': {
    networkId: string;
    documentId: string | null;
    change: 'created' | 'updated' | 'version' | 'restored' | 'deleted' | 'extracted' | 'folders';
  };
  /** Notifications made together (one per person), announced to each person live. */
  'notifications.created': { items: Array<{ personId: string; notificationId: string; kind: string }> };
  'message.created': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
  'message.updated': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
  'message.deleted': { conversationId: string; messageId: string; networkId: string | null; participantIds: string[] };
  /** An action for the audit log (`@hub/records` writes it; durable when staged in the change's transaction). */
  audit: AuditEntry;
}

export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (payload: DomainEventMap[K]) => Promise<void> | void;

/** What a durable handler leaves for after the commit (a socket push of what it recorded). */
export type AfterCommit = () => Promise<void> | void;

/**
 * A handler whose record must exist exactly when the change does: it runs inside the publisher's
 * transaction, on its `manager`. For an event emitted outside a transaction `manager` is undefined
 * and the handler writes on its own connection, just after the change (as an ordinary listener).
 */
export type DurableHandler<K extends DomainEventName> = (
  payload: DomainEventMap[K],
  manager: EntityManager | undefined,
) => Promise<AfterCommit | void>;

/** Work a repository runs inside its transaction, on its manager (staging the change's events). */
export type Within = (m: EntityManager) => Promise<void>;

/** An event recorded inside a transaction; `publish()` once that transaction has committed. */
export interface StagedEvent {
  publish(): void;
}

/** Events staged in one transaction, published together (in order) after it committed. */
export class StagedEvents implements StagedEvent {
  private readonly staged: StagedEvent[] = [];

  constructor(private readonly events: DomainEvents) {}

  async stage<K extends DomainEventName>(manager: EntityManager, name: K, payload: DomainEventMap[K]): Promise<void> {
    this.staged.push(await this.events.stage(manager, name, payload));
  }

  publish(): void {
    for (const s of this.staged.splice(0)) s.publish();
  }
}

@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly handlers = new Map<DomainEventName, Array<Handler<DomainEventName>>>();
  private readonly durable = new Map<DomainEventName, Array<DurableHandler<DomainEventName>>>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as unknown as Handler<DomainEventName>);
    this.handlers.set(name, list);
  }

  /** Registers a durable handler (see DurableHandler): it runs inside `stage()`, before the commit. */
  onWithin<K extends DomainEventName>(name: K, handler: DurableHandler<K>): void {
    const list = this.durable.get(name) ?? [];
    list.push(handler as unknown as DurableHandler<DomainEventName>);
    this.durable.set(name, list);
  }

  /** A collector for the events of one transaction: `stage()` each inside it, `publish()` after the commit. */
  batch(): StagedEvents {
    return new StagedEvents(this);
  }

  /**
   * One event for one change: `change` gets the `Within` to hand its repository, which runs it
   * inside the change's transaction (staging the event); published once `change` has resolved.
   * A change that made nothing (its repository never ran `within`) publishes nothing.
   */
  async staging<K extends DomainEventName, T>(name: K, payload: DomainEventMap[K], change: (within: Within) => Promise<T>): Promise<T> {
    const staged = this.batch();
    const result = await change((m) => staged.stage(m, name, payload));
    staged.publish();
    return result;
  }

  /**
   * Runs the durable handlers inside the caller's transaction (a failing one fails the transaction:
   * the change and its records commit together or not at all). `publish()` after the commit runs
   * what they left for after it, then the ordinary listeners, as `emit()` does.
   */
  async stage<K extends DomainEventName>(manager: EntityManager, name: K, payload: DomainEventMap[K]): Promise<StagedEvent> {
    const after: AfterCommit[] = [];
    for (const handler of this.durable.get(name) ?? []) {
      const then = await handler(payload, manager);
      if (then) after.push(then);
    }
    return {
      publish: () => {
        for (const then of after) this.later(name, then);
        this.deliver(name, payload);
      },
    };
  }

  /**
   * Delivers after the current work, outside any transaction: durable handlers write on their own
   * connection, then push; a failing listener is logged and never fails the publisher.
   */
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const handler of this.durable.get(name) ?? []) {
      this.later(name, async () => {
        const then = await handler(payload, undefined);
        if (then) await then();
      });
    }
    this.deliver(name, payload);
  }

  private deliver<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const handler of this.handlers.get(name) ?? []) this.later(name, () => handler(payload));
  }

  private later(name: DomainEventName, work: () => Promise<void> | void): void {
    queueMicrotask(() => {
      Promise.resolve()
        .then(work)
        .catch((err: unknown) => this.logger.error({ err, event: name }, 'Domain event listener failed'));
    });
  }
}
