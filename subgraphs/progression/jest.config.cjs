// Integration tests through the router: one real stack for the run (see @worldgraph/testenv).
// The stack runs the prize sweeper every second, and the first 3 prize payments lose the wallet's
// answer after it credited, so the tests see the sweeper pay them, once.
process.env.PROGRESSION_PRIZE_SWEEP_MS ??= '1000';
process.env.PROGRESSION_FAIL_PRIZE_PAYMENTS ??= '3';
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../packages/testenv/src/global-teardown.mjs',
};
