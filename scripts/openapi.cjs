// npm run openapi: regenerate apps/api/openapi.json from the controllers and the web client types from it.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
execFileSync(process.execPath, [join(__dirname, 'build.cjs'), 'api'], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'dist', 'api', 'apps', 'api', 'src', 'openapi-cli.js')], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(__dirname, 'gen-client.mjs')], { stdio: 'inherit', cwd: root });
