import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { DocumentSettingsController, DocumentsController } from './documents.controller';
import { DocumentJobs } from './documents.jobs';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { S3Storage } from './s3-storage';
import { DOCUMENT_STORAGE, LocalDiskStorage } from './storage';

@Module({
  controllers: [DocumentsController, DocumentSettingsController],
  providers: [
    DocumentsRepository,
    DocumentsService,
    DocumentJobs,
    {
      provide: DOCUMENT_STORAGE,
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) =>
        config.s3
          ? new S3Storage({ ...config.s3, tmpDir: join(config.documentStorageDir, 'tmp') })
          : new LocalDiskStorage(config.documentStorageDir),
    },
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
