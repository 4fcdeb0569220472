// npm test: set up a fresh clone, make sure a Postgres server is there (DATABASE_URL, or an
// embedded one for this run), then run every package's tests through turbo.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setup } from './setup.mjs';
import { TestSummary } from './test-summary.mjs';

await setup();
const root = path.resolve(import.meta.dirname, '../..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

// tsx is installed by now; the kit's embedded Postgres and testenv's stack are TypeScript.
const { register } = await import('tsx/esm/api');
register();

let embedded;
if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import('../../packages/kit/src/embedded-postgres.ts');
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-pg-'));
  const server = await startEmbeddedPostgres(path.join(dataDir, 'data'), port);
  embedded = { stop: async () => (await server.stop(), rmSync(dataDir, { recursive: true, force: true })) };
  env.DATABASE_URL = process.env.DATABASE_URL = server.url;
  console.log(`test: embedded Postgres on port ${port} for this run`);
}

// One real stack (every subgraph and the router) for every package's integration tests: each jest
// run's global setup finds it in WORLDGRAPH_TEST_STACK instead of starting its own (16 starts of
// ~10 s before). The tests claim seeded parcels through testenv's claimParcel, so packages never
// collide. A Ctrl-C or SIGTERM still stops it and drops its databases (testenv's interrupt.ts).
const { startStack, testRunEnv } = await import('../../packages/testenv/src/stack.ts');
const stack = await startStack(testRunEnv()).catch(async (error) => {
  console.error('test: the stack for the tests did not start:', error);
  await embedded?.stop();
  console.log('\n0 passed, 1 failed'); // CI's closing line: nothing could run
  process.exit(1);
});
env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
console.log(`test: one stack for every package, router ${stack.info.router}`);

// --continue: a failed package never stops the others; the summary names it.
const args = ['run', 'test', 'check-types', '--continue', '--env-mode=loose', '--concurrency=1', '--output-logs=new-only', ...process.argv.slice(2)];
const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
// What turbo will run (its dry run), so a task that never ran is named.
const dry = spawnSync(turbo, [...args, '--dry=json'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const planned = dry.status === 0 ? JSON.parse(dry.stdout).tasks.filter((t) => t.command !== '<NONEXISTENT>').map((t) => t.taskId) : [];
// Turbo's output is passed through as it comes, and added up into the closing lines; the last one
// is the plain form CI reads ("N passed, N failed[, N skipped]").
const summary = new TestSummary(planned);
const code = await new Promise((resolve) => {
  const child = spawn(turbo, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop();
    for (const line of lines) summary.add(line);
  });
  child.on('exit', (c) => {
    if (pending) summary.add(pending);
    resolve(c ?? 1);
  });
});
console.log(`\ntask times: ${summary.timings().join(', ')}`);
await stack.stop();
console.log(`\n${summary.lines().join('\n')}`);
await embedded?.stop();
process.exit(code);
