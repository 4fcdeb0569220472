// Integration tests through the router: one real stack for the run (see @worldgraph/testenv). The
// stack runs the prize sweeper every second, and its first 3 prize payments lose the wallet's answer
// after it credited, so the tests see the sweeper pay them, once (testenv's testRunEnv).
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../packages/testenv/src/global-teardown.mjs',
};
