export { MeetingsModule } from './meetings.module';
export { calendar, escapeText, fold, stockholmLocal, type IcsEvent } from './ics';
export * from './meetings.dto';
