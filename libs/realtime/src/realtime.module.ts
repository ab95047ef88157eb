import { Module } from '@nestjs/common';
import { IdentityModule } from '@hub/identity';
import { EventLogRepository } from './event-log.repository';
import { EventsController } from './events.controller';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

@Module({
  imports: [IdentityModule],
  controllers: [EventsController],
  providers: [EventLogRepository, RealtimeGateway, RealtimeService],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
