import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, DomainError, DomainEvents, loadConfig, persistentSecret } from '@hub/core';
import { PeopleImportService, PeopleRepository } from '@hub/people';
import { isPortFree, startEmbeddedPostgres } from '@hub/runtime';
import { dataSourceOptions, runMigrations } from './database/data-source';
import { ensureDatabase } from './database/ensure-database';

const USAGE = `Användning: npm run hub -- import <fil.csv>

  import <fil.csv>   Läs in personer från CSV (name,email,municipality,title,expertise; ; eller ,).
                     Samma regler som administratörens import: idempotent per e-postadress.`;

function progressBar(done: number, total: number): void {
  const width = 30;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rader (${Math.round(share * 100)} %)`);
}

/** The database the hub uses: DATABASE_URL, the running hub's embedded one, or an embedded one started here. */
async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  if (!(await isPortFree(config.embeddedPostgresPort))) {
    const password = persistentSecret(config.dataDir, 'postgres-password');
    return {
      url: `postgres://hub:${encodeURIComponent(password)}@127.0.0.1:${config.embeddedPostgresPort}/hub`,
      stop: async () => undefined,
    };
  }
  const pg = await startEmbeddedPostgres({
    dir: join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    secretsDir: config.dataDir,
  });
  await ensureDatabase(pg.adminUrl('postgres'), 'hub');
  return { url: pg.url, stop: () => pg.stop() };
}

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'import' || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    process.stderr.write(`Filen ${file} kunde inte läsas.\n`);
    return 1;
  }
  const db = await database();
  const ds = new DataSource(dataSourceOptions(db.url, { poolSize: 2 }));
  try {
    await runMigrations(db.url);
    await ds.initialize();
    const importer = new PeopleImportService(new PeopleRepository(ds), new DomainEvents());
    const result = await importer.import(data, progressBar);
    process.stderr.write('\n');
    for (const row of result.rows.filter((r) => r.status === 'error')) {
      process.stdout.write(`rad ${row.line} (${row.email || 'utan e-post'}): ${row.errors.join(' ')}\n`);
    }
    process.stdout.write(`Klart: ${result.created} nya, ${result.updated} uppdaterade, ${result.failed} med fel.\n`);
    return result.failed > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof DomainError || err instanceof ConfigError) {
      process.stderr.write(`\n${err instanceof DomainError ? err.detail : err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
