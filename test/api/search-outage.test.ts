import { join } from 'node:path';
import { startEmbeddedMeilisearch } from '@hub/runtime';
import { SearchIndexer } from '@hub/search';
import { freePort } from '../support/hub-process';
import { TestHub } from '../support/test-hub';

const root = join(__dirname, '..', '..');

describe('search when Meilisearch goes away', () => {
  it('writes keep working, searches answer 503, and the index converges with nothing missing or stale', async () => {
    const dir = join(root, '.data', 'test', 'outage-meili');
    const secretsDir = join(root, '.data', 'test', 'outage-secrets');
    // Below Linux's ephemeral range (32768–60999): Meilisearch comes back on this port after the
    // outage, and an outgoing connection elsewhere in the run must not take it in between.
    const port = await freePort(31500, 31599);
    let meili = await startEmbeddedMeilisearch({ dir, port, secretsDir });
    const hub = await TestHub.start({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
    try {
      const asker = await hub.person({ name: 'Frågande Person' });
      const session = await hub.login(asker);
      const people: string[] = [];
      const write = async (i: number): Promise<void> => {
        const p = await hub.person({ name: `Avbrott ${i}`, expertise: [`avbrottstest${i % 7}`, 'driftstörning'] });
        people.push(p.id);
        if (i % 10 === 0 && people.length > 5)
          await hub.db.query(`UPDATE person SET title = $2 WHERE id = $1`, [people[i - 5], `Ändrad ${i}`]);
        if (i % 50 === 0 && people.length > 20) await hub.db.query(`UPDATE person SET disabled_at = now() WHERE id = $1`, [people[i - 20]]);
      };

      for (let i = 0; i < 300; i++) await write(i);
      await meili.stop();
      for (let i = 300; i < 700; i++) await write(i);
      // Writes through the API succeed while search is down; search says so clearly.
      const patch = await hub.patch('/api/v1/me', { as: session, body: { title: 'Skriver under avbrottet' } });
      expect(patch.status).toBe(200);
      const search = await hub.get<{ code: string; detail: string }>('/api/v1/people/search?q=driftstörning', { as: session });
      expect(search.status).toBe(503);
      expect(search.body.code).toBe('unavailable');
      expect(search.body.detail).toMatch(/Sökningen är inte tillgänglig/);

      // The failed attempts are recorded (backoff), not rolled back with the failure.
      let attempts = 0;
      for (const started = Date.now(); attempts === 0 && Date.now() - started < 10_000;) {
        const rows: Array<{ n: number | null }> = await hub.db.query(`SELECT max(attempts) AS n FROM search_outbox`);
        attempts = rows[0]!.n ?? 0;
        if (attempts === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(attempts).toBeGreaterThanOrEqual(1);

      meili = await startEmbeddedMeilisearch({ dir, port, secretsDir });
      for (let i = 700; i < 1000; i++) await write(i);
      await hub.settle();

      const indexer = hub.app.get(SearchIndexer);
      expect(await indexer.check('person', false)).toEqual({ missing: 0, stale: 0, extra: 0 });
      const found = await hub.get<{ total: number }>('/api/v1/people/search?q=driftstörning&limit=1', { as: session });
      expect(found.status).toBe(200);
      const active: Array<{ n: number }> = await hub.db.query(
        `SELECT count(*)::int AS n FROM person WHERE name LIKE 'Avbrott %' AND disabled_at IS NULL`,
      );
      expect(found.body.total).toBe(active[0]!.n);
    } finally {
      await hub.close();
      await meili.stop();
    }
  }, 180_000);
});
