import { Module } from '@nestjs/common';
import { DocumentsModule } from '@hub/documents';
import { MeetingCycleController } from './cycle.controller';
import { CycleRepository } from './cycle.repository';
import { MeetingCycleService } from './cycle.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [DocumentsModule],
  controllers: [MeetingsController, MeetingCycleController],
  providers: [MeetingsRepository, MeetingsService, CycleRepository, MeetingCycleService],
  exports: [MeetingsService, MeetingCycleService],
})
export class MeetingsModule {}
