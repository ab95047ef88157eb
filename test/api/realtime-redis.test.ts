import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Socket } from 'socket.io-client';
import { freePort, HubProcess, until } from '../support/hub-process';
import { connectSocket, ORIGIN, record as recordEvents } from '../support/sockets';
import { type Credentials, type NetworkHandle, TestHub } from '../support/test-hub';

/**
 * Two real hub processes (the built `main.js`, as `npm start` runs it) on one database, sharing
 * Socket.IO rooms through a real Redis server (Debian's `redis-server`, started here on loopback).
 */

const REDIS_PASSWORD = 'redis-lösen-3-hemligt';

interface HubEvent {
  id: string;
  type: string;
  networkId: string | null;
  data: { postId?: string };
}

/** A redis-server of its own on loopback: no persistence, a password, stopped by its PID. */
class RedisServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(port: number): Promise<RedisServer> {
    const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
    if (found.error || found.status !== 0) {
      throw new Error(
        'redis-server is not installed: these tests need a real Redis. Install the Debian package "redis-server" (apt-get install redis-server); .ci/run installs it.',
      );
    }
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--requirepass',
        REDIS_PASSWORD,
        '--protected-mode',
        'yes',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await until(() => /Ready to accept connections/.test(output) || child.exitCode !== null, 10_000, 'redis-server to start');
    if (child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}:\n${output}`);
    return new RedisServer(child, port);
  }

  get url(): string {
    return `redis://:${encodeURIComponent(REDIS_PASSWORD)}@127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.kill(this.child.pid!, 'SIGTERM');
    await exited;
  }
}

