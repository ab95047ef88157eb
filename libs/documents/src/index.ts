export { DocumentsModule } from './documents.module';
export { DocumentsService, ORPHAN_GRACE_MS } from './documents.service';
export { DOCUMENT_STORAGE, type DocumentStorage } from './storage';
export { DocumentJobs } from './documents.jobs';
export * from './documents.dto';
