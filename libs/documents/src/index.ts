export { DocumentsModule } from './documents.module';
export { DocumentsService } from './documents.service';
export { DocumentJobs } from './documents.jobs';
export * from './documents.dto';
