import { join } from 'node:path';
import type { HubConfig } from '@hub/core';
import { startEmbeddedMeilisearch, startEmbeddedPostgres } from '@hub/runtime';
import type { Connections } from './app.module';
import { checkDatabase, ensureDatabase } from './database/ensure-database';

export interface StartedServices {
  readonly connections: Connections;
  readonly embedded: string[];
  stop(): Promise<void>;
}

/** PostgreSQL and Meilisearch: the configured ones, or embedded ones the hub starts and stops itself. */
export async function startServices(config: HubConfig, log: (line: string) => void = () => undefined): Promise<StartedServices> {
  const stops: Array<() => Promise<void>> = [];
  const embedded: string[] = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log(`Startar inbyggd PostgreSQL på 127.0.0.1:${config.embeddedPostgresPort} …`);
      const pg = await startEmbeddedPostgres({
        dir: join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        secretsDir: config.dataDir,
      });
      stops.push(() => pg.stop());
      embedded.push(`PostgreSQL 127.0.0.1:${config.embeddedPostgresPort}`);
      await ensureDatabase(pg.adminUrl('postgres'), 'hub');
      databaseUrl = pg.url;
    }
    await checkDatabase(databaseUrl);
    let meiliUrl = config.meiliUrl;
    let meiliKey = config.meiliMasterKey;
    if (!meiliUrl) {
      log(`Startar inbyggd Meilisearch på 127.0.0.1:${config.embeddedMeiliPort} …`);
      const meili = await startEmbeddedMeilisearch({
        dir: join(config.dataDir, 'meili'),
        port: config.embeddedMeiliPort,
        secretsDir: config.dataDir,
      });
      stops.push(() => meili.stop());
      embedded.push(`Meilisearch 127.0.0.1:${config.embeddedMeiliPort}`);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }
    return { connections: { databaseUrl, meiliUrl, meiliKey }, embedded, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
