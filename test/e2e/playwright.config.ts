import { join } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';

const root = join(__dirname, '..', '..');
// Own ports, overridable so two runs (CI and a developer) can share a machine.
const PORT = process.env.E2E_PORT ?? '3300';

/** PLAYWRIGHT_REPORTER=line,json (with PLAYWRIGHT_JSON_OUTPUT_NAME) for CI; list + HTML otherwise. */
function reporters(): ReporterDescription[] {
  const fromEnv = process.env.PLAYWRIGHT_REPORTER;
  if (fromEnv) return fromEnv.split(',').map((name) => [name.trim()] as ReporterDescription);
  return [['list'], ['html', { open: 'never', outputFolder: join(root, 'playwright-report') }]];
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(root, 'test-results', 'e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: reporters(),
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh .data/e2e each run, so the journeys always start from the same demo seed.
    command: 'node test/e2e/prepare.cjs && node scripts/start.cjs',
    cwd: root,
    url: `http://127.0.0.1:${PORT}/api/ready`,
    env: {
      PORT,
      // The socket handshake only takes the session cookie from pages of PUBLIC_URL (same origin).
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54500',
      EMBEDDED_MEILI_PORT: process.env.E2E_MEILI_PORT ?? '7900',
      // The demo identity provider for Bjuv (the sign-in journey through a municipality's account).
      DEMO_IDP_PORT: process.env.E2E_IDP_PORT ?? '3901',
      HUB_DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      HUB_ADMIN_PASSWORD: 'admin-e2e-2026',
      // One process, as in the other tests; test/api/hub-processes.test.ts runs two.
      HUB_PROCESSES: '1',
      LOG_LEVEL: 'warn',
    },
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
