import { randomUUID } from 'node:crypto';
import { LoginThrottle } from '@hub/identity';
import { TestHub } from '../support/test-hub';

/**
 * The sign-in throttle against the real PostgreSQL it keeps its counts in. Each test uses its own
 * accounts and addresses, and its own clock.
 */
describe('LoginThrottle', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await TestHub.start();
  });
  afterAll(() => hub.close());

  /** A throttle as one hub process has it, with a clock the test moves. */
  const process = (clock: { now: number }): LoginThrottle => {
    const t = new LoginThrottle(hub.db);
    t.now = () => clock.now;
    return t;
  };
  const fresh = (): { email: string; ip: string; clock: { now: number } } => {
    const id = randomUUID().slice(0, 8);
    return {
      email: `${id}@b.se`,
      ip: `10.${id.charCodeAt(0)}.${id.charCodeAt(1)}.${id.charCodeAt(2)}-${id}`,
      clock: { now: Date.UTC(2026, 10, 27, 12) },
    };
  };

  it('lets five failures through, then doubles the wait, and counts nothing while one waits', async () => {
    const { email, ip, clock } = fresh();
    const t = process(clock);
    for (let i = 0; i < 6; i++) expect(await t.begin(email, ip)).toBe(0);
    expect(await t.begin(email, ip)).toBe(1);
    expect(await t.begin(email, ip)).toBe(1);
    clock.now += 1000;
    expect(await t.begin(email, ip)).toBe(0);
    expect(await t.begin(email, ip)).toBe(2);
    clock.now += 2000;
    expect(await t.begin(email, ip)).toBe(0);
    expect(await t.begin(email, ip)).toBe(4);
  });

  it('never delays an account more than five minutes: no lock-out', async () => {
    const { email, clock } = fresh();
    const t = process(clock);
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const wait = await t.begin(email, `172.16.0.${i}`);
      if (wait > 0) {
        waits.push(wait);
        clock.now += wait * 1000;
      }
    }
    expect(Math.max(...waits)).toBe(300);
    expect(waits.filter((w) => w === 300).length).toBeGreaterThan(1);
    expect(await t.begin(email, '9.9.9.9')).toBe(300);
    clock.now += 300_000;
    expect(await t.begin(email, '9.9.9.9')).toBe(0);
  });

  it('counts attempts before they are checked, so a burst cannot slip through', async () => {
    const { email, ip, clock } = fresh();
    const t = process(clock);
    const waits = await Promise.all(Array.from({ length: 40 }, () => t.begin(email, ip)));
    expect(waits.filter((w) => w === 0)).toHaveLength(6);
  });

  it('throttles one IP trying many accounts, briefly (colleagues share NAT addresses)', async () => {
    const { ip, clock } = fresh();
    const t = process(clock);
    for (let i = 0; i < 51; i++) expect(await t.begin(`user${i}-${ip}@b.se`, ip)).toBe(0);
    expect(await t.begin(`new-${ip}@b.se`, ip)).toBeGreaterThan(0);
    expect(await t.begin(`new-${ip}@b.se`, `${ip}-other`)).toBe(0);
    for (let i = 0; i < 30; i++) {
      const wait = await t.begin(`more${i}-${ip}@b.se`, ip);
      expect(wait).toBeLessThanOrEqual(60);
      clock.now += wait * 1000;
    }
  });

  it('forgets an account after a successful sign-in, and failures after an hour', async () => {
    const { email, ip, clock } = fresh();
    const t = process(clock);
    for (let i = 0; i < 6; i++) await t.begin(email, ip);
    expect(await t.begin(email, `${ip}-2`)).toBe(1);
    clock.now += 1000;
    expect(await t.begin(email, ip)).toBe(0);
    await t.recordSuccess(email, ip);
    expect(await t.begin(email, `${ip}-2`)).toBe(0);

    const other = fresh();
    const u = process(other.clock);
    for (let i = 0; i < 6; i++) await u.begin(other.email, other.ip);
    other.clock.now += 61 * 60_000;
    // An hour later the old failures are gone: five free ones again.
    for (let i = 0; i < 6; i++) expect(await u.begin(other.email, other.ip)).toBe(0);
    expect(await u.begin(other.email, other.ip)).toBe(1);
  });

  it('several hub processes share the counts: attempts spread over two do not get twice the tries', async () => {
    const { email, ip, clock } = fresh();
    const a = process(clock);
    const b = process(clock);
    for (let i = 0; i < 3; i++) {
      expect(await a.begin(email, ip)).toBe(0);
      expect(await b.begin(email, ip)).toBe(0);
    }
    expect(await a.begin(email, ip)).toBe(1);
    expect(await b.begin(email, ip)).toBe(1);
  });
});
