import { preparedQuery } from '@hub/core';
import { TestHub } from '../support/test-hub';

/** preparedQuery runs where it is asked to: on the pool, on the plain manager, or inside a transaction. */
describe('preparedQuery', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  const count = async (): Promise<number> =>
    ((await hub.db.query(`SELECT count(*)::int AS n FROM hub_meta WHERE key LIKE 'prepared-test-%'`)) as Array<{ n: number }>)[0]!.n;
  const insert = `INSERT INTO hub_meta (key, value) VALUES ($1, 'x') RETURNING key`;

  it('answers the same on the data source and on its manager outside a transaction', async () => {
    const a = await preparedQuery<{ key: string }>(hub.db, 'prepared_test_insert', insert, ['prepared-test-a']);
    const b = await preparedQuery<{ key: string }>(hub.db.manager, 'prepared_test_insert', insert, ['prepared-test-b']);
    expect([a, b]).toEqual([[{ key: 'prepared-test-a' }], [{ key: 'prepared-test-b' }]]);
    expect(await count()).toBe(2);
  });

  it("inside a transaction it runs on that transaction's connection: a rollback takes its row", async () => {
    const before = await count();
    await expect(
      hub.db.transaction(async (m) => {
        await preparedQuery(m, 'prepared_test_insert', insert, ['prepared-test-rolled-back']);
        // The transaction sees its own row before it fails.
        const seen: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM hub_meta WHERE key = 'prepared-test-rolled-back'`);
        expect(seen[0]!.n).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await count()).toBe(before);
  });
});
