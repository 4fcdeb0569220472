// testenv's own tests run against a real stack, like the packages that use it.
module.exports = {
  ...require('../../jest.preset.cjs'),
  globalSetup: '<rootDir>/src/global-setup.mjs',
  globalTeardown: '<rootDir>/src/global-teardown.mjs',
};
