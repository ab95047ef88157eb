// Compiles the API and libraries with swc (decorator metadata included) and builds the web app
// with Vite. `node scripts/build.cjs api` or `web` builds one; nothing rebuilds when up to date.
const { transformFileSync } = require('@swc/core');
const { readdirSync, statSync, mkdirSync, writeFileSync, existsSync, rmSync, renameSync, copyFileSync } = require('node:fs');
const { join, relative, dirname } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'api');
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs', strictMode: true },
  sourceMaps: 'inline',
};

function walk(dir, files = [], assets = false) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, files, assets);
    else if (full.endsWith('.ts') && !full.endsWith('.spec.ts') && !full.endsWith('.d.ts')) files.push(full);
    // Worker threads start from a file, so their plain CommonJS is copied as it is.
    else if (full.endsWith('.worker.cjs')) files.push(full);
    else if (assets && /\.(tsx|css|svg|png|ico|woff2?)$/.test(full)) files.push(full);
  }
  return files;
}

function newest(dirs, assets = false) {
  let t = 0;
  for (const d of dirs) for (const f of walk(d, [], assets)) t = Math.max(t, statSync(f).mtimeMs);
  return t;
}

function buildApi() {
  const libs = readdirSync(join(root, 'libs')).filter((l) => existsSync(join(root, 'libs', l, 'src', 'index.ts')));
  const sources = [join(root, 'apps', 'api', 'src'), ...libs.map((l) => join(root, 'libs', l, 'src'))];
  const stamp = join(out, '.built');
  const sourceTime = Math.max(newest(sources), statSync(join(root, 'package.json')).mtimeMs, statSync(__filename).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) return;
  // Build beside the old output and swap, so a concurrent build or test run never sees half a tree.
  const staging = `${out}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const dir of sources) {
    for (const file of walk(dir)) {
      const target = join(staging, relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith('.cjs')) {
        copyFileSync(file, target);
        continue;
      }
      const { code } = transformFileSync(file, { ...swcOptions, filename: file });
      writeFileSync(target, code);
    }
  }
  const pkg = require(join(root, 'package.json'));
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, private: true }, null, 2));
  // Workspace aliases (@hub/<lib>) resolve through dist/api/node_modules.
  for (const lib of libs) {
    const dir = join(staging, 'node_modules', '@hub', lib);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.js'), `module.exports = require('../../../libs/${lib}/src/index.js');\n`);
  }
  writeFileSync(join(staging, '.built'), new Date().toISOString());
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}

function buildWeb() {
  const webRoot = join(root, 'apps', 'web');
  if (!existsSync(join(webRoot, 'index.html'))) return;
  const stamp = join(root, 'dist', 'web', '.built');
  const sourceTime = Math.max(
    newest([join(webRoot, 'src'), join(webRoot, 'public')].filter(existsSync), true),
    statSync(join(webRoot, 'index.html')).mtimeMs,
    statSync(join(webRoot, 'vite.config.mts')).mtimeMs,
    statSync(__filename).mtimeMs,
  );
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(webRoot, 'vite.config.mts'), '--logLevel', 'warn'],
    {
      cwd: webRoot,
      stdio: 'inherit',
    },
  );
  writeFileSync(stamp, new Date().toISOString());
}

module.exports = { buildApi, buildWeb };

if (require.main === module) {
  const which = process.argv[2];
  if (!which || which === 'api') buildApi();
  if (!which || which === 'web') buildWeb();
}
