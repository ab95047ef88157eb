import { Injectable } from '@nestjs/common';
import { DbListener, InvalidatedCache, type Role } from '@hub/core';
import { SearchRepository, type ViewerScope } from './search.repository';

const TTL_MS = 60_000;

/**
 * The asker's memberships and readable networks (`SearchRepository.scope`), kept in process so a
 * search needs no statement to learn them. Correctness rests on invalidation: triggers on
 * `membership` NOTIFY `scope_changed` with the person's id, and on `network` (created, deleted,
 * renamed, visibility or archive changed) with `*`, in the changing transaction; every process
 * drops the entries at its commit. Without the LISTEN connection nothing is served from memory.
 */
@Injectable()
export class ViewerScopes {
  private readonly cache: InvalidatedCache<ViewerScope>;

  constructor(
    private readonly repo: SearchRepository,
    listener: DbListener,
  ) {
    this.cache = new InvalidatedCache({ ttlMs: TTL_MS, maxEntries: 20_000, enabled: () => listener.listening });
    listener.on('scope_changed', {
      notify: (payload) => (payload === '*' ? this.cache.clear() : this.cache.dropGroup(payload)),
      lost: () => this.cache.clear(),
    });
  }

  async of(personId: string, role: Role): Promise<ViewerScope> {
    const key = `${personId}:${role}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const stamp = this.cache.stamp();
    const scope = await this.repo.scope(personId, role);
    this.cache.set(key, personId, scope, stamp);
    return scope;
  }
}
