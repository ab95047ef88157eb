// Static checks of docker/ and .dockerignore: what a reviewer (and hadolint) would look for, without
// a Docker engine. The compose file is read with `yaml`, the Dockerfile with the small parser below.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '@hub/core';

const root = join(__dirname, '..', '..');
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8');

// ---- Dockerfile ---------------------------------------------------------------------------------

interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
}

interface Stage {
  readonly image: string;
  readonly name: string | undefined;
  readonly instructions: Instruction[];
}

/** Joins continuation lines, drops comments and parser directives, splits into stages. */
function parseDockerfile(text: string): Stage[] {
  const instructions: Instruction[] = [];
  let buffer = '';
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (buffer === '' && /^\s*#/.test(line)) return;
    if (buffer !== '' && /^\s*#/.test(line)) return; // comments inside a continued instruction
    if (buffer === '') start = index + 1;
    if (line.endsWith('\\')) {
      buffer += `${line.slice(0, -1)} `;
      return;
    }
    buffer += line;
    const match = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(buffer);
    if (match) instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.replace(/\s+/g, ' ').trim(), line: start });
    buffer = '';
  });
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.split(' ').filter((w) => !w.startsWith('--'));
      stages.push({ image: image!, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      const stage = stages[stages.length - 1];
      if (!stage) throw new Error(`${instruction.keyword} on line ${instruction.line} comes before any FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

/** JSON (exec) form of CMD/ENTRYPOINT/HEALTHCHECK CMD, or null for shell form. */
function execForm(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  const parsed: unknown = JSON.parse(args);
  return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? (parsed as string[]) : null;
}

/** ENV in both forms: `ENV A=1 B=2` and the legacy `ENV A 1`. */
function envOf(instruction: Instruction): Record<string, string> {
  const out: Record<string, string> = {};
  if (!instruction.args.includes('=')) {
    const [name, ...rest] = instruction.args.split(' ');
    out[name!] = rest.join(' ');
    return out;
  }
  for (const match of instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) out[match[1]!] = match[2]!.replace(/^"|"$/g, '');
  return out;
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|MASTER_KEY|PRIVATE_KEY|CREDENTIAL|DATABASE_URL/i;
const configNames = new Set(CONFIG_VARIABLES.map((v) => v.name));

describe('docker/Dockerfile', () => {
  const text = read('docker', 'Dockerfile');
  const stages = parseDockerfile(text);
  const final = stages[stages.length - 1]!;
  const all = stages.flatMap((s) => s.instructions);
  const finalOf = (keyword: string): Instruction[] => final.instructions.filter((i) => i.keyword === keyword);

  it('is multi-stage on node:24-bookworm-slim, with named stages', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      expect(stage.image).toBe('node:24-bookworm-slim');
      expect(stage.name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('copies between stages only from stages defined earlier', () => {
    stages.forEach((stage, index) => {
      for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY')) {
        const from = /--from=(\S+)/.exec(copy.args)?.[1];
        if (from === undefined) continue;
        const earlier = stages.slice(0, index).map((s) => s.name);
        expect(earlier).toContain(from);
      }
    });
  });

  it('builds with npm ci (lockfile) and the hub build script, never npm install', () => {
    const runs = all.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(runs.some((r) => /\bnpm ci\b[^&]*--omit=dev/.test(r) || /npm prune[^&]*--omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /node scripts\/build\.cjs/.test(r))).toBe(true);
    expect(runs.filter((r) => /\bnpm (install|i)\b/.test(r))).toEqual([]);
  });

  it('runs no dependency install script the allowScripts policy denies (npm ci --ignore-scripts)', () => {
    const pkg = JSON.parse(read('package.json')) as { allowScripts?: Record<string, boolean> };
    const denied = Object.entries(pkg.allowScripts ?? {}).filter(([, allowed]) => !allowed);
    expect(denied.length).toBeGreaterThan(0);
    const installs = all.filter((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    for (const install of installs) expect(install.args).toMatch(/--ignore-scripts/);
  });

  it('runs the final stage as a non-root user, set after the last RUN', () => {
    const users = finalOf('USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users[users.length - 1]!;
    const name = user.args.split(':')[0]!;
    expect(['root', '0']).not.toContain(name);
    const lastRun = Math.max(...finalOf('RUN').map((i) => i.line), 0);
    expect(user.line).toBeGreaterThan(lastRun);
  });

  it('has a HEALTHCHECK on /api/ready using node (the slim image has no curl)', () => {
    const checks = finalOf('HEALTHCHECK');
    expect(checks).toHaveLength(1);
    const args = checks[0]!.args;
    expect(args).toMatch(/--interval=\d+s/);
    expect(args).toMatch(/--timeout=\d+s/);
    const command = execForm(args.slice(args.indexOf('CMD ') + 4));
    expect(command?.[0]).toBe('node');
    expect(command?.join(' ')).toContain('/api/ready');
    expect(args).not.toMatch(/\b(curl|wget)\b/);
  });

  it('starts the compiled hub in exec form, listening on 0.0.0.0:3000', () => {
    const cmds = finalOf('CMD');
    expect(cmds).toHaveLength(1);
    const command = execForm(cmds[0]!.args);
    expect(command).not.toBeNull();
    expect(command![0]).toBe('node');
    expect(command![command!.length - 1]).toBe('dist/api/apps/api/src/main.js');
    expect(existsSync(join(root, 'apps', 'api', 'src', 'main.ts'))).toBe(true);
    expect(finalOf('ENTRYPOINT')).toEqual([]);
    const env = Object.assign({}, ...finalOf('ENV').map(envOf)) as Record<string, string>;
    expect(env['HOST']).toBe('0.0.0.0');
    expect(finalOf('EXPOSE').map((i) => i.args)).toEqual([env['PORT'] ?? '3000']);
  });

  it('sets only real hub configuration variables (and NODE_ENV), and bakes in no secret', () => {
    for (const instruction of all.filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')) {
      const names = instruction.keyword === 'ENV' ? Object.keys(envOf(instruction)) : [instruction.args.split('=')[0]!];
      for (const name of names) {
        expect(SECRET_NAME.test(name) ? name : 'ok').toBe('ok');
        if (instruction.keyword === 'ENV' && name !== 'NODE_ENV') expect(configNames.has(name) ? name : `${name} is not in CONFIG_VARIABLES`).toBe(name);
      }
    }
    expect(all.filter((i) => i.keyword === 'COPY' && /(^|\s|\/)\.env(\s|$)/.test(i.args))).toEqual([]);
    expect(text).not.toMatch(/nh_[A-Za-z0-9_-]{16,}/);
  });

  it('keeps to the hadolint basics', () => {
    for (const stage of stages) expect(stage.image).not.toMatch(/:latest$|^[^:]+$/); // DL3006/DL3007
    for (const i of all) {
      expect(i.keyword).not.toBe('ADD'); // DL3020: COPY for local files
      expect(i.keyword).not.toBe('MAINTAINER'); // DL4000
      if (i.keyword === 'WORKDIR') expect(i.args).toMatch(/^\//); // DL3000
      if (i.keyword === 'RUN') {
        expect(i.args).not.toMatch(/(^|&&|;)\s*cd\s/); // DL3003: WORKDIR instead of cd
        expect(i.args).not.toMatch(/\bsudo\b/); // DL3004
        expect(i.args).not.toMatch(/apt-get upgrade|apt-get dist-upgrade/); // DL3005
        if (/apt-get install/.test(i.args)) {
          expect(i.args).toMatch(/--no-install-recommends/); // DL3015
          expect(i.args).toMatch(/rm -rf \/var\/lib\/apt\/lists/); // DL3009
        }
      }
    }
    expect(finalOf('CMD')).toHaveLength(1); // DL4003
    expect(finalOf('HEALTHCHECK')).toHaveLength(1); // DL4006-like: one healthcheck
  });
});

// ---- compose.yaml -------------------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}` references in a compose value. */
function references(value: string): Array<{ name: string; required: boolean }> {
  return [...value.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(:?[-?][^}]*)?\}/g)].map((m) => ({ name: m[1]!, required: (m[2] ?? '').startsWith(':?') }));
}

