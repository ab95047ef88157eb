import 'reflect-metadata';
import { ConfigError, loadConfig } from '@hub/core';
import { isPortFree } from '@hub/runtime';
import { checkPassword, PasswordHasher } from '@hub/identity';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { dataSourceOptions, runMigrations } from './database/data-source';
import { seedDemoContent } from './seed/demo-content';
import { DEMO_LOGINS, DEMO_PASSWORD, ensureAdmin, seedDemo } from './seed/demo-seed';
import { DEMO_IDP_NAME, type DemoIdp, startDemoIdp } from './seed/demo-idp';
import { startServices, type StartedServices } from './services';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

let services: StartedServices | undefined;
let starting: Promise<StartedServices> | undefined;
let demoIdp: DemoIdp | null = null;

async function main(): Promise<void> {
  const config = loadConfig();
  if (!(await isPortFree(config.port, config.host))) {
    throw new ConfigError(
      `Port ${config.port} is in use: stop what runs there (an earlier hub?) or start with another port, e.g. PORT=3001 npm start.`,
    );
  }
  let closing = false;
  const running: { app?: Awaited<ReturnType<typeof createApp>> } = {};
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: stänger hubben …`);
    try {
      await running.app?.close();
    } catch (err) {
      process.stderr.write(`Hubben stängdes inte rent: ${(err as Error).message}\n`);
    }
    // Ctrl-C while the databases are still starting: wait for them, then stop them too.
    await starting?.catch(() => undefined);
    try {
      await demoIdp?.stop();
      await services?.stop();
    } catch (err) {
      // Without this the rejection would be swallowed (closing is set) and the hub would never exit.
      process.stderr.write(`Databaserna stängdes inte rent: ${(err as Error).message}\n`);
      process.exit(1);
    }
    say('Allt är stängt. Datan finns kvar till nästa start.');
    process.exit(0);
  };
  // Connections that the stopping databases cut are expected while closing; any other fault
  // stops the hub with the reason on stderr.
  const unexpected = (err: unknown): void => {
    if (closing) return;
    process.stderr.write(
      `\nNätverkshubben stoppades av ett oväntat fel: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    // The reason is on stderr already; a failing stop must not come back here as another rejection.
    void Promise.resolve(demoIdp?.stop())
      .then(() => services?.stop())
      .catch(() => undefined)
      .finally(() => process.exit(1));
  };
  process.on('uncaughtException', unexpected);
  process.on('unhandledRejection', unexpected);
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  starting = startServices(config, say);
  services = await starting;
  const applied = await runMigrations(services.connections.databaseUrl);
  if (applied > 0) say(`Databasen uppdaterad (${applied} migrering${applied === 1 ? '' : 'ar'}).`);

  const ds = new DataSource(dataSourceOptions(services.connections.databaseUrl, { poolSize: 2 }));
  await ds.initialize();
  if (config.adminPassword) {
    const problem = checkPassword(config.adminPassword, { email: config.adminEmail });
    if (problem) throw new ConfigError(`HUB_ADMIN_PASSWORD is not accepted (${problem.message}): choose another one or unset it.`);
  }
  const hasher = new PasswordHasher();
  const admin = await ensureAdmin(ds, { email: config.adminEmail, password: config.adminPassword }, (p) => hasher.hash(p));
  const seeded = config.seedDemo ? await seedDemo(ds, (p) => hasher.hash(p)) : false;
  if (seeded) say('Demodata inlagd: 11 kommuner, ~40 nätverk, ~600 personer.');
  if (config.seedDemo && (await seedDemoContent(ds)))
    say('Demoinlägg inlagda i sex nätverk (med kommentarer, reaktioner och ett meddelande att bekräfta).');
  if (config.seedDemo) demoIdp = await startDemoIdp(config, ds, say);
  await ds.destroy();

  const app = await createApp(config, services.connections);
  running.app = app;
  await app.listen({ port: config.port, host: config.host });

  say('');
  say(`Nätverkshubben är igång: ${config.publicUrl}`);
  say(`API-dokumentation:       ${config.publicUrl}/api/docs`);
  say('');
  if (admin.generatedPassword) {
    say(`Administratör: ${config.adminEmail} / ${admin.generatedPassword}`);
    say('  (lösenordet skapades nu och visas bara denna gång; sätt HUB_ADMIN_PASSWORD för att välja det själv)');
  } else {
    say(
      `Administratör: ${config.adminEmail}${config.adminPassword ? ' / (HUB_ADMIN_PASSWORD)' : ' (lösenordet visades vid första starten; starta med HUB_ADMIN_PASSWORD=… för att sätta ett nytt)'}`,
    );
  }
  if (config.seedDemo) {
    say(`Demokonton (lösenord ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) say(`  ${login.email.padEnd(34)} ${login.who}`);
    if (demoIdp) say(`Bjuv loggar in med eget konto: ange en adress på bjuv.se och välj "Logga in med ${DEMO_IDP_NAME}" (demoinloggning på ${demoIdp.issuer}).`);
  }
  say('');
  say('Avsluta med Ctrl-C.');
}

main().catch(async (err: unknown) => {
  await demoIdp?.stop();
  await services?.stop();
  if (err instanceof ConfigError) {
    process.stderr.write(`\nNätverkshubben kunde inte starta: ${err.message}\n`);
  } else {
    process.stderr.write(`\nNätverkshubben kunde inte starta: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env['LOG_LEVEL'] === 'debug' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  }
  process.exit(1);
});
