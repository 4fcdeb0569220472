// A benchmark or test run interrupted by Ctrl-C (SIGINT to the whole process group, as a terminal
// sends it) or by SIGTERM to it alone (a CI timeout, kill) still stops the stack and the processes
// beside it, and leaves none of its databases, Redis keys or audit indices behind (testenv's
// interrupt.ts): CI and developers share one Postgres, Redis and OpenSearch. Each case starts its own
// stack in a child process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const { DATABASE_URL, REDIS_URL, OPENSEARCH_URL } = process.env;

interface Held {
  dbPrefix: string;
  redisPrefix: string;
  pids: number[];
}

/** The stack's audit indices on OPENSEARCH_URL (audit's store names them after the stack's DB_PREFIX); 0 without one. */
async function auditIndices(held: Held): Promise<number> {
  if (!OPENSEARCH_URL) return 0;
  const res = await fetch(new URL(`/_cat/indices/${held.dbPrefix}audit-*?format=json&h=index`, OPENSEARCH_URL));
  return ((await res.json()) as unknown[]).length;
}

/** What the run has left: its databases, keys and audit indices, and which of its processes still run. */
async function leftovers(held: Held): Promise<{ databases: number; keys: number; indices: number; running: number[] }> {
  const client = new pg.Client(DATABASE_URL);
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_database WHERE starts_with(datname, $1)', [held.dbPrefix]);
  await client.end();
  const redis = new Redis(REDIS_URL!);
  let keys = 0;
  for await (const batch of redis.scanStream({ match: `${held.redisPrefix}*`, count: 500 }) as AsyncIterable<string[]>) keys += batch.length;
  redis.disconnect();
  // A pid the kernel gave to another process since is not the stack's: its command line says.
  const running = held.pids.filter((pid) => {
    try {
      return /tools\/dev\/stack\.ts|supergraph\/src\/index\.ts/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  });
  return { databases: rows[0].n, keys, indices: await auditIndices(held), running };
}

async function interrupted(signal: 'SIGINT' | 'SIGTERM', toGroup: boolean) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.NODE_OPTIONS;
  // Its own process group, as a terminal's foreground job is.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/dev/test/fixtures/held-stack.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let out = '';
  const held = await new Promise<Held>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /HELD (\{.*\})\n/.exec(out);
      if (match) resolve(JSON.parse(match[1]!));
    });
    void exit.then(({ code }) => reject(new Error(`the stack's holder exited with ${code} before it held one:\n${out.slice(-2000)}`)));
  });
  try {
    // Something to leave behind: the stack's databases and its streams, and an index under its audit
    // prefix (whether audit has written its own yet depends on timing).
    if (OPENSEARCH_URL) {
      const made = await fetch(new URL(`/${held.dbPrefix}audit-heads`, OPENSEARCH_URL), { method: 'PUT' });
      expect([200, 400]).toContain(made.status); // 400: audit made it first
    }
    const before = await leftovers(held);
    if (OPENSEARCH_URL) expect(before.indices).toBeGreaterThan(0);
    expect(before.databases).toBeGreaterThan(0);
    expect(before.keys).toBeGreaterThan(0);
    expect(before.running).toHaveLength(2);

    process.kill(toGroup ? -child.pid! : child.pid!, signal);
    expect(await exit).toEqual({ code: signal === 'SIGINT' ? 130 : 143, signal: null });
    expect(await leftovers(held)).toEqual({ databases: 0, keys: 0, indices: 0, running: [] });
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// Runs where a Postgres server and a Redis are configured: always under `npm test`.
(DATABASE_URL && REDIS_URL ? describe : describe.skip)('an interrupted stack leaves nothing behind', () => {
  it('on Ctrl-C (SIGINT to the whole process group)', () => interrupted('SIGINT', true));

  it('on SIGTERM to the process alone (its stack and router get no signal of their own)', () => interrupted('SIGTERM', false));
});
