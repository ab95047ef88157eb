// npm run hub -- <command>: the hub's command line (people import).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

require('./build.cjs').buildApi();
const result = spawnSync(
  process.execPath,
  [join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src', 'cli.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: process.env.INIT_CWD ?? process.cwd(),
  },
);
process.exit(result.status ?? 1);
