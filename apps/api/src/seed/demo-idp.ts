import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DataSource } from 'typeorm';
import { type HubConfig, persistentSecret } from '@hub/core';
import { isPortFree } from '@hub/runtime';
import { SecretBox } from '@hub/sso';

const CLIENT_ID = 'natverkshubben-demo';
export const DEMO_IDP_NAME = 'Bjuvs konto';

export interface DemoIdp {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * The demo's identity provider for Bjuv: a real OpenID provider (scripts/oidc-idp.mjs) on loopback,
 * registered as Bjuv's provider (bjuv.se, people created at their first sign-in), so a newcomer
 * can click "Logga in med Bjuvs konto" and see the whole flow. Its signing key and the client
 * secret are kept under HUB_DATA_DIR so sign-ins survive restarts. Skipped (with a line saying why)
 * when the script is not there (a deployment) or the port is taken.
 */
export async function startDemoIdp(config: HubConfig, ds: DataSource, say: (line: string) => void): Promise<DemoIdp | null> {
  const script = join(process.cwd(), 'scripts', 'oidc-idp.mjs');
  if (!existsSync(script)) return null;
  if (!(await isPortFree(config.demoIdpPort, '127.0.0.1'))) {
    say(`Demoinloggningen för Bjuv startades inte: port ${config.demoIdpPort} är upptagen (sätt DEMO_IDP_PORT).`);
    return null;
  }
  const clientSecret = persistentSecret(config.dataDir, 'demo-idp-client-secret', 32);
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      IDP_OPTIONS: JSON.stringify({
        port: config.demoIdpPort,
        title: 'Bjuvs kommun (demo)',
        jwksFile: join(config.dataDir, 'demo-idp-jwks.json'),
        clients: [
          {
            clientId: CLIENT_ID,
            clientSecret,
            redirectUris: [`${config.publicUrl}/api/v1/auth/sso/callback`],
            postLogoutRedirectUris: [`${config.publicUrl}/logga-in`],
          },
        ],
      }),
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // A demo that cannot start (oidc-provider is a development dependency) leaves the hub running without it.
  const issuer = await new Promise<string | null>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^IDP_READY (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => resolve(null));
  });
  if (!issuer) {
    say('Demoinloggningen för Bjuv kunde inte starta (saknas oidc-provider? kör npm ci); hubben fortsätter utan den.');
    return null;
  }
  await registerDemoProvider(ds, new SecretBox(config), issuer, clientSecret);
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Registers (or points at the current address) Bjuv's demo provider, unless the secretariat set bjuv.se up otherwise. */
async function registerDemoProvider(ds: DataSource, box: SecretBox, issuer: string, clientSecret: string): Promise<void> {
  const existing: Array<{ id: string; client_id: string }> = await ds.query(
    `SELECT ip.id, ip.client_id FROM identity_provider ip JOIN identity_provider_domain d ON d.provider_id = ip.id WHERE d.domain = 'bjuv.se'`,
  );
  const row = existing[0];
  if (row && row.client_id !== CLIENT_ID) return;
  if (row) {
    await ds.query(`UPDATE identity_provider SET issuer = $2, client_secret_enc = $3, updated_at = now() WHERE id = $1`, [
      row.id,
      issuer,
      box.seal(clientSecret),
    ]);
    return;
  }
  await ds.transaction(async (manager) => {
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO identity_provider (municipality_id, name, issuer, client_id, client_secret_enc, sso_only, create_people)
       SELECT id, $1, $2, $3, $4, false, true FROM municipality WHERE slug = 'bjuv' RETURNING id`,
      [DEMO_IDP_NAME, issuer, CLIENT_ID, box.seal(clientSecret)],
    );
    if (created) await manager.query(`INSERT INTO identity_provider_domain (domain, provider_id) VALUES ('bjuv.se', $1)`, [created.id]);
  });
}
