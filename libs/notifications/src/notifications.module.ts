import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, DigestService],
  exports: [DigestService],
})
export class NotificationsModule {}
