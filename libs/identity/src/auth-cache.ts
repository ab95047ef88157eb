import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Actor } from '@hub/core';

export type CachedActor = Actor & { csrfToken: string };

interface Entry {
  actor: CachedActor;
  until: number;
}

const TTL_MS = 15_000;

/**
 * Sign-ins resolved recently, so most requests need no database round trip to authenticate.
 * Correctness rests on invalidation, not on the TTL: database triggers NOTIFY `auth_changed` with
 * the person's id whenever a session ends, a token is revoked or a person is disabled or changes
 * role, and every process drops that person's entries. Without a working LISTEN connection the
 * cache is off (every request asks the database).
 */
@Injectable()
export class AuthCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuthCache');
  private readonly entries = new Map<string, Entry>();
  private readonly byPerson = new Map<string, Set<string>>();
  /** Bumped by every drop: a lookup that started before a drop must not be cached after it. */
  private generation = 0;
  private listener: Client | undefined;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly db: DataSource) {}

  get enabled(): boolean {
    return this.listening;
  }

  get(key: string): CachedActor | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.delete(key, entry.actor.personId);
      return undefined;
    }
    return entry.actor;
  }

  /** Take before reading the database; pass to `set`. */
  stamp(): number {
    return this.generation;
  }

  set(key: string, actor: CachedActor, stamp: number, expiresAt?: Date): void {
    if (!this.listening || stamp !== this.generation) return;
    const until = Math.min(Date.now() + TTL_MS, expiresAt?.getTime() ?? Infinity);
    this.entries.set(key, { actor, until });
    let keys = this.byPerson.get(actor.personId);
    if (!keys) this.byPerson.set(actor.personId, (keys = new Set()));
    keys.add(key);
    if (this.entries.size > 50_000) this.clear();
  }

  private readonly dropListeners: Array<(personId: string) => void> = [];

  /** Someone's sign-ins changed (ended, disabled, role): realtime re-checks their sockets. */
  onDrop(listener: (personId: string) => void): void {
    this.dropListeners.push(listener);
  }

  /** Called by this process right after it ends a sign-in; other processes hear the NOTIFY. */
  dropPerson(personId: string): void {
    for (const listener of this.dropListeners) listener(personId);
    this.generation += 1;
    for (const key of this.byPerson.get(personId) ?? []) this.entries.delete(key);
    this.byPerson.delete(personId);
  }

  private delete(key: string, personId: string): void {
    this.entries.delete(key);
    this.byPerson.get(personId)?.delete(key);
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.byPerson.clear();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url || this.stopped || !this.db.isInitialized) return;
    const client = new Client({ connectionString: url, application_name: 'natverkshubben-auth-cache' });
    let handled = false;
    const lost = (): void => {
      if (handled) return;
      handled = true;
      this.listening = false;
      this.clear();
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.logger.warn('Lost the auth_changed listener; authenticating every request against the database until it is back');
        this.retry = setTimeout(() => void this.listen(), 5000);
        this.retry.unref();
      }
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload) this.dropPerson(message.payload);
    });
    try {
      await client.connect();
      await client.query('LISTEN auth_changed');
      this.listener = client;
      this.listening = true;
    } catch {
      lost();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }
}
