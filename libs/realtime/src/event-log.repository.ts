import { Injectable } from '@nestjs/common';
import { type EventData, type EventType, type HubEvent, preparedQuery } from '@hub/core';
import { DataSource, type EntityManager } from 'typeorm';

interface Row {
  id: string;
  type: EventType;
  network_id: string | null;
  data: EventData[EventType];
  created_at: Date;
}

// The log holds only what append wrote: each row's data is its type's.
const toEvent = <K extends EventType>(r: Row): HubEvent<K> =>
  ({ id: String(r.id), type: r.type, networkId: r.network_id, data: r.data, at: r.created_at.toISOString() }) as HubEvent<K>;

@Injectable()
export class EventLogRepository {
  constructor(private readonly db: DataSource) {}

  /** Appends on `m` (the change's own transaction) when given, else on its own connection. */
  async append<K extends EventType>(
    type: K,
    target: { networkId?: string; personId?: string },
    data: EventData[K],
    m: EntityManager = this.db.manager,
  ): Promise<HubEvent<K>> {
    const rows = await preparedQuery<Row>(
      m,
      'event_append',
      `INSERT INTO event_log (type, network_id, person_id, data) VALUES ($1, $2, $3, $4) RETURNING id, type, network_id, data, created_at`,
      [type, target.networkId ?? null, target.personId ?? null, JSON.stringify(data)],
    );
    return toEvent<K>(rows[0]!);
  }

  /** One event per person in one statement (an announcement to a whole network); in `personIds` order. */
  async appendForPeople<K extends EventType>(
    type: K,
    items: ReadonlyArray<{ personId: string; data: EventData[K] }>,
    m: EntityManager = this.db.manager,
  ): Promise<Array<HubEvent<K>>> {
    if (items.length === 0) return [];
    const rows = await preparedQuery<Row & { n: number }>(
      m,
      'event_append_people',
      `INSERT INTO event_log (type, person_id, data)
       SELECT $1, t.person_id, t.data FROM unnest($2::uuid[], $3::jsonb[]) WITH ORDINALITY AS t(person_id, data, n) ORDER BY t.n
       RETURNING id, type, network_id, data, created_at`,
      [type, items.map((i) => i.personId), items.map((i) => JSON.stringify(i.data))],
    );
    // Ids come from the sequence in insertion order, which follows ORDER BY t.n.
    return rows.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id))).map((r) => toEvent<K>(r));
  }

  /**
   * Events after `after` that the person may see now: their own, and those of networks they are a
   * member of (read from PostgreSQL at the time of asking).
   */
  async since(personId: string, role: string, after: string, limit: number): Promise<HubEvent[]> {
    const rows: Row[] = await this.db.query(
      `SELECT e.id, e.type, e.network_id, e.data, e.created_at FROM event_log e
        WHERE e.id > $2::bigint
          AND (e.person_id = $1
               OR e.network_id IN (SELECT network_id FROM membership WHERE person_id = $1)
               OR ($3 = 'admin' AND e.network_id IS NOT NULL))
        ORDER BY e.id LIMIT $4`,
      [personId, after, role, limit],
    );
    return rows.map((r) => toEvent(r));
  }

  async latestId(): Promise<string> {
    const rows: Array<{ id: string | null }> = await this.db.query(`SELECT max(id)::text AS id FROM event_log`);
    return rows[0]?.id ?? '0';
  }

  async prune(days: number): Promise<void> {
    await this.db.query(`DELETE FROM event_log WHERE created_at < now() - make_interval(days => $1)`, [days]);
  }

  async memberships(personId: string): Promise<string[]> {
    const rows: Array<{ network_id: string }> = await this.db.query(`SELECT network_id FROM membership WHERE person_id = $1`, [personId]);
    return rows.map((r) => r.network_id);
  }

  /** Which of these people are members of the network (sorted). */
  async membersAmong(networkId: string, personIds: readonly string[]): Promise<string[]> {
    if (personIds.length === 0) return [];
    const rows: Array<{ person_id: string }> = await this.db.query(
      `SELECT person_id FROM membership WHERE network_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY person_id`,
      [networkId, personIds],
    );
    return rows.map((r) => r.person_id);
  }
}
