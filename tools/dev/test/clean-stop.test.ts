// `npm start` stops cleanly: one SIGINT to the npm process (as a supervisor sends it), or one
// Ctrl-C (SIGINT to the whole foreground process group, as a terminal sends it), stops the router,
// then every subgraph, then the embedded Postgres; no warning or error is logged; exit code 0.
// Each case runs the real `npm start` on a fresh data folder, free ports and its own embedded Postgres.
// On the way, the router is checked to listen on loopback only (HOST's default).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@worldgraph/testenv';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

interface Run {
  lines: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  pid: number;
  dataDir: string;
}

async function npmStart(): Promise<Run> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-stop-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    // npm test has set the tree up; a lockfile another package is changing must not start an install here.
    WORLDGRAPH_SETUP: 'skip',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    STACK_PORTS: 'ephemeral',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    FEATURES_DEMO_COUNT: '200',
  };
  // A fresh start as the README describes it: embedded Postgres, in-process bus.
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'NEO4J_URL', 'OPENSEARCH_URL', 'NODE_OPTIONS', 'WORLDGRAPH_TEST_STACK']) delete env[name];
  // Its own process group, as a terminal's foreground job is.
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  // Whole lines only: a chunk may end mid-line.
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop()!;
      lines.push(...parts.filter(Boolean));
    });
    stream.on('end', () => pending && lines.push(pending));
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { lines, exit, pid: child.pid!, dataDir };
}

async function waitForReady(run: Run): Promise<string> {
  for (let waited = 0; waited < 240_000; waited += 250) {
    const ready = run.lines.find((l) => l.startsWith('WORLDGRAPH_READY '));
    if (ready) return (JSON.parse(ready.slice('WORLDGRAPH_READY '.length)) as { router: string }).router;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start was not ready within 240 s:\n${run.lines.slice(-20).join('\n')}`);
}

const json = (line: string): { level?: number; msg?: string } => {
  try {
    return JSON.parse(line);
  } catch {
    return {};
  }
};

async function stopsCleanly(send: (run: Run) => void): Promise<void> {
  const run = await npmStart();
  try {
    const router = await waitForReady(run);
    // Something served first, so the router has open connections to drain.
    const answer = await fetch(router, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.status).toBe(200);
    // Development listens on loopback only (HOST): the machine's other addresses are refused.
    const outside = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outside) {
      const elsewhere = new URL(router);
      elsewhere.hostname = outside.address;
      await expect(fetch(elsewhere, { method: 'POST' })).rejects.toThrow();
    }
    const stopping = run.lines.length;
    send(run);
    const { code, signal } = await run.exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    const after = run.lines.slice(stopping);
    // Zero WARN or ERROR lines (pino 40, 50, 60), and nothing on stderr that looks like a failure.
    expect(after.filter((l) => (json(l).level ?? 0) >= 40 || /error|terminating connection/i.test(l) && !l.startsWith('{'))).toEqual([]);
    const order = after.map((l) => json(l).msg).filter((m): m is string => !!m && / stopped$|^stopping$/.test(m));
    expect(order[0]).toBe('stopping');
    expect(order[1]).toBe('router stopped');
    const subgraphs = order.filter((m) => m.startsWith('subgraph '));
    expect(subgraphs.length).toBeGreaterThanOrEqual(6);
    expect(order.indexOf('embedded Postgres stopped')).toBeGreaterThan(order.lastIndexOf(subgraphs.at(-1)!));
    // Postgres itself shut down (it removes its pid file last).
    expect(existsSync(path.join(run.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  } finally {
    try {
      process.kill(-run.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(run.dataDir, { recursive: true, force: true });
  }
}

describe('npm start stops cleanly', () => {
  it('on one SIGINT to the npm process', () => stopsCleanly((run) => process.kill(run.pid, 'SIGINT')));

  it('on one Ctrl-C (SIGINT to the whole process group)', () => stopsCleanly((run) => process.kill(-run.pid, 'SIGINT')));
});
