export { JobsModule } from './jobs.module';
export { JobQueue, type JobHandler, type QueueOptions } from './job-queue';
