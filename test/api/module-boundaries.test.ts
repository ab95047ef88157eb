import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const TYPE_AWARE = ['@typescript-eslint/no-floating-promises', '@typescript-eslint/no-misused-promises'];

function eslint(args: string[], input?: string): string[] {
  spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['show', 'projects'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const result = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), [...args, '--format', 'json'], { cwd: root, input, encoding: 'utf8' });
  const report = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return report.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
}

/**
 * Lints a made-up file at `filePath` and returns the rule ids that fired. The file exists only on
 * stdin, where the TypeScript project cannot see it: the type-aware rules are left out (they have
 * their own test on a real file below).
 */
function lint(filePath: string, code: string): string[] {
  const withoutTypes = ['--parser-options', 'projectService:false', ...TYPE_AWARE.flatMap((rule) => ['--rule', `${rule}: off`])];
  return eslint(['--stdin', '--stdin-filename', filePath, ...withoutTypes], code);
}

describe('module boundaries (the lint rules constrain)', () => {
  it('a utility library may not import a domain', () => {
    expect(lint('libs/core/src/probe.ts', "import { PeopleModule } from '@hub/people';\nexport const x = PeopleModule;\n")).toContain(
      '@nx/enforce-module-boundaries',
    );
  });

  it('identity may not import networks (domains build on each other in one direction)', () => {
    expect(
      lint('libs/identity/src/probe.ts', "import { NetworksModule } from '@hub/networks';\nexport const x = NetworksModule;\n"),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('networks may use people, and the app may use every domain', () => {
    expect(lint('libs/networks/src/probe.ts', "import { PeopleModule } from '@hub/people';\nexport const x = PeopleModule;\n")).toEqual([]);
    expect(lint('apps/api/src/probe.ts', "import { NetworksModule } from '@hub/networks';\nexport const x = NetworksModule;\n")).toEqual(
      [],
    );
  });

  it('no reaching into another library past its public entry, and no `any`', () => {
    expect(
      lint(
        'apps/api/src/probe.ts',
        "import { PeopleRepository } from '../../../libs/people/src/people.repository';\nexport const x = PeopleRepository;\n",
      ),
    ).not.toEqual([]);
    expect(lint('libs/core/src/probe.ts', 'export const x = (y: any): number => y;\n')).toContain('@typescript-eslint/no-explicit-any');
  });

  it('a promise nobody awaits, or one handed where nothing waits for it, is a lint error (type-aware)', () => {
    const file = join(root, 'libs', 'core', 'src', `lint-probe-${process.pid}.ts`);
    writeFileSync(
      file,
      [
        'async function save(): Promise<void> {}',
        'export function forgotten(): void {',
        '  save();',
        '}',
        'export function handed(on: (listener: () => void) => void): void {',
        '  on(async () => save());',
        '}',
        'export async function fine(): Promise<void> {',
        '  await save();',
        '}',
        '',
      ].join('\n'),
    );
    try {
      expect(eslint([file]).sort()).toEqual(TYPE_AWARE);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
