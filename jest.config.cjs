// One Jest run for unit tests (next to the code) and API integration tests (test/api), all against a
// real embedded PostgreSQL and Meilisearch started once in test/setup/global-setup.cjs.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// ESM-only packages Jest must transform (including copies nested under other packages).
const esm = ['content-disposition', 'serialize-error', 'non-error', 'meilisearch', 'pg-boss', 'file-type', 'htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'entities', 'domelementtype', 'openid-client', 'oauth4webapi', 'jose'];

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/dist/'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)(?!.*/node_modules/(${esm.join('|')})/)`],
  moduleNameMapper: { '^@hub/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  globalSetup: '<rootDir>/test/setup/global-setup.cjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.cjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