describe('realtime across two hub processes through Redis (REDIS_URL)', () => {
  let redis: RedisServer;
  let hub: TestHub;
  let first: HubProcess;
  let second: HubProcess;
  let closed: NetworkHandle;
  let other: NetworkHandle;
  let sessions: Record<'coord' | 'anna' | 'bo' | 'outsider', Credentials>;
  let shared: Record<string, string>;
  const sockets: Socket[] = [];

  const connect = (url: string, as: Credentials): Promise<Socket> => connectSocket(url, as, sockets);
  const record = (socket: Socket): HubEvent[] => recordEvents<HubEvent>(socket, 'post.created');
  const postIds = (events: HubEvent[]): string[] => events.map((e) => e.data.postId ?? '');

  beforeAll(async () => {
    redis = await RedisServer.start(await freePort(6390, 6399));
    // The in-process hub is only the builder: its database is the one both processes share.
    hub = await TestHub.start();
    closed = await hub.network({ visibility: 'closed' });
    other = await hub.network({ visibility: 'closed' });
    const [coordinator, anna, bo, outsider] = [await hub.person(), await hub.person(), await hub.person(), await hub.person()];
    await hub.member(closed, coordinator, 'coordinator');
    await hub.member(closed, anna);
    await hub.member(closed, bo);
    await hub.member(other, coordinator, 'coordinator');
    await hub.member(other, outsider);
    sessions = {
      coord: await hub.login(coordinator),
      anna: await hub.login(anna),
      bo: await hub.login(bo),
      outsider: await hub.login(outsider),
    };
    shared = {
      DATABASE_URL: (hub.db.options as { url: string }).url,
      MEILI_URL: process.env['HUB_TEST_MEILI_URL']!,
      MEILI_MASTER_KEY: process.env['HUB_TEST_MEILI_KEY'] ?? '',
      MEILI_INDEX_PREFIX: hub.config.meiliIndexPrefix,
      DOCUMENT_STORAGE_DIR: hub.config.documentStorageDir,
      // The sockets come from the web app's address, as in a browser.
      PUBLIC_URL: ORIGIN,
      REDIS_URL: redis.url,
    };
    const firstPort = await freePort(39200, 39299);
    const secondPort = await freePort(39200, 39299, [firstPort]);
    // One after the other: each start makes sure the administrator exists.
    first = await HubProcess.start({ ...shared, PORT: String(firstPort), HUB_DATA_DIR: join(hub.config.dataDir, 'redis-hub-1') });
    second = await HubProcess.start({ ...shared, PORT: String(secondPort), HUB_DATA_DIR: join(hub.config.dataDir, 'redis-hub-2') });
  }, 120_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all([first?.stop(), second?.stop()]);
    await hub?.close();
    await redis?.stop();
  }, 60_000);

  it("a post reaches a member's socket on the other process, through Redis, and no non-member's on either", async () => {
    const [boOnFirst, annaOnSecond, outsiderOnFirst, outsiderOnSecond] = await Promise.all([
      connect(first.url, sessions.bo),
      connect(second.url, sessions.anna),
      connect(first.url, sessions.outsider),
      connect(second.url, sessions.outsider),
    ]);
    const [forBo, forAnna, forOutsider1, forOutsider2] = [boOnFirst, annaOnSecond, outsiderOnFirst, outsiderOnSecond].map(record);
    // A plain subscriber of our own shows that the processes really talk through this Redis.
    const watcher = new Redis(redis.url);
    const published: string[] = [];
    watcher.on('pmessage', (_pattern: string, channel: string) => published.push(channel));
    await watcher.psubscribe('hub_io*');
    try {
      const viaFirst = await first.post(sessions.bo, closed.id, 'Skrivet på process ett');
      await until(() => postIds(forAnna).includes(viaFirst), 5000, 'the post to reach Anna on the second process');
      expect(forAnna.find((e) => e.data.postId === viaFirst)).toMatchObject({ type: 'post.created', networkId: closed.id });
      await until(() => published.length > 0, 2000, 'a message on Redis');

      const viaSecond = await second.post(sessions.anna, closed.id, 'Skrivet på process två');
      await until(() => postIds(forBo).includes(viaSecond), 5000, 'the post to reach Bo on the first process');

      // The outsider's sockets on both processes are live (their own network's post arrives) and
      // never saw either post of the closed network.
      const sentinel = await second.post(sessions.coord, other.id, 'Till de andra');
      await until(() => postIds(forOutsider1).includes(sentinel) && postIds(forOutsider2).includes(sentinel), 5000, 'the sentinel');
      expect(postIds(forOutsider1)).toEqual([sentinel]);
      expect(postIds(forOutsider2)).toEqual([sentinel]);
      expect(postIds(forAnna)).not.toContain(sentinel);
    } finally {
      watcher.disconnect();
    }
  });

  it('Redis going away does not stop either process; after it is back, events cross again; the password is never logged', async () => {
    const [boOnFirst, annaOnSecond] = await Promise.all([connect(first.url, sessions.bo), connect(second.url, sessions.anna)]);
    const [forBo, forAnna] = [record(boOnFirst), record(annaOnSecond)];
    await redis.stop();

    // Both processes keep serving: posts are saved and reach the sockets on the same process.
    const during = await first.post(sessions.bo, closed.id, 'Medan Redis är borta');
    await until(() => postIds(forBo).includes(during), 5000, 'the post to reach Bo on the same process');
    await second.post(sessions.anna, closed.id, 'Också medan Redis är borta');
    await until(() => /Redis at 127\.0\.0\.1:\d+ is unreachable/.test(first.output), 10_000, 'the outage in the log');
    expect([first.running, second.running]).toEqual([true, true]);
    for (const proc of [first, second]) expect((await fetch(`${proc.url}/api/ready`)).status).toBe(200);

    redis = await RedisServer.start(redis.port);
    // The processes reconnect and resubscribe by themselves (within a few seconds of backoff).
    let after = '';
    await until(
      async () => {
        if (after && postIds(forAnna).includes(after)) return true;
        after = await first.post(sessions.bo, closed.id, 'Efter att Redis kom tillbaka');
        await new Promise((r) => setTimeout(r, 500));
        return postIds(forAnna).includes(after);
      },
      20_000,
      'events to cross processes again',
    );
    expect([first.running, second.running]).toEqual([true, true]);
    for (const log of [first.output, second.output]) {
      expect(log).not.toContain(REDIS_PASSWORD);
      expect(log).not.toContain(encodeURIComponent(REDIS_PASSWORD));
    }
  }, 60_000);

  it('a wrong Redis password stops start-up with the reason, without either password', async () => {
    const wrong = 'fel-lösenord-för-redis';
    const run = HubProcess.run({
      ...shared,
      PORT: String(await freePort(39200, 39299, [Number(new URL(first.url).port), Number(new URL(second.url).port)])),
      HUB_DATA_DIR: join(hub.config.dataDir, 'redis-hub-wrong-password'),
      REDIS_URL: `redis://:${encodeURIComponent(wrong)}@127.0.0.1:${redis.port}`,
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(
      new RegExp(`kunde inte starta: Cannot reach Redis at 127\\.0\\.0\\.1:${redis.port} \\(WRONGPASS .*\\): .*REDIS_URL`),
    );
    for (const secret of [wrong, encodeURIComponent(wrong), REDIS_PASSWORD]) expect(run.output()).not.toContain(secret);
  }, 90_000);

  it('stops cleanly on Ctrl-C, closing its Redis connections', async () => {
    const watcher = new Redis(redis.url);
    try {
      const clients = async (): Promise<number> =>
        String(await watcher.client('LIST'))
          .split('\n')
          .filter((line) => line.includes('name=natverkshubben-socket-io')).length;
      await until(async () => (await clients()) === 4, 5000, 'both processes to hold two connections each');
      expect(await second.stop()).toBe(0);
      await until(async () => (await clients()) === 2, 5000, 'the stopped process to close its connections');
      expect(second.output).not.toMatch(/oväntat fel|inte rent/);
    } finally {
      watcher.disconnect();
    }
  });
});

describe('REDIS_URL at start-up', () => {
  it('a REDIS_URL that is not redis:// or rediss:// stops start-up with one sentence naming it, without the password', async () => {
    const run = HubProcess.run({ REDIS_URL: `http://:${REDIS_PASSWORD}@127.0.0.1:6390` });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      'Nätverkshubben kunde inte starta: REDIS_URL must start with redis: or rediss:, but starts with http:: fix or unset it.',
    );
  });

  it('an unparsable REDIS_URL stops start-up without repeating it', async () => {
    const run = HubProcess.run({ REDIS_URL: `redis://:${REDIS_PASSWORD}@127.0.0.1:port` });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      'Nätverkshubben kunde inte starta: REDIS_URL is not a valid URL: set it like redis://host:port or unset it.',
    );
  });

  it('a Redis that cannot be reached is named with the fix, without the password', async () => {
    const hub = await TestHub.start();
    try {
      const port = await freePort(6390, 6399);
      const run = HubProcess.run({
        DATABASE_URL: (hub.db.options as { url: string }).url,
        MEILI_URL: process.env['HUB_TEST_MEILI_URL']!,
        MEILI_MASTER_KEY: process.env['HUB_TEST_MEILI_KEY'] ?? '',
        MEILI_INDEX_PREFIX: hub.config.meiliIndexPrefix,
        HUB_DATA_DIR: join(hub.config.dataDir, 'redis-hub-unreachable'),
        PORT: String(await freePort(39200, 39299)),
        REDIS_URL: `redis://:${encodeURIComponent(REDIS_PASSWORD)}@127.0.0.1:${port}`,
      });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(
        `Nätverkshubben kunde inte starta: Cannot reach Redis at 127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}): start it or fix REDIS_URL`,
      );
      expect(run.output()).not.toContain(encodeURIComponent(REDIS_PASSWORD));
      expect(run.output()).not.toContain(REDIS_PASSWORD);
    } finally {
      await hub.close();
    }
  }, 60_000);
});
