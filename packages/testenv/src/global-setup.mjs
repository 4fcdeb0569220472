// jest globalSetup: one real stack per test run, shared by the test files of a package.
// Plain ESM with tsx registered, because jest hands globalSetup to CommonJS transforms.
import { register } from 'tsx/esm/api';

export default async function globalSetup() {
  register();
  const { startStack } = await import('./stack.ts');
  const stack = await startStack();
  // Test workers start after this and inherit the environment.
  process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
  globalThis.__worldgraphStack = stack;
}
