// npm run bench: build the API, then run bench/run.cjs (see bench/README.md).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

execFileSync(process.execPath, [join(__dirname, 'build.cjs'), 'api'], { stdio: 'inherit' });
execFileSync(process.execPath, [join(__dirname, '..', 'bench', 'run.cjs')], { stdio: 'inherit' });
