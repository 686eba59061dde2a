/** One jest run. Tiers by name: `*.spec.ts` unit (no I/O), `*.int-spec.ts` integration (real stores, files, processes), `*.e2e-spec.ts` end to end over HTTP. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swc] },
  // Node 20 can require() these ES modules, jest cannot: they are compiled like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^@ledger/domain$': '<rootDir>/libs/domain/src',
    '^@ledger/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@ledger/event-store$': '<rootDir>/libs/event-store/src',
    '^@ledger/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@ledger/contracts$': '<rootDir>/libs/contracts/src',
    '^@ledger/runtime$': '<rootDir>/libs/runtime/src',
    '^@basis-ledger/client$': '<rootDir>/libs/client/src',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
};
