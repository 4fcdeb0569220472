// Integration tests through the router: one real stack for the run (see @worldgraph/testenv).
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  // The stack's teardown, plus the OpenSearch indices of its audit store.
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
};
