import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, DomainError, DomainEvents, loadConfig, persistentSecret } from '@hub/core';
import { PeopleImportService, PeopleRepository } from '@hub/people';
import { AuditRepository, type ChainBreak } from '@hub/records';
import { isPortFree, startEmbeddedMeilisearch, startEmbeddedPostgres } from '@hub/runtime';
import { type MeiliConnection, MeiliClient, SearchIndexer, SearchRepository } from '@hub/search';
import { dataSourceOptions, runMigrations } from './database/data-source';
import { ensureDatabase } from './database/ensure-database';

const USAGE = `Användning: npm run hub -- <kommando>

  import <fil.csv>   Läs in personer från CSV (name,email,municipality,title,expertise; ; eller ,).
                     Samma regler som administratörens import: idempotent per e-postadress.
  reindex            Bygg om sökindexen (personer, nätverk) i nya index och byt in dem.
  search-check       Jämför databasen med sökindexen och reparera det som saknas, är gammalt eller för mycket.
  audit-verify       Kontrollera granskningsloggens hashkedja och nämn den första raden som ändrats eller saknas.`;

const BREAKS: Record<ChainBreak['reason'], string> = {
  changed: 'raden har ändrats efter att den skrevs',
  'missing-before': 'en eller flera rader före den har tagits bort',
  'out-of-order': 'den pekar inte på raden före (rader har tagits bort eller bytts ut)',
  'missing-after': 'den senast skrivna raden och de närmast före den har tagits bort',
};

async function auditVerify(): Promise<number> {
  const db = await database();
  const ds = new DataSource(dataSourceOptions(db.url, { poolSize: 2 }));
  try {
    await runMigrations(db.url);
    await ds.initialize();
    const { checked, broken } = await new AuditRepository(ds).firstBreak();
    if (!broken) {
      process.stdout.write(`Granskningsloggen är hel: ${checked} rader kontrollerade.\n`);
      return 0;
    }
    process.stdout.write(`Granskningsloggen är bruten vid rad ${broken.seq}: ${BREAKS[broken.reason]}.\n`);
    return 1;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
  }
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.round(share * 100)} %)`);
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

/** The Meilisearch the hub uses: MEILI_URL, the running hub's embedded one, or one started here. */
async function search(): Promise<{ connection: MeiliConnection; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.meiliUrl) {
    return {
      connection: { url: config.meiliUrl, apiKey: config.meiliMasterKey, indexPrefix: config.meiliIndexPrefix },
      stop: async () => undefined,
    };
  }
  if (!(await isPortFree(config.embeddedMeiliPort))) {
    const apiKey = persistentSecret(config.dataDir, 'meili-master-key', 32);
    return {
      connection: { url: `http://127.0.0.1:${config.embeddedMeiliPort}`, apiKey, indexPrefix: config.meiliIndexPrefix },
      stop: async () => undefined,
    };
  }
  const meili = await startEmbeddedMeilisearch({
    dir: join(config.dataDir, 'meili'),
    port: config.embeddedMeiliPort,
    secretsDir: config.dataDir,
  });
  return { connection: { url: meili.url, apiKey: meili.masterKey, indexPrefix: config.meiliIndexPrefix }, stop: () => meili.stop() };
}

async function searchCommand(command: 'reindex' | 'search-check'): Promise<number> {
  const db = await database();
  const meili = await search();
  const ds = new DataSource(dataSourceOptions(db.url, { poolSize: 2 }));
  try {
    await runMigrations(db.url);
    await ds.initialize();
    const indexer = new SearchIndexer(new MeiliClient(meili.connection), new SearchRepository(ds));
    let problems = 0;
    for (const [kind, label] of [
      ['person', 'personer'],
      ['network', 'nätverk'],
      ['post', 'inlägg'],
      ['document', 'dokument'],
      ['message', 'chattmeddelanden'],
      ['meeting', 'möten'],
    ] as const) {
      if (command === 'reindex') {
        process.stderr.write(`${label}: `);
        const count = await indexer.rebuild(kind, progressBar);
        process.stderr.write(`\n${label}: ${count} indexerade.\n`);
      } else {
        const found = await indexer.check(kind, true);
        problems += found.missing + found.stale + found.extra;
        process.stdout.write(
          `${label}: ${found.missing} saknades, ${found.stale} var inaktuella, ${found.extra} fanns för mycket${found.missing + found.stale + found.extra > 0 ? ' (reparerat)' : ''}.\n`,
        );
      }
    }
    return command === 'search-check' && problems > 0 ? 1 : 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await meili.stop();
    await db.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  Logger.overrideLogger(['error', 'warn']);
  const [command, file] = argv;
  if (command === 'reindex' || command === 'search-check') return searchCommand(command);
  if (command === 'audit-verify') return auditVerify();
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
    const result = await importer.import(data, null, progressBar);
    await new AuditRepository(ds).insert({
      action: 'people.imported',
      actorId: null,
      detail: { created: result.created, updated: result.updated, failed: result.failed, via: 'cli' },
    });
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
