// npm start: build what is out of date, then run the hub (which boots its own PostgreSQL and Meilisearch).
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const build = require('./build.cjs');
build.buildApi();
build.buildWeb();
const child = spawn(process.execPath, ['--enable-source-maps', join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src', 'main.js')], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
