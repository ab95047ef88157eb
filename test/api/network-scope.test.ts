import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const probePath = join(root, 'test', 'api', 'network-scope-probe.ts');

/**
 * Calls into the repositories of network-owned data: each line marked `fails` hands a bare id (or
 * an unchecked conversation, or a job's scope where a person's check belongs) and must not
 * compile; every other line is the same call done right and must compile.
 */
const PROBE = `
import { type JobScope, jobScope, type NetworkScope } from '@hub/access';
import type { ChatRepository, CheckedConversation, ConversationRow } from '../../libs/chat/src/chat.repository';
import type { DocumentsRepository } from '../../libs/documents/src/documents.repository';
import type { FeedRepository } from '../../libs/feed/src/feed.repository';
import type { CycleRepository } from '../../libs/meetings/src/cycle.repository';
import type { MeetingsRepository } from '../../libs/meetings/src/meetings.repository';
import type { NetworksRepository } from '../../libs/networks/src/networks.repository';
import type { NotificationsRepository } from '../../libs/notifications/src/notifications.repository';

declare const scope: NetworkScope;
declare const job: JobScope;
declare const conversation: ConversationRow;
declare const checked: CheckedConversation;
declare const documents: DocumentsRepository;
declare const feed: FeedRepository;
declare const cycle: CycleRepository;
declare const meetings: MeetingsRepository;
declare const networks: NetworksRepository;
declare const notifications: NotificationsRepository;
declare const chat: ChatRepository;
const networkId = '6f1c1d5e-0000-4000-8000-000000000000';

export const probes: Array<Promise<unknown>> = [
  documents.one(scope, 'document'),
  documents.one(networkId, 'document'), // fails
  documents.one(job, 'document'), // fails
  documents.versions(scope, 'document'),
  documents.versions(networkId, 'document'), // fails
  documents.version(jobScope(networkId), 'document', 1),
  documents.version(networkId, 'document', 1), // fails
  documents.usedBytes(scope),
  documents.usedBytes(networkId), // fails
  documents.folder(scope, 'folder'),
  documents.folder(networkId, 'folder'), // fails
  feed.post(scope, 'viewer', 'post'),
  feed.post(networkId, 'viewer', 'post'), // fails
  cycle.minutes(scope, 'meeting'),
  cycle.minutes(networkId, 'meeting'), // fails
  meetings.list(scope, 'viewer', 'upcoming'),
  meetings.list(networkId, 'viewer', 'upcoming'), // fails
  networks.members(scope),
  networks.members(networkId), // fails
  notifications.setLevel('person', scope, 'all'),
  notifications.setLevel('person', networkId, 'all'), // fails
  chat.messages(checked, null, 10),
  chat.messages(conversation, null, 10), // fails
];
`;

function errorLines(): Set<number> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === probePath ? ts.createSourceFile(fileName, PROBE, language) : getSourceFile(fileName, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === probePath || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [probePath], options: config.options, host });
  const probe = program.getSourceFile(probePath)!;
  return new Set(
    ts
      .getPreEmitDiagnostics(program, probe)
      .filter((d) => d.file === probe && d.start !== undefined)
      .map((d) => probe.getLineAndCharacterOfPosition(d.start!).line),
  );
}

describe('network-owned data is read and written with its checked network (NetworkScope)', () => {
  it('a repository call with a bare network id, an unchecked conversation or a job scope for a person does not compile', () => {
    const errors = errorLines();
    const lines = PROBE.split('\n');
    const wrong = lines.flatMap((line, i) => {
      const fails = line.trim().endsWith('// fails');
      if (fails && !errors.has(i)) return [`compiles, but must not: ${line.trim()}`];
      if (!fails && errors.has(i)) return [`does not compile, but must: ${line.trim()}`];
      return [];
    });
    expect(lines.filter((l) => l.trim().endsWith('// fails')).length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
