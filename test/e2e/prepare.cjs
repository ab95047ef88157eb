// Runs before the hub starts for the browser journeys: a fresh data folder (so every run sees the
// same demo seed), and the web app built. The web app is built here with Vite's own binary because
// scripts/build.cjs resolves 'vite/bin/vite.js', which vite 8 does not export; with a fresh
// dist/web/.built stamp, scripts/build.cjs then leaves the web build alone.
const { execFileSync } = require('node:child_process');
const { rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
rmSync(join(root, process.env.HUB_DATA_DIR ?? join('.data', 'e2e')), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    join(root, 'apps', 'web', 'vite.config.mts'),
    '--logLevel',
    'warn',
  ],
  {
    cwd: join(root, 'apps', 'web'),
    stdio: 'inherit',
  },
);
writeFileSync(join(root, 'dist', 'web', '.built'), new Date().toISOString());
