import { Injectable } from '@nestjs/common';
import { type Actor, DbListener, InvalidatedCache } from '@hub/core';

export type CachedActor = Actor & { csrfToken: string };

const TTL_MS = 15_000;

/**
 * Sign-ins resolved recently, so most requests need no database round trip to authenticate.
 * Correctness rests on invalidation, not on the TTL: database triggers NOTIFY `auth_changed` with
 * the person's id whenever a session ends, a token is revoked or a person is disabled or changes
 * role, and every process drops that person's entries. Without a working LISTEN connection
 * (`DbListener`) the cache is off (every request asks the database).
 */
@Injectable()
export class AuthCache {
  private readonly cache: InvalidatedCache<CachedActor>;
  private readonly dropListeners: Array<(personId: string) => void> = [];

  constructor(listener: DbListener) {
    this.cache = new InvalidatedCache({ ttlMs: TTL_MS, maxEntries: 50_000, enabled: () => listener.listening });
    listener.on('auth_changed', { notify: (personId) => this.dropPerson(personId), lost: () => this.cache.clear() });
  }

  get(key: string): CachedActor | undefined {
    return this.cache.get(key);
  }

  /** Take before reading the database; pass to `set`. */
  stamp(): number {
    return this.cache.stamp();
  }

  set(key: string, actor: CachedActor, stamp: number, expiresAt?: Date): void {
    this.cache.set(key, actor.personId, actor, stamp, expiresAt);
  }

  /** Someone's sign-ins changed (ended, disabled, role): realtime re-checks their sockets. */
  onDrop(listener: (personId: string) => void): void {
    this.dropListeners.push(listener);
  }

  /** Called by this process right after it ends a sign-in; other processes hear the NOTIFY. */
  dropPerson(personId: string): void {
    for (const listener of this.dropListeners) listener(personId);
    this.cache.dropGroup(personId);
  }
}
