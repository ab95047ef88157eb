import { request } from 'node:http';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { freePort, HubProcess, until } from '../support/hub-process';
import { connectSocket, ORIGIN, record } from '../support/sockets';
import { type Credentials, type NetworkHandle, TestHub } from '../support/test-hub';

/**
 * `HUB_PROCESSES=2`: the built hub as `npm start` runs it, its primary forking two worker processes
 * that share one port (node's cluster) and one database, with live events crossing between them
 * through the PostgreSQL adapter.
 */

/** One request on a connection of its own (no keep-alive), so the cluster may hand it to either process. */
function getOnNewConnection(url: string, as: Credentials): Promise<number> {
  if (as.kind !== 'cookie') throw new Error('cookie sessions only');
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { cookie: `nh_session=${as.cookie}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The process ids in the request log lines (pino's `pid`) for `path`. */
function pidsServing(output: string, path: string): Set<number> {
  const pids = new Set<number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { pid?: number; req?: { url?: string } };
      if (entry.req?.url === path && entry.pid) pids.add(entry.pid);
    } catch {
      // not a log line
    }
  }
  return pids;
}

describe('HUB_PROCESSES=2: two hub processes on one port', () => {
  let hub: TestHub;
  let cluster: HubProcess;
  let network: NetworkHandle;
  let anna: Credentials;
  let bo: Credentials;
  let before: Listeners;
  const sockets: Socket[] = [];

  interface Listeners {
    /** Connections waiting for search outbox changes (the search worker's). */
    outbox: number;
    /** `DbListener` connections (auth_changed, scope_changed): one per process. */
    caches: number;
  }
  const listeners = async (): Promise<Listeners> => {
    const rows: Listeners[] = await hub.db.query(
      `SELECT count(*) FILTER (WHERE query = 'LISTEN search_outbox')::int AS outbox,
              count(*) FILTER (WHERE application_name = 'natverkshubben-listener')::int AS caches
         FROM pg_stat_activity WHERE datname = current_database()`,
    );
    return rows[0]!;
  };

  beforeAll(async () => {
    // The in-process hub is only the builder: its database is the one the cluster serves.
    hub = await TestHub.start();
    network = await hub.network({ visibility: 'closed' });
    const [a, b] = [await hub.person(), await hub.person()];
    await hub.member(network, a);
    await hub.member(network, b);
    [anna, bo] = [await hub.login(a), await hub.login(b)];
    // The builder's own listeners, so the cluster's can be told apart.
    before = await listeners();
    cluster = await HubProcess.start({
      DATABASE_URL: (hub.db.options as { url: string }).url,
      MEILI_URL: process.env['HUB_TEST_MEILI_URL']!,
      MEILI_MASTER_KEY: process.env['HUB_TEST_MEILI_KEY'] ?? '',
      MEILI_INDEX_PREFIX: hub.config.meiliIndexPrefix,
      DOCUMENT_STORAGE_DIR: hub.config.documentStorageDir,
      PUBLIC_URL: ORIGIN,
      PORT: String(await freePort(3345, 3349)),
      HUB_DATA_DIR: join(hub.config.dataDir, 'cluster-hub'),
      HUB_PROCESSES: '2',
      // Request log lines carry the answering process's pid.
      LOG_LEVEL: 'info',
    });
  }, 120_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await cluster?.stop();
    await hub?.close();
  }, 60_000);

  it('both processes answer requests on the one port', async () => {
    expect(cluster.output).toContain('(2 processer)');
    for (let i = 0; i < 8; i++) expect(await getOnNewConnection(`${cluster.url}/api/v1/me`, anna)).toBe(200);
    await until(() => pidsServing(cluster.output, '/api/v1/me').size === 2, 5000, 'requests answered by two processes');
  });

  it('search indexing runs in one of the two processes; each has its cache listener', async () => {
    const now = await listeners();
    expect({ outbox: now.outbox - before.outbox, caches: now.caches - before.caches }).toEqual({ outbox: 1, caches: 2 });
  });

  it('a post made on one process reaches sockets on both, and search finds it', async () => {
    // The cluster hands connections out in turn: four sockets are two on each process.
    const connected = await Promise.all([0, 1, 2, 3].map(() => connectSocket(cluster.url, anna, sockets)));
    const seen = connected.map((socket) => record<{ data: { postId: string } }>(socket, 'post.created'));
    const postId = await cluster.post(bo, network.id, 'Skrivet till klustrets gransångare');
    await until(() => seen.every((events) => events.some((e) => e.data.postId === postId)), 5000, 'the post on all four sockets');

    const found = async (): Promise<string[]> => {
      const res = await fetch(`${cluster.url}/api/v1/search?type=posts&q=gransångare`, {
        headers: { cookie: `nh_session=${(anna as { cookie: string }).cookie}` },
      });
      return ((await res.json()) as { posts: Array<{ id: string }> }).posts.map((p) => p.id);
    };
    let last: string[] = [];
    await until(async () => (last = await found()).length > 0, 5000, 'the post to be searchable');
    expect(last).toEqual([postId]);
  });

  it('stops cleanly on Ctrl-C, workers and all', async () => {
    expect(await cluster.stop()).toBe(0);
    expect(cluster.output).not.toMatch(/oväntat fel|inte rent|avslutades/);
    expect(cluster.output).toContain('Allt är stängt');
  });
});
