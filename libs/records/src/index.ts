export { RecordsModule } from './records.module';
export { AuditLog } from './audit-log';
export { AuditRepository, type AuditFilter, type AuditRow, type ChainBreak } from './audit.repository';
export { RetentionService, type RetentionCounts } from './retention.service';
