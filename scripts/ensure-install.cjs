// Installs dependencies on a fresh clone (npm start / npm test run this first).
const { existsSync, statSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
if (stale) {
  console.log('Installerar beroenden (npm ci) …');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Nätverkshubben kör på Node.js 24 (npm-paketet "node"), men detta är ${process.version}. Kör via npm (npm start / npm test) så används node_modules/.bin/node.`,
  );
  process.exit(1);
}
