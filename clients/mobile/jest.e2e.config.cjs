// The API layer against the real supergraph: Node, the repository's jest preset (ts-jest, ESM),
// one stack for the run (@worldgraph/testenv).
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false, tsconfig: '<rootDir>/../../tsconfig.base.json' }],
  },
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../packages/testenv/src/global-teardown.mjs',
};
