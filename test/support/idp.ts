import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestHub } from './test-hub';

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

/** A real oidc-provider (scripts/oidc-idp.mjs) in its own process on a free loopback port. */
export class TestIdp {
  private constructor(
    readonly issuer: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(title: string, clients: IdpClient[]): Promise<TestIdp> {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'scripts', 'oidc-idp.mjs')], {
      env: { ...process.env, IDP_OPTIONS: JSON.stringify({ port: 0, title, clients, testControls: true }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const issuer = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const m = /^IDP_READY (\S+)/.exec(line);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`identity provider exited with ${code}`)));
    });
    return new TestIdp(issuer, child);
  }

  /** Steers the provider: accounts disabled at home, e-mail per login, a misbehaving ID token. */
  async set(controls: {
    disabled?: string[];
    emails?: Record<string, string>;
    tamper?: 'expired' | 'nonce' | 'otherkey' | null;
  }): Promise<void> {
    const res = await fetch(`${this.issuer}/__test`, { method: 'POST', body: JSON.stringify(controls) });
    if (res.status !== 204) throw new Error(`controls failed: ${res.status}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** Cookies as a browser keeps them for one host (enough for the provider's own pages). */
class Jar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export interface ProviderTrip {
  /** Path and query of the hub's callback, as the provider sent the browser back. */
  callback: string;
  /** The hub's state cookie set at the start (`nh_sso=...`). */
  stateCookie: string;
}

/** Starts at the hub, then signs in (or cancels) on the provider's real login page, following its redirects. */
export async function throughProvider(
  hub: TestHub,
  email: string,
  options: { login?: string; returnTo?: string; cancel?: boolean; jar?: Jar } = {},
): Promise<ProviderTrip> {
  const start = await hub.get(
    `/api/v1/auth/sso/start?email=${encodeURIComponent(email)}&returnTo=${encodeURIComponent(options.returnTo ?? '/')}`,
  );
  if (start.status !== 302) throw new Error(`start answered ${start.status}: ${start.text}`);
  const stateCookie = String(start.headers['set-cookie']).match(/nh_sso=[^;]+/)![0];
  const jar = options.jar ?? new Jar();
  let url = String(start.headers['location']);
  let init: RequestInit = {};
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(hub.config.publicUrl)) return { callback: url.slice(hub.config.publicUrl.length), stateCookie };
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.keep(res);
    init = {};
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const uid = /\/interaction\/([\w-]+)\/login/.exec(html)?.[1];
    if (res.status !== 200 || !uid) throw new Error(`provider page ${res.status}: ${html.slice(0, 300)}`);
    const base = new URL(url).origin;
    if (options.cancel) {
      url = `${base}/interaction/${uid}/abort`;
      continue;
    }
    url = `${base}/interaction/${uid}/login`;
    init = {
      method: 'POST',
      body: new URLSearchParams({ login: options.login ?? email, password: 'vad-som-helst' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('too many redirects');
}

export { Jar };
