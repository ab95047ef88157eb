import { Module } from '@nestjs/common';
import { DocumentsModule } from '@hub/documents';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log';
import { AuditRepository } from './audit.repository';
import { ErasureController } from './erasure.controller';
import { ErasureRepository } from './erasure.repository';
import { ErasureService } from './erasure.service';
import { AdminExtractController, MyExtractController } from './extract.controller';
import { ExtractRepository } from './extract.repository';
import { ExtractService } from './extract.service';
import { LegalController } from './legal.controller';
import { LegalService } from './legal.service';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';
import { RulesRepository } from './rules.repository';
import { RecordsSettingsController } from './settings.controller';
import { RecordsSettingsService } from './settings.service';

@Module({
  imports: [DocumentsModule],
  controllers: [
    AuditController,
    MyExtractController,
    AdminExtractController,
    ErasureController,
    RecordsSettingsController,
    LegalController,
  ],
  providers: [
    AuditRepository,
    AuditLog,
    ExtractRepository,
    ExtractService,
    ErasureRepository,
    ErasureService,
    RulesRepository,
    RetentionRepository,
    RetentionService,
    RecordsSettingsService,
    LegalService,
  ],
  exports: [AuditLog, RetentionService],
})
export class RecordsModule {}
