// Entry of `npm start` and `npm test` on any Node: installs dependencies on a fresh clone, then runs
// the given script on the pinned Node 24 from node_modules (the npm package `node`).
const { existsSync, statSync } = require('node:fs');
const { execSync, spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const node24 = join(root, 'node_modules', '.bin', 'node');
const stale = !existsSync(marker) || !existsSync(node24) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
if (stale) {
  console.log('Installerar beroenden (npm ci) …');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
const [script, ...args] = process.argv.slice(2);
if (!script) process.exit(0);
const child = spawn(node24, [join(__dirname, script), ...args], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
});
// Ctrl-C reaches the child through the terminal's process group; forward kill signals too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