describe('docker/compose.yaml', () => {
  const text = read('docker', 'compose.yaml');
  const compose = parse(text) as ComposeFile;
  const { postgres, meilisearch, hub } = compose.services;

  it('has the hub, PostgreSQL 18 and Meilisearch 1.21', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['hub', 'meilisearch', 'postgres']);
    expect(postgres?.image).toBe('postgres:18');
    expect(meilisearch?.image).toBe('getmeili/meilisearch:v1.21');
  });

  it('restarts every service unless stopped', () => {
    for (const [name, service] of Object.entries(compose.services)) expect(`${name}: ${service.restart}`).toBe(`${name}: unless-stopped`);
  });

  it('gives PostgreSQL and Meilisearch healthchecks, and the hub its image HEALTHCHECK', () => {
    expect(JSON.stringify(postgres?.healthcheck?.test)).toMatch(/pg_isready/);
    expect(JSON.stringify(meilisearch?.healthcheck?.test)).toMatch(/\/health/);
    expect(read('docker', 'Dockerfile')).toMatch(/^HEALTHCHECK /m);
  });

  it('starts the hub only when both are healthy', () => {
    expect(hub?.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, meilisearch: { condition: 'service_healthy' } });
  });

  it('builds the hub from the repository root with docker/Dockerfile', () => {
    expect(hub?.build?.context).toBe('..');
    const dockerfile = hub?.build?.dockerfile ?? 'Dockerfile';
    expect(existsSync(join(root, 'docker', hub!.build!.context, dockerfile))).toBe(true);
  });

  it('keeps data in named volumes (PostgreSQL 18 at /var/lib/postgresql, not .../data)', () => {
    expect(postgres?.volumes).toContain('postgres-data:/var/lib/postgresql');
    expect(meilisearch?.volumes).toContain('meili-data:/meili_data');
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual(['meili-data', 'postgres-data']);
  });

  it('runs Meilisearch in production mode without analytics', () => {
    expect(meilisearch?.command).toContain('--no-analytics');
    expect(meilisearch?.environment?.['MEILI_ENV']).toBe('production');
  });

  it('sets only real hub configuration variables on the hub', () => {
    const unknown = Object.keys(hub?.environment ?? {}).filter((name) => !configNames.has(name));
    expect(unknown).toEqual([]);
    for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'PUBLIC_URL', 'HUB_ADMIN_EMAIL', 'HUB_ADMIN_PASSWORD']) {
      expect(Object.keys(hub?.environment ?? {})).toContain(name);
    }
  });

  it('points the hub at the compose services, with the same secrets they use', () => {
    const env = hub!.environment!;
    const db = new URL(String(env['DATABASE_URL']).replace(/\$\{[^}]*\}/, 'secret'));
    expect(db.protocol).toBe('postgres:');
    expect(db.hostname).toBe('postgres');
    expect(db.username).toBe(postgres?.environment?.['POSTGRES_USER']);
    expect(db.pathname).toBe(`/${postgres?.environment?.['POSTGRES_DB']}`);
    expect(references(String(env['DATABASE_URL'])).map((r) => r.name)).toEqual(
      references(String(postgres?.environment?.['POSTGRES_PASSWORD'])).map((r) => r.name),
    );
    expect(new URL(String(env['MEILI_URL'])).host).toBe('meilisearch:7700');
    expect(references(String(env['MEILI_MASTER_KEY']))).toEqual(references(String(meilisearch?.environment?.['MEILI_MASTER_KEY'])));
  });

  it('takes every secret from .env, required, and contains none itself', () => {
    const secretValues: string[] = [];
    for (const service of Object.values(compose.services)) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (SECRET_NAME.test(name)) secretValues.push(String(value));
      }
    }
    expect(secretValues.length).toBeGreaterThanOrEqual(5);
    for (const value of secretValues) {
      const secretRefs = references(value).filter((r) => SECRET_NAME.test(r.name));
      expect(secretRefs.length).toBeGreaterThan(0);
      for (const ref of secretRefs) {
        // HUB_ADMIN_PASSWORD resets the administrator's password on every start while set: optional.
        if (ref.name === 'HUB_ADMIN_PASSWORD') expect(value).toBe('${HUB_ADMIN_PASSWORD:-}');
        else expect(`${ref.name} required: ${ref.required}`).toBe(`${ref.name} required: true`);
      }
      // Nothing secret-looking left once the references are removed.
      expect(value.replace(/\$\{[^}]*\}/g, '')).not.toMatch(/[A-Za-z0-9+/_-]{16,}/);
    }
  });

  it('publishes only the hub, and only on loopback (the reverse proxy terminates TLS)', () => {
    expect(postgres?.ports).toBeUndefined();
    expect(meilisearch?.ports).toBeUndefined();
    for (const port of hub?.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('does not seed demo data unless asked to', () => {
    expect(String(hub?.environment?.['HUB_SEED_DEMO'])).toMatch(/^\$\{HUB_SEED_DEMO:-false\}$|^false$/);
  });
});

describe('docker/.env.example and ignore files', () => {
  const example = read('docker', '.env.example');
  const entries = new Map(
    example
      .split('\n')
      .filter((l) => /^[A-Z_][A-Z0-9_]*=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
  );

  it('lists every variable compose.yaml reads', () => {
    const used = new Set(references(read('docker', 'compose.yaml')).map((r) => r.name));
    expect([...used].filter((name) => !entries.has(name))).toEqual([]);
  });

  it('leaves the secrets empty, so compose refuses to start until they are set', () => {
    for (const [name, value] of entries) if (SECRET_NAME.test(name)) expect(`${name}=${value}`).toBe(`${name}=`);
  });

  it('keeps .env out of git and out of the build context', () => {
    const gitignore = read('.gitignore').split('\n').map((l) => l.trim());
    expect(gitignore.some((l) => l === '.env' || l === '**/.env' || l === 'docker/.env')).toBe(true);
    const dockerignore = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const pattern of ['**/.env', '**/node_modules', 'dist', '.data', '.git']) expect(dockerignore).toContain(pattern);
  });
});
