// npm test: set up a fresh clone, make sure a Postgres server is there (DATABASE_URL, or an
// embedded one for this run), then run every package's tests through turbo.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setup } from './setup.mjs';

setup();
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

const args = ['run', 'test', 'typecheck', '--env-mode=loose', '--concurrency=1', '--output-logs=new-only', ...process.argv.slice(2)];
// Turbo's output is passed through as it comes; jest's "Tests:" lines are added up into one
// closing line, in the plain form CI reads ("N passed, N failed").
const totals = { passed: 0, failed: 0, skipped: 0 };
const code = await new Promise((resolve) => {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'turbo'), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop();
    for (const line of lines.filter((l) => /Tests:\s/.test(l))) {
      for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
    }
  });
  child.on('exit', (c) => resolve(c ?? 1));
});
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
await embedded?.stop();
process.exit(code);
