// The README's examples run against one real stack (see @worldgraph/testenv); the clean-stop test
// starts its own `npm start`; the summary test is pure.
module.exports = {
  ...require('../../jest.preset.cjs'),
  testTimeout: 300_000,
};
