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

let embedded;
if (!env.DATABASE_URL) {
  // tsx is installed by now; the kit's embedded-postgres module is TypeScript.
  const { register } = await import('tsx/esm/api');
  register();
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
  env.DATABASE_URL = server.url;
  console.log(`test: embedded Postgres on port ${port} for this run`);
}

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
console.log(`\n${summary.lines().join('\n')}`);
await embedded?.stop();
process.exit(code);
