import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { ConfigError, type HubConfig, loadConfig, persistentSecret } from '@hub/core';
import { isPortFree } from '@hub/runtime';
import { checkPassword, PasswordHasher } from '@hub/identity';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { dataSourceOptions, runMigrations } from './database/data-source';
import { seedDemoContent } from './seed/demo-content';
import { DEMO_LOGINS, DEMO_PASSWORD, ensureAdmin, seedDemo } from './seed/demo-seed';
import { DEMO_IDP_NAME, type DemoIdp, startDemoIdp } from './seed/demo-idp';
import { startServices, type StartedServices } from './services';
import type { Connections } from './app.module';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Set by the primary on each worker it forks: 1 for the one that runs background work. */
const PROCESS_INDEX = 'HUB_PROCESS_INDEX';

/**
 * A worker of the cluster: the primary has started the databases, migrated and seeded, and handed
 * over their addresses in the environment. It serves the shared port until told to stop.
 */
async function serveAsWorker(config: HubConfig): Promise<void> {
  const index = Number(process.env[PROCESS_INDEX]);
  const connections: Connections = { databaseUrl: config.databaseUrl!, meiliUrl: config.meiliUrl!, meiliKey: config.meiliMasterKey };
  const app = await createApp({ ...config, runsBackgroundWork: index === 1 }, connections);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    void app
      .close()
      .catch((err: unknown) => process.stderr.write(`Hubbprocess ${index} stängdes inte rent: ${(err as Error).message}\n`))
      .finally(() => process.exit(0));
  };
  // Ctrl-C reaches every process of the terminal's group; the primary sends SIGTERM otherwise.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
}

/**
 * Forks `count` workers serving the one port (node's cluster hands out connections round robin)
 * and resolves once all listen. A worker that dies later is replaced with the same index, so
 * background work keeps its one runner; one that dies before listening fails the start.
 */
function forkWorkers(count: number, connections: Connections, isClosing: () => boolean): Promise<{ stop(): Promise<void> }> {
  const env = (index: number): Record<string, string> => ({
    DATABASE_URL: connections.databaseUrl,
    MEILI_URL: connections.meiliUrl,
    ...(connections.meiliKey ? { MEILI_MASTER_KEY: connections.meiliKey } : {}),
    [PROCESS_INDEX]: String(index),
  });
  const workers = new Map<number, Worker>();
  return new Promise((resolve, reject) => {
    let listening = 0;
    let started = false;
    const fork = (index: number): void => {
      const worker = cluster.fork(env(index));
      workers.set(index, worker);
      worker.once('listening', () => {
        if (started) return;
        listening += 1;
        if (listening === count) {
          started = true;
          resolve({ stop: stopAll });
        }
      });
      worker.once('exit', (code, signal) => {
        if (workers.get(index) === worker) workers.delete(index);
        if (isClosing()) return;
        if (!started) {
          reject(new Error(`hubbprocess ${index} avslutades under starten (${signal ?? `kod ${code}`}); se felet ovan.`));
          return;
        }
        process.stderr.write(`Hubbprocess ${index} avslutades (${signal ?? `kod ${code}`}); startar en ny.\n`);
        // A second's pause, so a process that keeps failing does not spin.
        setTimeout(() => {
          if (!isClosing()) fork(index);
        }, 1000);
      });
    };
    const stopAll = async (): Promise<void> => {
      await Promise.all(
        [...workers.values()].map(
          (worker) =>
            new Promise<void>((done) => {
              if (worker.isDead()) return done();
              const timer = setTimeout(() => worker.process.kill('SIGKILL'), 15_000);
              worker.once('exit', () => {
                clearTimeout(timer);
                done();
              });
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    };
    for (let index = 1; index <= count; index++) fork(index);
  });
}

let services: StartedServices | undefined;
let starting: Promise<StartedServices> | undefined;
let demoIdp: DemoIdp | null = null;

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return serveAsWorker(config);
  if (!(await isPortFree(config.port, config.host))) {
    throw new ConfigError(
      `Port ${config.port} is in use: stop what runs there (an earlier hub?) or start with another port, e.g. PORT=3001 npm start.`,
    );
  }
  let closing = false;
  const running: { app?: Awaited<ReturnType<typeof createApp>>; workers?: { stop(): Promise<void> } } = {};
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: stänger hubben …`);
    try {
      await running.app?.close();
      await running.workers?.stop();
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

  if (config.hubProcesses === 1) {
    const app = await createApp(config, services.connections);
    running.app = app;
    await app.listen({ port: config.port, host: config.host });
  } else {
    // Generated once here, not raced by the workers that read it.
    if (!config.secretKey) persistentSecret(config.dataDir, 'hub-secret-key', 32);
    running.workers = await forkWorkers(config.hubProcesses, services.connections, () => closing);
  }

  say('');
  say(`Nätverkshubben är igång: ${config.publicUrl}${config.hubProcesses > 1 ? ` (${config.hubProcesses} processer)` : ''}`);
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
