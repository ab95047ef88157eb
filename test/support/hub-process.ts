import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { isPortFree } from '@hub/runtime';
import { ORIGIN } from './sockets';
import type { Credentials } from './test-hub';

/** The built hub (`dist`, built by the global setup) as `npm start` runs it. */
const main = join(__dirname, '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'main.js');
export const ADMIN_PASSWORD = 'hubbprocess-administratör-2026';

/** A free loopback port in [from, to], not among `taken`. */
export async function freePort(from: number, to: number, taken: readonly number[] = []): Promise<number> {
  for (let port = from; port <= to; port++) if (!taken.includes(port) && (await isPortFree(port, '127.0.0.1'))) return port;
  throw new Error(`No free port between ${from} and ${to}.`);
}

/** Waits until `check` holds, for at most `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The built hub as its own OS process, started like `npm start` with the given environment. */
export class HubProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly written: () => string,
    readonly url: string,
  ) {}

  static run(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, LOG_LEVEL: 'warn', HUB_SEED_DEMO: 'false', HUB_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output: () => output, exited };
  }

  static async start(env: Record<string, string>): Promise<HubProcess> {
    const run = HubProcess.run(env);
    const started = await Promise.race([
      until(() => run.output().includes('Avsluta med Ctrl-C'), 60_000, 'the hub to start').then(() => true),
      run.exited.then(() => false),
    ]);
    if (!started) throw new Error(`The hub process stopped while starting:\n${run.output()}`);
    return new HubProcess(run.child, run.output, `http://127.0.0.1:${env['PORT']}`);
  }

  /** Everything it wrote on stdout and stderr so far. */
  get output(): string {
    return this.written();
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Ctrl-C, as an operator stops it; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    process.kill(this.child.pid!, 'SIGINT');
    return exited;
  }

  async post(as: Credentials, networkId: string, body: string): Promise<string> {
    if (as.kind !== 'cookie') throw new Error('cookie sessions only');
    const res = await fetch(`${this.url}/api/v1/networks/${networkId}/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `nh_session=${as.cookie}`, 'x-csrf-token': as.csrf, origin: ORIGIN },
      body: JSON.stringify({ body }),
    });
    if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }
}
