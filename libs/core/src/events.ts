import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit';
import { MESSAGE_EVENTS, type MessageEventData, NETWORK_EVENTS, type NetworkEventData, type PersonalEventData } from './realtime-contract';

/** A network's realtime event as published inside the hub: the pushed `data` and the network. */
type InNetwork = { [K in keyof NetworkEventData]: NetworkEventData[K] & { networkId: string } };
/** A chat message's event: the pushed `data`, the channel's network (null for direct) and who takes part. */
type InConversation = { [K in keyof MessageEventData]: MessageEventData[K] & { networkId: string | null; participantIds: string[] } };

/**
 * Typed domain events: other domains (realtime, notifications, meetings' e-mail) listen instead of
 * being called. Those the realtime gateway pushes take their payload from the realtime contract
 * (`realtime-contract.ts`), so the pushed `data` is defined once.
 */
export interface DomainEventMap extends InNetwork, InConversation {
  'network.changed': { networkId: string };
  'network.member.added': { networkId: string; personId: string; role: 'member' | 'coordinator' };
  'network.member.removed': { networkId: string; personId: string };
  'network.join.requested': { networkId: string; personId: string; requestId: string };
  'post.mentioned': PersonalEventData['mentioned'] & { personIds: string[] };
  /** Notifications made together (one per person), announced to each person live. */
  'notifications.created': { items: Array<PersonalEventData['notification.created'] & { personId: string }> };
  /** An action for the audit log (`@hub/records` writes it; durable when staged in the change's transaction). */
  audit: AuditEntry;
}

export type DomainEventName = keyof DomainEventMap;

// Every event by name, for the check that each is documented: those of the realtime contract, and
// the rest as a record (none can be left out).
const OTHERS: Record<Exclude<DomainEventName, keyof NetworkEventData | keyof MessageEventData>, true> = {
  'network.changed': true,
  'network.member.added': true,
  'network.member.removed': true,
  'network.join.requested': true,
  'post.mentioned': true,
  'notifications.created': true,
  audit: true,
};
export const DOMAIN_EVENTS: readonly DomainEventName[] = [
  ...NETWORK_EVENTS,
  ...MESSAGE_EVENTS,
  ...(Object.keys(OTHERS) as Array<keyof typeof OTHERS>),
];
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

  /**
   * As `emit()`, but the durable handlers have written (on their own connection) before this
   * resolves: an audit row is in the log before the request that caused it answers, so the log's
   * order is the order things happened in.
   */
  async record<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    const after: AfterCommit[] = [];
    for (const handler of this.durable.get(name) ?? []) {
      const then = await handler(payload, undefined);
      if (then) after.push(then);
    }
    for (const then of after) this.later(name, then);
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
