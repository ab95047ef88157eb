import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { type Mail, Mailer } from './mailer';

const QUEUE = 'mail';

/**
 * E-mail goes through a PostgreSQL-backed queue (pg-boss): a job survives a restart, is retried
 * with backoff when the SMTP server is away, and is sent once.
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailQueue');
  private boss: PgBoss | undefined;
  private starting: Promise<PgBoss | undefined> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.db.isInitialized) return;
    // The hub runs without e-mail rather than not at all: a queue that cannot start now is
    // started again by the next message.
    await this.start().catch((err: unknown) => this.logger.warn({ err: (err as Error).message }, 'Mail queue could not start yet'));
  }

  private start(): Promise<PgBoss | undefined> {
    this.starting ??= (async () => {
      const url = (this.db.options as { url?: string }).url;
      if (!url) return undefined;
      const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3, application_name: 'natverkshubben-mail' });
      boss.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'Mail queue error'));
      await boss.start();
      await boss.createQueue(QUEUE, { retryLimit: 8, retryDelay: 30, retryBackoff: true });
      await boss.work<Mail & { id: string }>(QUEUE, { pollingIntervalSeconds: 1, batchSize: 5 }, async (jobs) => {
        for (const job of jobs) await this.mailer.send(job.data, job.id);
      });
      this.boss = boss;
      return boss;
    })();
    const starting = this.starting;
    starting.catch(() => {
      if (this.starting === starting) this.starting = undefined;
    });
    return starting;
  }

  /** Queues a message; returns its job id. */
  async enqueue(mail: Mail, key?: string): Promise<string | null> {
    const boss = await this.start();
    if (!boss) return null;
    return boss.send(QUEUE, { ...mail, id: key ?? '' }, key ? { singletonKey: key } : {});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000, close: true }).catch(() => undefined);
  }
}
