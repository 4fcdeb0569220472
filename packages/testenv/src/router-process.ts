import { spawn } from 'node:child_process';
import path from 'node:path';
import { subgraphUrlVariable } from '@worldgraph/kit';
import { stack } from './client.ts';
import { stopOnInterrupt } from './interrupt.ts';
import { freePort, type StackInfo } from './stack.ts';

/** A second router process in front of the test stack's subgraphs. */
export interface RouterProcess {
  graphqlUrl: string;
  stop(): Promise<void>;
}

/** A process started beside a stack (`startStackProcess`). */
export interface StackProcess {
  /** e.g. http://127.0.0.1:43210 */
  origin: string;
  pid: number;
  /** Resolves with the exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts `entry` (a router or subgraph entry point, as a deployment runs it) on a free port as a
 * process joining `info`'s stack: its Redis prefix, data folder, service secret and subgraph URLs,
 * plus `extraEnv`. Resolves once its /health/ready answers (at most 300 s: a loaded 2-core machine starts a router slowly).
 */
export async function startStackProcess(info: StackInfo, entry: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<StackProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PORT: String(port),
    SERVICE_TOKEN_SECRET: info.serviceSecret,
    REDIS_PREFIX: info.redisPrefix,
    DATA_DIR: info.dataDir,
    ...Object.fromEntries(Object.entries(info.subgraphs).map(([name, url]) => [subgraphUrlVariable(name), url])),
    ...extraEnv,
  };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const terminate = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  // A Ctrl-C or SIGTERM of this process stops it too, before the stack it joined (interrupt.ts).
  const release = stopOnInterrupt(child, terminate);
  const stop = async () => {
    await terminate();
    release();
  };
  const origin = `http://127.0.0.1:${port}`;
  const end = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      release();
      throw new Error(`${entry} exited with code ${child.exitCode ?? child.signalCode}`);
    }
    const ok = await fetch(`${origin}/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) {
      await stop();
      throw new Error(`${entry} did not start within 300 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, pid: child.pid!, exited, stop };
}

/**
 * Starts another router (supergraph/src/index.ts, as a deployment runs it) on a free port,
 * routing to the stack's subgraphs with the stack's secrets: a second replica for fan-out tests.
 */
export async function startRouterProcess(extraEnv: Record<string, string> = {}): Promise<RouterProcess> {
  const router = await startStackProcess(stack(), 'supergraph/src/index.ts', extraEnv);
  return { graphqlUrl: `${router.origin}/graphql`, stop: router.stop };
}
