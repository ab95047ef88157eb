import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@hub/jobs';
import { type Mail, Mailer } from './mailer';

const QUEUE = 'mail';

/**
 * E-mail goes through the PostgreSQL-backed job queue: a message survives a restart, is retried
 * with backoff when the SMTP server is away, and is sent once.
 */
@Injectable()
export class MailQueue implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.register<Mail & { id: string }>(QUEUE, { retryLimit: 8, retryDelay: 30, retryBackoff: true }, (mail, jobId) =>
      this.mailer.send(mail, jobId),
    );
  }

  /** Queues a message; returns its job id. */
  enqueue(mail: Mail, key?: string): Promise<string | null> {
    return this.jobs.send(QUEUE, { ...mail, id: key ?? '' }, key ? { singletonKey: key } : {});
  }
}
