import { Module } from '@nestjs/common';
import { DocumentsModule } from '@hub/documents';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log';
import { AuditRepository } from './audit.repository';
import { AdminExtractController, MyExtractController } from './extract.controller';
import { ExtractRepository } from './extract.repository';
import { ExtractService } from './extract.service';

@Module({
  imports: [DocumentsModule],
  controllers: [AuditController, MyExtractController, AdminExtractController],
  providers: [AuditRepository, AuditLog, ExtractRepository, ExtractService],
  exports: [AuditLog],
})
export class RecordsModule {}
