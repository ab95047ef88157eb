import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainEvents, type DomainEventMap } from '@hub/core';
import { EventLogRepository } from './event-log.repository';
import { RealtimeGateway } from './realtime.gateway';
import { MESSAGE_EVENTS, NETWORK_EVENTS } from './realtime.types';

/**
 * Turns domain events into numbered realtime events: appended to the event log (for catch-up), then
 * pushed to the rooms. Never called by controllers.
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
      this.events.on(type, async (payload: DomainEventMap[typeof type]) => {
        const { networkId, ...data } = payload;
        this.gateway.emitToNetwork(networkId, await this.log.append(type, { networkId }, data));
      });
    }
    for (const type of MESSAGE_EVENTS) {
      this.events.on(type, async ({ conversationId, messageId, networkId, participantIds }) => {
        const data = { conversationId, messageId };
        // A network channel goes to the network's room; a direct message to each of the two people.
        if (networkId) this.gateway.emitToNetwork(networkId, await this.log.append(type, { networkId }, data));
        else for (const personId of participantIds) this.gateway.emitToPerson(personId, await this.log.append(type, { personId }, data));
      });
    }
    this.events.on('notification.created', async ({ personId, notificationId, kind }) => {
      this.gateway.emitToPerson(personId, await this.log.append('notification.created', { personId }, { notificationId, kind }));
    });
    this.events.on('post.mentioned', async ({ networkId, postId, commentId, personIds, byId }) => {
      for (const personId of personIds) {
        this.gateway.emitToPerson(personId, await this.log.append('mentioned', { personId }, { networkId, postId, commentId, byId }));
      }
    });
    this.events.on('network.member.added', async ({ networkId, personId, role }) => {
      await this.gateway.joinNetwork(personId, networkId);
      this.gateway.emitToPerson(personId, await this.log.append('membership.changed', { personId }, { networkId, role, member: true }));
    });
    this.events.on('network.member.removed', async ({ networkId, personId }) => {
      await this.gateway.leaveNetwork(personId, networkId);
      this.gateway.emitToPerson(personId, await this.log.append('membership.changed', { personId }, { networkId, member: false }));
    });
    this.events.on('network.changed', async ({ networkId }) => {
      await this.gateway.recheckNetwork(networkId);
    });
    this.logger.debug('Realtime events wired');
  }
}
