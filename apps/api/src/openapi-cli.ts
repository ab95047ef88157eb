import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@hub/core';
import { createApp, openApiDocument } from './bootstrap';

/** Writes the OpenAPI document generated from the controllers (no database needed). */
async function main(): Promise<void> {
  const config = { ...loadConfig({}), webDir: '/nonexistent' };
  const app = await createApp(
    config,
    { databaseUrl: 'postgres://unused@127.0.0.1:1/unused', meiliUrl: 'http://127.0.0.1:1', meiliKey: undefined },
    { logs: false, connect: false },
  );
  const document = openApiDocument(app);
  await app.close();
  const target = process.argv[2] ?? join(process.cwd(), 'apps', 'api', 'openapi.json');
  writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
  process.stdout.write(`OpenAPI document written to ${target}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
