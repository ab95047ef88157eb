import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { PgBoss } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

export interface QueueOptions {
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a job may run before it counts as failed. */
  expireInSeconds?: number;
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

export type JobHandler<T> = (data: T, jobId: string) => Promise<void>;

interface Registration {
  queue: string;
  options: QueueOptions;
  handler: JobHandler<never>;
}

/**
 * One pg-boss per process: queues are created and their workers started once the database is
 * there; registering later starts the worker at once. In a cluster (`HUB_PROCESSES` > 1) only the
 * process that runs background work (`runsBackgroundWork`) works jobs, keeps the schedules and
 * supervises; the others only queue jobs (pg-boss would be safe on all of them, but each would poll).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly registrations: Registration[] = [];
  private readonly schedules: Array<{ queue: string; cron: string }> = [];
  private boss: PgBoss | undefined;
  private starting: Promise<PgBoss | undefined> | undefined;
  private stopped = false;

  private readonly works: boolean;

  constructor(
    private readonly db: DataSource,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    this.works = config.runsBackgroundWork;
  }

  register<T extends object>(queue: string, options: QueueOptions, handler: JobHandler<T>): void {
    const registration = { queue, options, handler: handler as JobHandler<never> };
    this.registrations.push(registration);
    if (this.boss) void this.attach(this.boss, registration).catch((err: unknown) => this.warn(err, 'Job worker could not start'));
  }

  /** Runs the queue's job by cron (Europe/Stockholm), on one instance at a time. */
  schedule(queue: string, cron: string): void {
    this.schedules.push({ queue, cron });
    if (this.boss && this.works)
      void this.boss.schedule(queue, cron, {}, { tz: 'Europe/Stockholm' }).catch((err: unknown) => this.warn(err, 'Schedule failed'));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.db.isInitialized) return;
    // The hub runs without background jobs rather than not at all: the next send starts them.
    await this.start().catch((err: unknown) => this.warn(err, 'Job queue could not start yet'));
  }

  /** Queues a job; returns its id, or null when a job with the same singletonKey is queued. */
  async send<T extends object>(
    queue: string,
    data: T,
    options: { singletonKey?: string; startAfterSeconds?: number; startAt?: Date } = {},
  ): Promise<string | null> {
    const boss = await this.start();
    if (!boss) return null;
    return boss.send(queue, data, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.startAt ? { startAfter: options.startAt } : {}),
    });
  }

  /**
   * Queues a job inside the caller's transaction: it exists exactly when the change it belongs to
   * was committed, so a restart between the two can neither lose it nor send it for a change that
   * rolled back.
   */
  async sendWithin<T extends object>(m: EntityManager, queue: string, data: T, options: { singletonKey?: string } = {}): Promise<void> {
    const boss = await this.start();
    if (!boss) return;
    await boss.send(queue, data, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      db: {
        executeSql: async (text: string, values?: unknown[]) => {
          const result: unknown = await m.query(text, values);
          // TypeORM answers UPDATE/DELETE … RETURNING with [rows, count]; pg-boss wants { rows }.
          const rows =
            Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
          return { rows: rows as never[] };
        },
      },
    });
  }

  private warn(err: unknown, message: string): void {
    this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, message);
  }

  private async attach(boss: PgBoss, r: Registration): Promise<void> {
    const { batchSize = 5, pollingIntervalSeconds = 1, ...queueOptions } = r.options;
    await boss.createQueue(r.queue, queueOptions);
    if (!this.works) return;
    await boss.work<object>(r.queue, { pollingIntervalSeconds, batchSize }, async (jobs) => {
      for (const job of jobs) await (r.handler as JobHandler<object>)(job.data, job.id);
    });
  }

  private start(): Promise<PgBoss | undefined> {
    if (this.stopped) return Promise.resolve(undefined);
    this.starting ??= (async () => {
      const url = (this.db.options as { url?: string }).url;
      if (!url) return undefined;
      const boss = new PgBoss({
        connectionString: url,
        schema: 'pgboss',
        max: this.works ? 3 : 1,
        application_name: 'natverkshubben-jobs',
        supervise: this.works,
        schedule: this.works,
      });
      boss.on('error', (err: Error) => this.warn(err, 'Job queue error'));
      await boss.start();
      for (const r of this.registrations) await this.attach(boss, r);
      for (const s of this.works ? this.schedules : []) {
        await boss.createQueue(s.queue).catch(() => undefined);
        await boss.schedule(s.queue, s.cron, {}, { tz: 'Europe/Stockholm' });
      }
      this.boss = boss;
      return boss;
    })();
    const starting = this.starting;
    starting.catch(() => {
      if (this.starting === starting) this.starting = undefined;
    });
    return starting;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.starting?.catch(() => undefined);
    await this.boss?.stop({ graceful: true, timeout: 5000, close: true }).catch(() => undefined);
  }
}
