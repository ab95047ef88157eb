import { Global, Module } from '@nestjs/common';
import { ONLINE_CHECK, type OnlineCheck } from '@hub/core';
import { ChatModule } from '@hub/chat';
import { IdentityModule } from '@hub/identity';
import { EventLogRepository } from './event-log.repository';
import { EventsController } from './events.controller';
import { PresenceController } from './presence.controller';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

/** Global for the ONLINE_CHECK port only: other domains ask "is this person online?" without knowing the gateway. */
@Global()
@Module({
  imports: [IdentityModule, ChatModule],
  controllers: [EventsController, PresenceController],
  providers: [
    EventLogRepository,
    RealtimeGateway,
    RealtimeService,
    {
      // A plain object, not an alias of the gateway: the gateway must be found (and wired) once.
      provide: ONLINE_CHECK,
      inject: [RealtimeGateway],
      useFactory: (gateway: RealtimeGateway): OnlineCheck => ({ isOnline: (personId) => gateway.isOnline(personId) }),
    },
  ],
  exports: [RealtimeGateway, ONLINE_CHECK],
})
export class RealtimeModule {}
