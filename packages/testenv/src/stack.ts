import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { deleteRedisKeys, dropDatabases } from '@worldgraph/kit';
import { stopOnInterrupt } from './interrupt.ts';

/** Where a running test stack answers, and the secrets it was started with (for tests that forge tokens). */
export interface StackInfo {
  router: string;
  subgraphs: Record<string, string>;
  databaseUrl: string;
  dbPrefix: string;
  jwtPrivateKey: string;
  serviceSecret: string;
  adminPassword: string;
  /** Redis key prefix and data folder of the stack, for extra processes joining it. */
  redisPrefix: string;
  dataDir: string;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const ADMIN_PASSWORD = 'test-admin-password-1';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The settings of a test run's stack, one for every package of `npm test` (tools/dev/test.mjs) or one
 * for a package's own run (global-setup.mjs), unless the environment sets them: characters' purge job
 * off (its tests purge when they mean to); progression's prize sweeper every second, and its first 3
 * prize payments losing the wallet's answer after it credited, so the tests see the sweeper pay them once.
 */
export function testRunEnv(): Record<string, string> {
  const defaults = { CHARACTERS_JOB_INTERVAL_MS: '0', PROGRESSION_PRIZE_SWEEP_MS: '1000', PROGRESSION_FAIL_PRIZE_PAYMENTS: '3' };
  return Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, process.env[name] ?? value]));
}

/** A stack process started by `startStack`. */
export interface StartedStack {
  info: StackInfo;
  /** The stack process (benchmarks read its memory). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the real supergraph (tools/dev/stack.ts: every subgraph and the router, one process) on
 * free ports against fresh databases on DATABASE_URL's server, or on an embedded Postgres of its
 * own when DATABASE_URL is unset. `stop` ends it and drops its databases; so does a SIGINT or SIGTERM
 * of this process before then (interrupt.ts), which then exits 130 or 143.
 */
export async function startStack(extraEnv: Record<string, string> = {}): Promise<StartedStack> {
  const runId = randomBytes(4).toString('hex');
  const dbPrefix = `wgt_${runId}_`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-test-'));
  const jwtPrivateKey = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  const serviceSecret = randomBytes(32).toString('base64url');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    STACK_PORTS: 'ephemeral',
    DB_PREFIX: dbPrefix,
    REDIS_PREFIX: `wgt:${runId}:`,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    JWT_PRIVATE_KEY: jwtPrivateKey,
    SERVICE_TOKEN_SECRET: serviceSecret,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    // A smaller demo world than npm start's 10,000: seeding stays quick in every package's stack.
    FEATURES_DEMO_COUNT: '2000',
    // Every context's pool on one server: a dozen contexts within Postgres' default 100 connections.
    DATABASE_POOL_SIZE: '4',
    ...extraEnv,
  };
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the stack
  const child = spawn(process.execPath, [...nodeArgs(), '--import', 'tsx', 'tools/dev/stack.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const databaseUrl = process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
  let ended: Promise<void> | undefined;
  /** Ends the stack (SIGTERM, unless it has exited), then removes what it made: its databases, keys and folder. Once. */
  const end = (report: boolean) => (ended ??= (async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    const complain = (what: string) => (err: unknown) => void (report && console.error(what, err));
    // Dropped once nothing uses them; an embedded server went with the stack (its folder is removed below).
    if (process.env.DATABASE_URL) await dropDatabases(databaseUrl, dbPrefix).catch(complain('could not drop test databases'));
    // The stack's streams, counters and revocations: CI reuses the machine's Redis.
    if (process.env.REDIS_URL) await deleteRedisKeys(process.env.REDIS_URL, env.REDIS_PREFIX!).catch(complain('could not delete test keys'));
    // Its audit subgraph's indices and template (audit's store names them after DB_PREFIX): the machine's OpenSearch outlives it.
    if (env.OPENSEARCH_URL && !extraEnv.AUDIT_INDEX_PREFIX) await deleteAuditIndices(env.OPENSEARCH_URL, `${dbPrefix}audit`).catch(complain('could not delete test indices'));
    rmSync(dataDir, { recursive: true, force: true });
  })());
  // From here on, a Ctrl-C or SIGTERM of this process, even while the stack starts, ends it the same way.
  const release = stopOnInterrupt(child, () => end(true));
  const ready = await waitForReady(child).catch(async (error) => {
    // What a stack that never got ready made goes too: its databases and keys.
    await end(false);
    release();
    throw error;
  });
  const info: StackInfo = { ...ready, databaseUrl, dbPrefix, jwtPrivateKey, serviceSecret, adminPassword: ADMIN_PASSWORD, redisPrefix: env.REDIS_PREFIX!, dataDir };
  return {
    info,
    pid: child.pid!,
    async stop() {
      await end(true);
      release();
    },
  };
}

/**
 * Node flags of the stack process: a 64 MiB young generation, as npm start (tools/dev/start.mjs) and the
 * deployments run every process, so tests and benchmarks measure the stack as it runs (its effect on the
 * purchase benchmark is a few per cent at most: tools/bench/README.md), then
 * WORLDGRAPH_STACK_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it; a
 * `--max-semi-space-size` of its own replaces the default).
 */
const nodeArgs = () => {
  const extra = (process.env.WORLDGRAPH_STACK_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return extra.some((a) => a.startsWith('--max-semi-space-size')) ? extra : ['--max-semi-space-size=64', ...extra];
};

function waitForReady(child: ChildProcess): Promise<{ router: string; subgraphs: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    // Thirteen subgraphs migrating fresh databases took over 120 s on a 2-core machine at load 30;
    // WORLDGRAPH_STACK_START_MS gives a more loaded one longer. A stack that never got ready is stopped, not left running.
    const ms = Number(process.env.WORLDGRAPH_STACK_START_MS) || 240_000;
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the stack did not start within ${ms / 1000} s`));
    }, ms);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /WORLDGRAPH_READY (\{.*\})\n/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1]!));
      }
      // Keep the stack's own output visible, minus the ready line.
      process.stdout.write(chunk.toString().replace(/WORLDGRAPH_READY .*\n/, ''));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited with code ${code} before it was ready`));
    });
  });
}

/** Deletes one audit store's indices (`PREFIX-*`) and its entries template; what is already gone is fine. */
export async function deleteAuditIndices(opensearchUrl: string, prefix: string): Promise<void> {
  for (const path of [`/${prefix}-*?ignore_unavailable=true&allow_no_indices=true`, `/_index_template/${prefix}-entries`]) {
    const res = await fetch(new URL(path, opensearchUrl), { method: 'DELETE', signal: AbortSignal.timeout(10_000) });
    if (!res.ok && res.status !== 404) throw new Error(`DELETE ${path}: ${res.status} ${await res.text()}`);
  }
}
