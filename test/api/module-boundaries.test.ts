import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a made-up file at `filePath` and returns the rule ids that fired. */
function lint(filePath: string, code: string): string[] {
  spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['show', 'projects'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const result = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return report.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
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
});
