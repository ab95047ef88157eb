import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ConfigError } from '@hub/core';
import { isPortFree, startEmbeddedMeilisearch, startEmbeddedPostgres } from '@hub/runtime';
import { checkDatabase } from '../../apps/api/src/database/ensure-database';
import { freePort } from '../support/hub-process';

const root = join(__dirname, '..', '..');
const main = join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built hub (global setup builds it) until it exits or `until` matches its output. */
function runHub(env: Record<string, string>, until?: RegExp, then?: (kill: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const watch = (): void => {
      if (until && !signalled && until.test(stdout)) {
        signalled = true;
        then?.(() => child.kill('SIGINT'));
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      watch();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function occupy(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('start-up', () => {
  it('a bad variable stops start-up with one sentence naming it', async () => {
    const run = await runHub({ PORT: 'tretusen' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Nätverkshubben kunde inte starta: PORT must be a whole number between 1 and 65535, but is "tretusen": fix or unset it.',
    );
  });

  it('a port in use stops start-up and names the fix', async () => {
    const port = await freePort(31900, 31999);
    const server = await occupy(port);
    try {
      const run = await runHub({ PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} is in use`);
      expect(run.stderr).toContain('PORT=');
    } finally {
      server.close();
    }
  });

  it('an unreachable database is named with the fix', async () => {
    await expect(checkDatabase('postgres://hub:x@127.0.0.1:1/hub')).rejects.toThrow(ConfigError);
    await expect(checkDatabase('postgres://hub:x@127.0.0.1:1/hub')).rejects.toThrow(
      /Cannot reach the PostgreSQL database at 127\.0\.0\.1:1\/hub .*DATABASE_URL/,
    );
  });

  it('the embedded Meilisearch refuses a busy port with the variable to change', async () => {
    const port = await freePort(31900, 31999);
    const server = await occupy(port);
    try {
      await expect(
        startEmbeddedMeilisearch({ dir: join(root, '.data', 'test', 'busy-meili'), port, secretsDir: join(root, '.data', 'test') }),
      ).rejects.toThrow(new RegExp(`Port ${port} for the embedded Meilisearch is in use.*EMBEDDED_MEILI_PORT`));
    } finally {
      server.close();
    }
  });

  it('a platform without embedded binaries names the variables to set instead', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      await expect(
        startEmbeddedMeilisearch({ dir: join(root, '.data', 'test', 'no-meili'), port: 38125, secretsDir: join(root, '.data', 'test') }),
      ).rejects.toThrow(/There is no embedded Meilisearch for darwin-x64: set MEILI_URL and MEILI_MASTER_KEY/);
      await expect(
        startEmbeddedPostgres({ dir: join(root, '.data', 'test', 'no-pg'), port: 38126, secretsDir: join(root, '.data', 'test') }),
      ).rejects.toThrow(/There is no embedded PostgreSQL for darwin-x64: set DATABASE_URL/);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('npm start boots embedded PostgreSQL and Meilisearch, seeds once, stops them all on Ctrl-C and reuses the data', async () => {
    const dataDir = join(root, '.data', 'test', 'startup-hub');
    rmSync(dataDir, { recursive: true, force: true });
    // Ports below Linux's ephemeral range (32768–60999), so no outgoing connection holds one; the
    // second start reuses them.
    const [port, pgPort] = [await freePort(31600, 31699), await freePort(31700, 31799)];
    const meiliPort = await freePort(31800, 31899);
    const env = {
      HUB_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
      HUB_ADMIN_PASSWORD: 'startup-test-2026',
    };
    let health: unknown;
    let demoFeed: { items: Array<{ body: string; announcement: boolean; pinned: boolean; commentCount: number }> } | undefined;
    const first = await runHub(env, /Avsluta med Ctrl-C/, (stop) => {
      const base = `http://127.0.0.1:${port}`;
      void (async () => {
        health = await (await fetch(`${base}/api/health`)).json();
        // The demo's networks have something to read: Karin's network feed, as she sees it.
        const login = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'karin.lindqvist@helsingborg.se', password: 'hubben-demo-2026' }),
        });
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
        demoFeed = (await (
          await fetch(`${base}/api/v1/networks/natverket-for-valfardsteknik/posts`, { headers: { cookie } })
        ).json()) as typeof demoFeed;
      })().finally(stop);
    });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Demodata inlagd');
    expect(first.stdout).toContain('Demoinlägg inlagda');
    expect(demoFeed?.items.length).toBeGreaterThanOrEqual(4);
    expect(demoFeed?.items.some((p) => p.pinned)).toBe(true);
    expect(demoFeed?.items.some((p) => p.announcement)).toBe(true);
    expect(demoFeed?.items.some((p) => p.commentCount > 0)).toBe(true);
    expect(demoFeed?.items.every((p) => p.body.length > 0)).toBe(true);
    expect(first.stdout).toContain(`http://localhost:${port}`);
    expect(first.stdout).toContain('karin.lindqvist@helsingborg.se');
    expect(first.stdout).not.toContain('startup-test-2026');
    expect(health).toMatchObject({ status: 'ok', database: { status: 'available' }, search: { status: 'available' } });
    expect(await isPortFree(pgPort)).toBe(true);
    expect(await isPortFree(meiliPort)).toBe(true);

    const second = await runHub(env, /Avsluta med Ctrl-C/, (stop) => stop());
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
    expect(second.stdout).not.toContain('Demodata inlagd');
    expect(second.stdout).not.toContain('Demoinlägg');
    expect(second.stdout).not.toContain('migrering');
  }, 120_000);
});
