import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents, type DomainEventMap, type HubEvent, MESSAGE_EVENTS, NETWORK_EVENTS, type PersonalEventData } from '@hub/core';
import { EventLogRepository } from './event-log.repository';
import { RealtimeGateway } from './realtime.gateway';

/**
 * Turns domain events into numbered realtime events: appended to the event log (for catch-up), then
 * pushed to the rooms. The append is a durable handler: for an event staged in the change's
 * transaction it is written on that transaction (committed with the change or not at all) and the
 * push follows the commit; for an event emitted outside a transaction it is written just after.
 * Never called by controllers.
 */
@Injectable()
export class RealtimeService implements OnModuleInit {
  private readonly logger = new Logger('RealtimeService');

  constructor(
    private readonly events: DomainEvents,
    private readonly log: EventLogRepository,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    for (const type of NETWORK_EVENTS) {
      this.events.onWithin(type, async (payload: DomainEventMap[typeof type], m) => {
        const { networkId, ...data } = payload;
        const event = await this.log.append(type, { networkId }, data, m);
        return () => this.gateway.emitToNetwork(networkId, event);
      });
    }
    for (const type of MESSAGE_EVENTS) {
      this.events.onWithin(type, async ({ conversationId, messageId, networkId, participantIds }, m) => {
        const data = { conversationId, messageId };
        // A network channel goes to the network's room; a direct message to each of the two people.
        if (networkId) {
          const event = await this.log.append(type, { networkId }, data, m);
          return () => this.gateway.emitToNetwork(networkId, event);
        }
        const events: Array<{ personId: string; event: HubEvent }> = [];
        for (const personId of participantIds) events.push({ personId, event: await this.log.append(type, { personId }, data, m) });
        return () => {
          for (const { personId, event } of events) this.gateway.emitToPerson(personId, event);
        };
      });
    }
    // One statement for all the people (an announcement reaches a whole network), one push each.
    const toEach = async (
      type: 'notification.created' | 'mentioned',
      items: ReadonlyArray<{ personId: string; data: PersonalEventData['notification.created' | 'mentioned'] }>,
      m: EntityManager | undefined,
    ): Promise<() => void> => {
      const events = await this.log.appendForPeople(type, items, m);
      return () => events.forEach((event, i) => this.gateway.emitToPerson(items[i]!.personId, event));
    };
    this.events.onWithin('notifications.created', ({ items }, m) =>
      toEach(
        'notification.created',
        items.map(({ personId, notificationId, kind }) => ({ personId, data: { notificationId, kind } })),
        m,
      ),
    );
    this.events.onWithin('post.mentioned', ({ networkId, postId, commentId, personIds, byId }, m) =>
      toEach(
        'mentioned',
        personIds.map((personId) => ({ personId, data: { networkId, postId, commentId, byId } })),
        m,
      ),
    );
    this.events.onWithin('network.member.added', async ({ networkId, personId, role }, m) => {
      const event = await this.log.append('membership.changed', { personId }, { networkId, role, member: true }, m);
      return async () => {
        await this.gateway.joinNetwork(personId, networkId);
        this.gateway.emitToPerson(personId, event);
      };
    });
    this.events.onWithin('network.member.removed', async ({ networkId, personId }, m) => {
      const event = await this.log.append('membership.changed', { personId }, { networkId, member: false }, m);
      return async () => {
        await this.gateway.leaveNetwork(personId, networkId);
        this.gateway.emitToPerson(personId, event);
      };
    });
    this.events.on('network.changed', async ({ networkId }) => {
      await this.gateway.recheckNetwork(networkId);
    });
    this.logger.debug('Realtime events wired');
  }
}
