// Integration tests through the router: one real stack for the run (see @worldgraph/testenv).
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../packages/testenv/src/global-teardown.mjs',
};
