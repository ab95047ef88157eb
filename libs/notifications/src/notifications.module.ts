import { Module } from '@nestjs/common';
import { FeedModule } from '@hub/feed';
import { MeetingsModule } from '@hub/meetings';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [FeedModule, MeetingsModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, DigestService],
  exports: [DigestService],
})
export class NotificationsModule {}
