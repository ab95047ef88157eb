import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SearchIndexer } from './search-indexer';
import { SearchRepository } from './search.repository';

// A change or a few go to Meilisearch at once (searchable within a second). A backlog (a bulk
// import, a restored dump, Meilisearch back after an outage) is taken in growing batches: a
// Meilisearch task costs seconds at a million documents whatever its size, so fewer, larger tasks
// drain it several times faster.
const BATCH = 2000;
const MAX_BATCH = 16_000;
const POLL_MS = 1000;

/**
 * Drains the search outbox into Meilisearch: woken by NOTIFY from the outbox trigger (so a change is
 * searchable well within a second), polling as a fallback, retrying with backoff when Meilisearch is
 * away. Several hub processes may run it at once (rows are claimed with SKIP LOCKED); in a cluster
 * (`HUB_PROCESSES` > 1) only the process that runs background work does, so one process builds the
 * index documents and gathers changes into fewer Meilisearch tasks.
 */
@Injectable()
export class SearchWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchWorker');
  private listener: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private failing = false;
  private lastDrain = 0;

  constructor(
    private readonly db: DataSource,
    private readonly repo: SearchRepository,
    private readonly indexer: SearchIndexer,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.db.isInitialized || !this.config.runsBackgroundWork) return;
    try {
      await this.indexer.ensureIndexes();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Search indexes could not be prepared yet; will retry');
    }
    const url = (this.db.options as { url?: string }).url;
    if (url) {
      this.listener = new Client({ connectionString: url });
      this.listener.on('error', () => undefined);
      this.listener.on('notification', () => this.kick());
      try {
        await this.listener.connect();
        await this.listener.query('LISTEN search_outbox');
      } catch {
        this.listener = undefined;
      }
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Runs a drain now, or right after the current one. */
  kick(): void {
    if (this.stopped) return;
    if (this.failing && !this.running) {
      // While Meilisearch is away, only probe it; once it answers, retry everything at once.
      this.running = this.recoverIfBack().finally(() => {
        this.running = undefined;
      });
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    // While changes keep coming (a drain ran less than a second ago), gather them for a moment:
    // one Meilisearch task for many posts instead of one each, at SEARCH_GATHER_MS more latency.
    const busy = Date.now() - this.lastDrain < 1000 && this.config.searchGatherMs > 0;
    this.running = (busy ? new Promise((r) => setTimeout(r, this.config.searchGatherMs)) : Promise.resolve())
      .then(() => this.drainAll())
      .finally(() => {
        this.running = undefined;
        this.lastDrain = Date.now();
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Drains until the outbox has nothing due; resolves when the index has caught up (for tests and CLI). */
  async drainAll(): Promise<void> {
    if (this.stopped || !this.db.isInitialized) return;
    try {
      let limit = BATCH;
      for (;;) {
        if (this.stopped) break;
        const done = await this.repo.drain(limit, (entries) => this.indexer.sync(entries));
        if (done === 0) break;
        limit = done === limit ? Math.min(limit * 2, MAX_BATCH) : BATCH;
      }
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.logger.warn({ err: (err as Error).message }, 'Search indexing failed; changes are kept and retried');
      this.failing = true;
    }
  }

  private async recoverIfBack(): Promise<void> {
    try {
      if (this.stopped || !this.db.isInitialized || (await this.indexer.health()) !== 'available') return;
      await this.repo.retryNow();
      this.failing = false;
      this.logger.log('Meilisearch answers again; catching up');
      await this.drainAll();
    } catch (err) {
      // Still away (or shutting down): the next tick tries again.
      this.logger.debug({ err: (err as Error).message }, 'Search recovery not yet possible');
    }
  }

  /** Waits until every due change is in the index (used by tests and the CLI). */
  async settle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await this.running;
      await this.drainAll();
      if ((await this.repo.pending()) === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('The search outbox did not drain in time');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
