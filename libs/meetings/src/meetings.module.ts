import { Module } from '@nestjs/common';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({ controllers: [MeetingsController], providers: [MeetingsRepository, MeetingsService], exports: [MeetingsService] })
export class MeetingsModule {}
