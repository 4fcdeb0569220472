// End-to-end tests: the real stack (one per run), the built app served by vite preview in front of
// its router, driven in headless Chromium.
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/../../packages/testenv/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../packages/testenv/src/global-teardown.mjs',
  testTimeout: 120_000,
};
