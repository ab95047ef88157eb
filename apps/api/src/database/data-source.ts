import { DataSource, type DataSourceOptions } from 'typeorm';
import { Foundation1764230400000 } from './migrations/1764230400000-foundation';
import { SearchOutbox1764316800000 } from './migrations/1764316800000-search-outbox';
import { NetworkMemberCount1764320400000 } from './migrations/1764320400000-network-member-count';
import { AuthChanged1764324000000 } from './migrations/1764324000000-auth-changed';
import { Feed1764327600000 } from './migrations/1764327600000-feed';
import { EventLog1764331200000 } from './migrations/1764331200000-event-log';
import { SocketIoAttachments1764334800000 } from './migrations/1764334800000-socket-io-attachments';
import { Chat1764338400000 } from './migrations/1764338400000-chat';
import { Notifications1764342000000 } from './migrations/1764342000000-notifications';
import { SearchPosts1764345600000 } from './migrations/1764345600000-search-posts';
import { Meetings1764349200000 } from './migrations/1764349200000-meetings';
import { Documents1764352800000 } from './migrations/1764352800000-documents';
import { Attachments1764356400000 } from './migrations/1764356400000-attachments';
import { MeetingCycle1764360000000 } from './migrations/1764360000000-meeting-cycle';
import { SearchMessagesMeetings1764363600000 } from './migrations/1764363600000-search-messages-meetings';
import { MeetingNotifications1764367200000 } from './migrations/1764367200000-meeting-notifications';
import { PublishedMinutes1764370800000 } from './migrations/1764370800000-published-minutes';
import { MinutesAttachments1764374400000 } from './migrations/1764374400000-minutes-attachments';
import { SearchIndexWords1764378000000 } from './migrations/1764378000000-search-index-words';
import { LoginThrottle1764381600000 } from './migrations/1764381600000-login-throttle';
import { AccessRule1764390000000 } from './migrations/1764390000000-access-rule';
import { Sso1764400000000 } from './migrations/1764400000000-sso';
import { AuditLog1764410000000 } from './migrations/1764410000000-audit-log';
import { RecordsRules1764410100000 } from './migrations/1764410100000-records-rules';
import { LegalPages1764410200000 } from './migrations/1764410200000-legal-pages';
import { AgendaActionNotifications1764430000000 } from './migrations/1764430000000-agenda-action-notifications';
import { MinutesPdf1764430100000 } from './migrations/1764430100000-minutes-pdf';
import { DocumentObjects1764440000000 } from './migrations/1764440000000-document-objects';
import { AuditLogHead1764450000000 } from './migrations/1764450000000-audit-log-head';
import { ScopeChanged1764451500000 } from './migrations/1764451500000-scope-changed';
import { MinutesWriters1764460000000 } from './migrations/1764460000000-minutes-writers';
import { AuditRetentionCutoff1764460001000 } from './migrations/1764460001000-audit-retention-cutoff';
import { SsoStateIp1764470000000 } from './migrations/1764470000000-sso-state-ip';
import { PersonDisabledByDirectory1764480000000 } from './migrations/1764480000000-person-disabled-by-directory';

export const MIGRATIONS = [
  Foundation1764230400000,
  SearchOutbox1764316800000,
  NetworkMemberCount1764320400000,
  AuthChanged1764324000000,
  Feed1764327600000,
  EventLog1764331200000,
  SocketIoAttachments1764334800000,
  Chat1764338400000,
  Notifications1764342000000,
  SearchPosts1764345600000,
  Meetings1764349200000,
  Documents1764352800000,
  Attachments1764356400000,
  MeetingCycle1764360000000,
  SearchMessagesMeetings1764363600000,
  MeetingNotifications1764367200000,
  PublishedMinutes1764370800000,
  MinutesAttachments1764374400000,
  SearchIndexWords1764378000000,
  LoginThrottle1764381600000,
  AccessRule1764390000000,
  Sso1764400000000,
  AuditLog1764410000000,
  RecordsRules1764410100000,
  LegalPages1764410200000,
  AgendaActionNotifications1764430000000,
  MinutesPdf1764430100000,
  DocumentObjects1764440000000,
  AuditLogHead1764450000000,
  ScopeChanged1764451500000,
  MinutesWriters1764460000000,
  AuditRetentionCutoff1764460001000,
  SsoStateIp1764470000000,
  PersonDisabledByDirectory1764480000000,
];

/** Schema changes only through migrations, never `synchronize`. */
export function dataSourceOptions(url: string, extra: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    entities: [],
    poolSize: extra.poolSize ?? 10,
    applicationName: 'natverkshubben',
  };
}

export async function runMigrations(url: string): Promise<number> {
  const ds = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await ds.destroy();
  }
}
