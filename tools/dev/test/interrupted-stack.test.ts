// A benchmark or test run interrupted by Ctrl-C (SIGINT to the whole process group, as a terminal
// sends it) or by SIGTERM to it alone (a CI timeout, kill) still stops the stack and the processes
// beside it, and leaves none of its databases or Redis keys behind (testenv's interrupt.ts): CI
// and developers share one Postgres and Redis. Each case starts its own stack in a child process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const { DATABASE_URL, REDIS_URL } = process.env;

interface Held {
  dbPrefix: string;
  redisPrefix: string;
  pids: number[];
}

/** What the run has left: its databases and keys, and which of its processes still run. */
async function leftovers(held: Held): Promise<{ databases: number; keys: number; running: number[] }> {
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
  return { databases: rows[0].n, keys, running };
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
    // Something to leave behind: the stack's databases and its streams.
    const before = await leftovers(held);
    expect(before.databases).toBeGreaterThan(0);
    expect(before.keys).toBeGreaterThan(0);
    expect(before.running).toHaveLength(2);

    process.kill(toGroup ? -child.pid! : child.pid!, signal);
    expect(await exit).toEqual({ code: signal === 'SIGINT' ? 130 : 143, signal: null });
    expect(await leftovers(held)).toEqual({ databases: 0, keys: 0, running: [] });
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
