// Generates the web app's API types from the committed OpenAPI document, and copies the realtime
// contract and the Stockholm time helpers (libs/core/src/realtime-contract.ts and stockholm-time.ts,
// which import nothing) for the web app.
// `--check` fails when apps/web/src/api/schema.ts or a copied file is not what its source gives.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'apps', 'api', 'openapi.json');
const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')));
const outputs = [
  {
    target: join(root, 'apps', 'web', 'src', 'api', 'schema.ts'),
    text: `/* eslint-disable */\n// Generated from apps/api/openapi.json by scripts/gen-client.mjs (npm run openapi). Do not edit.\n${astToString(ast)}`,
  },
  ...['realtime-contract.ts', 'stockholm-time.ts'].map((name) => ({
    target: join(root, 'apps', 'web', 'src', 'api', name),
    text: `/* eslint-disable */\n// Copied from libs/core/src/${name} by scripts/gen-client.mjs (npm run openapi). Do not edit.\n${readFileSync(join(root, 'libs', 'core', 'src', name), 'utf8')}`,
  })),
];
const check = process.argv.includes('--check');
let stale = false;
for (const { target, text } of outputs) {
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing */
    }
    if (current !== text) {
      console.error(`${target.slice(root.length + 1)} is out of date: run npm run openapi and commit the result.`);
      stale = true;
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`Written ${target}`);
  }
}
if (stale) process.exit(1);
