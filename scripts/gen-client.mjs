// Generates the web app's API types from the committed OpenAPI document.
// `--check` fails when apps/web/src/api/schema.ts is not what the document gives.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'apps', 'api', 'openapi.json');
const target = join(root, 'apps', 'web', 'src', 'api', 'schema.ts');
const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')));
const text = `/* eslint-disable */\n// Generated from apps/api/openapi.json by scripts/gen-client.mjs (npm run openapi). Do not edit.\n${astToString(ast)}`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error('apps/web/src/api/schema.ts is out of date: run npm run openapi and commit the result.');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`Client types written to ${target}`);
}
