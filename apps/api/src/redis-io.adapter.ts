import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { ConfigError } from '@hub/core';
import { Redis, type RedisOptions } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

const CONNECT_TIMEOUT_MS = 10_000;

/** `host:port` of a Redis URL: what logs and errors may name (never the password). */
export function describeRedis(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}

/** The message of a Redis error with the URL's password (as written and decoded) blanked out. */
export function redactRedis(message: string, url: string): string {
  const { password } = new URL(url);
  if (!password) return message;
  let safe = message;
  for (const secret of new Set([password, decodeURIComponent(password)])) safe = safe.split(secret).join('***');
  return safe;
}

type QuietCommand = 'publish' | 'psubscribe' | 'subscribe' | 'punsubscribe' | 'unsubscribe';

/** Replaces the client's own commands by ones whose failure resolves to undefined instead of rejecting. */
function quiet(client: Redis, commands: readonly QuietCommand[]): void {
  for (const command of commands) {
    const original = (client[command] as unknown as (...args: unknown[]) => Promise<unknown>).bind(client);
    Object.assign(client, { [command]: (...args: unknown[]): Promise<unknown> => original(...args).catch(() => undefined) });
  }
}

/**
 * Socket.IO across several hub processes through Redis pub/sub (chosen when REDIS_URL is set):
 * rooms, broadcasts, joins, leaves and fetchSockets reach every process, as with the PostgreSQL
 * adapter. A Redis outage never stops the hub: each process keeps serving its own sockets, logs
 * the outage once (without the password), reconnects with backoff and resubscribes; clients
 * catch up on what they missed from the event log (`GET /api/v1/events`).
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger('SocketIoRedis');
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly where: string;
  private connected = false;
  private down = false;
  private closing = false;

  constructor(
    app: INestApplicationContext,
    private readonly url: string,
  ) {
    super(app);
    this.where = describeRedis(url);
    const common: RedisOptions = {
      lazyConnect: true,
      connectionName: 'natverkshubben-socket-io',
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Reconnect for ever, at most every 2 s: a hub outlives a Redis restart.
      retryStrategy: (times) => Math.min(times * 100, 2000),
    };
    // Publishing fails at once while Redis is away (this process's own sockets still get the
    // event); queued publishes would only arrive late and pile up in memory.
    this.pub = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    // The subscriber resubscribes by itself after a reconnect.
    this.sub = new Redis(url, { ...common, autoResubscribe: true, maxRetriesPerRequest: null });
    // The adapter neither awaits nor catches these commands; a rejection (Redis away) left
    // unhandled would stop the hub. The outage itself is logged once through 'error' below.
    quiet(this.pub, ['publish']);
    quiet(this.sub, ['psubscribe', 'subscribe', 'punsubscribe', 'unsubscribe']);
    for (const client of [this.pub, this.sub]) {
      client.on('error', (err: Error) => this.lost(err));
      client.on('ready', () => this.back());
    }
  }

  /** Connects both clients; a Redis that cannot be reached (or refuses the password) stops start-up. */
  async connect(): Promise<void> {
    let last: Error | undefined;
    const note = (err: Error): void => {
      last = err;
    };
    this.pub.on('error', note);
    this.sub.on('error', note);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.all([this.pub.connect(), this.sub.connect()]),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
        }),
      ]);
      this.connected = true;
    } catch (err) {
      this.closing = true;
      this.pub.disconnect();
      this.sub.disconnect();
      const reason = redactRedis((last ?? (err as Error)).message, this.url);
      throw new ConfigError(
        `Cannot reach Redis at ${this.where} (${reason}): start it or fix REDIS_URL, or unset REDIS_URL to share live events through PostgreSQL.`,
      );
    } finally {
      clearTimeout(timer);
      this.pub.off('error', note);
      this.sub.off('error', note);
    }
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(createAdapter(this.pub, this.sub, { key: 'hub_io' }));
    return server;
  }

  override async dispose(): Promise<void> {
    this.closing = true;
    await super.dispose();
    // QUIT answers after the adapter's unsubscribes; a Redis that is away is not waited for.
    await Promise.all(
      [this.pub, this.sub].map((client) =>
        client.status === 'ready'
          ? client.quit().then(
              () => undefined,
              () => client.disconnect(),
            )
          : client.disconnect(),
      ),
    );
  }

  private lost(err: Error): void {
    // Errors while connecting at start are reported once, by connect().
    if (!this.connected || this.closing || this.down) return;
    this.down = true;
    this.logger.warn(
      `Redis at ${this.where} is unreachable (${redactRedis(err.message, this.url)}): live events reach only this process's clients until it is back; reconnecting.`,
    );
  }

  private back(): void {
    if (!this.down || this.closing) return;
    this.down = false;
    this.logger.log(`Redis at ${this.where} is reachable again: live events reach every process.`);
  }
}
