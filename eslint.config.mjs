import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'apps/web/src/api/schema.ts',
      'apps/web/src/api/realtime-contract.ts',
      'apps/web/src/api/stockholm-time.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../libs/*', '../../../libs/*', '@hub/*/src/*'],
              message: 'Import a library through its public entry (@hub/<lib>).',
            },
          ],
        },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Layers: apps use features, features use data-access and utils, utils use only utils.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Domains: identity knows no other domain; people build on identity; networks on people.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:people', onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity'] },
            { sourceTag: 'scope:networks', onlyDependOnLibsWithTags: ['scope:shared', 'scope:people'] },
            { sourceTag: 'scope:search', onlyDependOnLibsWithTags: ['scope:shared'] },
            // A domain needing another's data asks its public service (docs/architecture.md): feed and chat ask documents
            // about attachments, notifications ask feed and meetings for recipients, realtime asks chat whom a typing signal reaches.
            { sourceTag: 'scope:feed', onlyDependOnLibsWithTags: ['scope:shared', 'scope:documents'] },
            { sourceTag: 'scope:chat', onlyDependOnLibsWithTags: ['scope:shared', 'scope:documents'] },
            { sourceTag: 'scope:meetings', onlyDependOnLibsWithTags: ['scope:shared', 'scope:documents'] },
            { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:shared', 'scope:feed', 'scope:meetings'] },
            { sourceTag: 'scope:realtime', onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity', 'scope:chat'] },
            { sourceTag: 'scope:documents', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Records read and pseudonymise every domain's tables itself (export, erasure, retention) and store bytes through documents.
            { sourceTag: 'scope:records', onlyDependOnLibsWithTags: ['scope:shared', 'scope:documents'] },
            // Sign-in through the municipalities' identity providers and SCIM: sessions from identity, people from people.
            { sourceTag: 'scope:sso', onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity', 'scope:people'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity', 'scope:people', 'scope:networks', 'scope:search', 'scope:feed', 'scope:realtime', 'scope:chat', 'scope:notifications', 'scope:meetings', 'scope:documents', 'scope:records', 'scope:sso'] },
            // The browser app shares no server code; it talks to the API through the generated client.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
          ],
        },
      ],
    },
  },
  {
    // Type-aware: a promise nobody awaits loses its error (an unhandled rejection stops Node), and a
    // promise handed where a void callback is expected runs unchecked. Fire-and-forget is written
    // `void work()` with the error handled inside or by a `.catch`.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.config.ts', '**/*.config.mts', 'apps/web/vite.config.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
