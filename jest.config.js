/**
 * Three tiers by name, one jest project each (`npm run test:unit`, `test:int`, `test:e2e`; `npm test` runs all):
 * `*.spec.ts` unit (no I/O), `*.int-spec.ts` integration (real stores, files, processes), `*.e2e-spec.ts` end
 * to end over HTTP and in the browser.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** The tier of the specs whose names end in `.<suffix>.ts`. */
const tier = (displayName, suffix, more = {}) => ({
  displayName,
  testRegex: `\\.${suffix}\\.ts$`,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swc] },
  // Node 20 can require() these ES modules, jest cannot: they are compiled like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^@ledger/domain$': '<rootDir>/libs/domain/src',
    '^@ledger/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@ledger/event-store$': '<rootDir>/libs/event-store/src',
    '^@ledger/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@ledger/wire$': '<rootDir>/libs/wire/src',
    '^@ledger/runtime$': '<rootDir>/libs/runtime/src',
    '^@basis-ledger/client$': '<rootDir>/libs/client/src',
  },
  ...more,
});

// Builds the server, console and CLI that integration and end-to-end specs run; jest runs it once, and only when
// one of those tiers runs a spec, so unit runs never wait for it.
const built = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  setupFiles: ['<rootDir>/test/small-read-cache.setup.ts'],
};

module.exports = {
  testTimeout: 30000,
  // Two suites at a time, whatever the cores: jest's default (cores - 1) ran one at a time on a two-core machine,
  // where most end-to-end suites wait on servers, sockets and the browser more than they compute; two took the
  // run from 650 to 356 s there, and more would crowd the suites that time their answers (batch-cost).
  maxWorkers: 2,
  projects: [tier('unit', 'spec'), tier('int', 'int-spec', built), tier('e2e', 'e2e-spec', built)],
};
