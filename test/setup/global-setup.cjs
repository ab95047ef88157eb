// Jest's globalSetup runs outside Jest's module mapping, so it uses the swc build in dist/api
// (rebuilt here when sources changed; takes well under a second).
const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const dataDir = join(root, '.data', 'test');

/**
 * Starts a fresh PostgreSQL and Meilisearch for this run (or uses TEST_DATABASE_URL / TEST_MEILI_URL),
 * migrates a template database once; each test file clones it (see test/support/test-hub.ts).
 */
module.exports = async function globalSetup() {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.cjs'), 'api'], { stdio: 'inherit' });
  const { startEmbeddedPostgres, startEmbeddedMeilisearch } = require(join(root, 'dist/api/node_modules/@hub/runtime'));
  const { runMigrations } = require(join(root, 'dist/api/apps/api/src/database/data-source.js'));
  const { ensureDatabase } = require(join(root, 'dist/api/apps/api/src/database/ensure-database.js'));
  const services = [];
  globalThis.__hubServices = services;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({
      dir: join(dataDir, 'postgres'),
      port: Number(process.env.TEST_PG_PORT ?? 54330),
      secretsDir: dataDir,
    });
    services.push(pg);
    adminUrl = pg.adminUrl('postgres');
  }
  await ensureDatabase(adminUrl, 'hub_template');
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = '/hub_template';
  await runMigrations(templateUrl.toString());
  process.env.HUB_TEST_ADMIN_URL = adminUrl;
  process.env.HUB_TEST_DATA_DIR = dataDir;
  // Hubs the tests start as processes run as one process (test/api/hub-processes.test.ts asks for two).
  process.env.HUB_PROCESSES = '1';

  if (!process.env.TEST_MEILI_URL) {
    const meili = await startEmbeddedMeilisearch({
      dir: join(dataDir, 'meili'),
      port: Number(process.env.TEST_MEILI_PORT ?? 7730),
      secretsDir: dataDir,
    });
    services.push(meili);
    process.env.HUB_TEST_MEILI_URL = meili.url;
    process.env.HUB_TEST_MEILI_KEY = meili.masterKey;
  } else {
    process.env.HUB_TEST_MEILI_URL = process.env.TEST_MEILI_URL;
    process.env.HUB_TEST_MEILI_KEY = process.env.TEST_MEILI_KEY ?? '';
  }
};
