import { spawn } from 'node:child_process';
import path from 'node:path';
import { subgraphUrlVariable } from '@worldgraph/kit';
import { stack } from './client.ts';
import { freePort } from './stack.ts';

/** A second router process in front of the test stack's subgraphs. */
export interface RouterProcess {
  graphqlUrl: string;
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts another router (supergraph/src/index.ts, as a deployment runs it) on a free port,
 * routing to the stack's subgraphs with the stack's secrets: a second replica for fan-out tests.
 */
export async function startRouterProcess(extraEnv: Record<string, string> = {}): Promise<RouterProcess> {
  const info = stack();
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'supergraph/src/index.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the router exited with code ${child.exitCode}`);
    const ok = await fetch(`${base}/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) throw new Error('the router did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    graphqlUrl: `${base}/graphql`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
