// jest globalSetup: one real stack per test run, shared by the test files of a package, or by every
// package when npm test (tools/dev/test.mjs) started one for the whole run and named it in
// WORLDGRAPH_TEST_STACK. Plain ESM with tsx registered, because jest hands globalSetup to CommonJS transforms.
import { register } from 'tsx/esm/api';

export default async function globalSetup() {
  if (process.env.WORLDGRAPH_TEST_STACK) return; // npm test's stack: it starts and stops it
  register();
  const { startStack, testRunEnv } = await import('./stack.ts');
  const stack = await startStack(testRunEnv());
  // Test workers start after this and inherit the environment.
  process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
  globalThis.__worldgraphStack = stack;
}
