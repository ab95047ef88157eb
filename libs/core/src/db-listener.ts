import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** What a cache does with one `NOTIFY` channel. */
export interface ChannelHandler {
  /** A `NOTIFY` on the channel arrived, with its payload. */
  notify(payload: string): void;
  /** The connection is gone (or never came): drop whatever was cached on the strength of it. */
  lost(): void;
}

const CHANNEL = /^[a-z_]+$/;

/**
 * The one `LISTEN` connection of a process for the channels that invalidate its in-process caches
 * (`auth_changed` for sign-ins, `scope_changed` for the networks a person sees). Database triggers
 * `NOTIFY` inside the changing transaction and PostgreSQL delivers at its commit, to every process.
 * While the connection is down `listening` is false (the caches are off: every request asks the
 * database) and every handler hears `lost()`; it reconnects every 5 s, and the caches start empty.
 */
@Injectable()
export class DbListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DbListener');
  private readonly handlers = new Map<string, ChannelHandler[]>();
  private client: Client | undefined;
  private connected = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly db: DataSource) {}

  /** Whether notifications are arriving now; a cache serves entries only while it is. */
  get listening(): boolean {
    return this.connected;
  }

  /** Register before the application boots (in a constructor). */
  on(channel: string, handler: ChannelHandler): void {
    if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
    const list = this.handlers.get(channel) ?? [];
    list.push(handler);
    this.handlers.set(channel, list);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url || this.stopped || !this.db.isInitialized || this.handlers.size === 0) return;
    const client = new Client({ connectionString: url, application_name: 'natverkshubben-listener' });
    let handled = false;
    const lost = (): void => {
      if (handled) return;
      handled = true;
      this.connected = false;
      this.client = undefined;
      for (const list of this.handlers.values()) for (const handler of list) handler.lost();
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.logger.warn(`Lost the ${[...this.handlers.keys()].join(', ')} listener; asking the database on every request until it is back`);
        this.retry = setTimeout(() => void this.listen(), 5000);
        this.retry.unref();
      }
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload === undefined) return;
      for (const handler of this.handlers.get(message.channel) ?? []) handler.notify(message.payload);
    });
    try {
      await client.connect();
      await client.query([...this.handlers.keys()].map((channel) => `LISTEN ${channel};`).join(' '));
      this.client = client;
      this.connected = true;
    } catch {
      lost();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}
