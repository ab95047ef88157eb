// npm test: type-check, lint, Jest (unit + API integration on real PostgreSQL and Meilisearch) and
// Playwright journeys in Debian's Chromium. Ends with the line CI reads: `tests: N passed, M failed`.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const reports = join(root, '.data', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const lines = [];

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(name, command, args) {
  const { ok, seconds } = step(name, command, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
}

check('typecheck (api, libs, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
if (existsSync(join(root, 'apps', 'web', 'tsconfig.json')))
  check('typecheck (web)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']);
// The module-boundary rule reads Nx's project graph; compute it first.
spawnSync(bin('nx'), ['show', 'projects'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
check('lint (zero warnings, module boundaries)', bin('eslint'), ['.', '--max-warnings=0']);

const jestReport = join(reports, 'jest.json');
const jest = step('jest: unit and API integration', bin('jest'), ['--ci', '--json', `--outputFile=${jestReport}`]);
if (existsSync(jestReport)) {
  const r = JSON.parse(readFileSync(jestReport, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  lines.push(
    `${r.success ? 'ok  ' : 'FAIL'} jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numRuntimeErrorTestSuites} suites broken (${jest.seconds} s)`,
  );
} else {
  failed += 1;
  lines.push('FAIL jest produced no report (global setup failed?)');
}

const e2eConfig = join(root, 'test', 'e2e', 'playwright.config.ts');
if (existsSync(e2eConfig)) {
  const e2eReport = join(reports, 'playwright.json');
  const pw = step('playwright: browser journeys with axe', bin('playwright'), ['test', '-c', e2eConfig, '--reporter=line,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  if (existsSync(e2eReport)) {
    const s = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
    passed += s.expected;
    failed += s.unexpected + s.flaky + s.skipped;
    lines.push(
      `${s.unexpected === 0 ? 'ok  ' : 'FAIL'} playwright: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped (${pw.seconds} s)`,
    );
  } else {
    failed += 1;
    lines.push('FAIL playwright produced no report');
  }
}

console.log(`\n${lines.join('\n')}`);
const summary = `tests: ${passed} passed, ${failed} failed`;
writeFileSync(join(reports, 'summary.txt'), summary + '\n');
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
