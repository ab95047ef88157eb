import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log';
import { AuditRepository } from './audit.repository';

@Module({ controllers: [AuditController], providers: [AuditRepository, AuditLog], exports: [AuditLog] })
export class RecordsModule {}
