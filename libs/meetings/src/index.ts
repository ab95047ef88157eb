export { MeetingsModule } from './meetings.module';
export { calendar, escapeText, fold, stockholmLocal, type IcsEvent } from './ics';
export * from './meetings.dto';
export { MeetingCycleService } from './cycle.service';
export { MeetingsService } from './meetings.service';
export * from './cycle.dto';
