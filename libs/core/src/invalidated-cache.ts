interface Entry<V> {
  value: V;
  group: string;
  until: number;
}

/**
 * Answers kept in process for a short while, in groups (a person's) that a `NOTIFY` drops at
 * once. Correctness rests on the invalidation, not on the TTL: `enabled` says whether the
 * notifications are arriving (`DbListener.listening`); without them nothing is served. A lookup
 * takes a `stamp()` before it reads the database and `set` refuses the answer if anything was
 * dropped meanwhile, so an answer read before a change is never cached after it.
 */
export class InvalidatedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly byGroup = new Map<string, Set<string>>();
  private generation = 0;

  constructor(private readonly options: { ttlMs: number; maxEntries: number; enabled: () => boolean }) {}

  get(key: string): V | undefined {
    if (!this.options.enabled()) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.entries.delete(key);
      this.byGroup.get(entry.group)?.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Take before reading the database; pass to `set`. */
  stamp(): number {
    return this.generation;
  }

  set(key: string, group: string, value: V, stamp: number, expiresAt?: Date): void {
    if (!this.options.enabled() || stamp !== this.generation) return;
    const until = Math.min(Date.now() + this.options.ttlMs, expiresAt?.getTime() ?? Infinity);
    this.entries.set(key, { value, group, until });
    let keys = this.byGroup.get(group);
    if (!keys) this.byGroup.set(group, (keys = new Set()));
    keys.add(key);
    if (this.entries.size > this.options.maxEntries) this.clear();
  }

  dropGroup(group: string): void {
    this.generation += 1;
    for (const key of this.byGroup.get(group) ?? []) this.entries.delete(key);
    this.byGroup.delete(group);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.byGroup.clear();
  }
}
