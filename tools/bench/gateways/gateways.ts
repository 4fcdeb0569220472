// The gateways under test, each started as its own process on the same port in turn.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import { subgraphUrlVariable } from '@worldgraph/kit';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** What a gateway is started with. */
export interface GatewaySetup {
  port: number;
  /** The supergraph as composed (Worldgraph's router prepares it itself). */
  supergraphPath: string;
  /** The same, with `for: SECURITY` dropped from links the other gateways do not implement. */
  preparedSupergraphPath: string;
  subgraphUrls: Record<string, string>;
  /** Scenario B: pass the client's Authorization header to subgraphs. */
  forwardAuthorization: boolean;
  /** Extra environment (Worldgraph's router: the stack's secrets, Redis prefix). */
  env?: Record<string, string>;
  logFile: string;
}

interface GatewayDef {
  label: string;
  command(setup: GatewaySetup): { args: string[]; env: Record<string, string> };
}

// Hive Gateway is installed beside the benchmark (tools/bench/gateways/package.json, its own
// lockfile), on first use: half a gigabyte that npm start and npm test never need.
const HIVE_BIN = path.join(import.meta.dirname, 'node_modules/@graphql-hive/gateway/dist/bin.js');
function installHive(): void {
  if (existsSync(HIVE_BIN)) return;
  console.log('bench: installing Hive Gateway into tools/bench/gateways (npm ci, once)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', import.meta.dirname], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install Hive Gateway (npm ci in tools/bench/gateways)');
}
const tsx = (file: string) => ['--import', 'tsx', file];

const worldgraphEnv = (s: GatewaySetup) => ({
  PORT: String(s.port),
  SUPERGRAPH_PATH: s.supergraphPath,
  // The benchmark's operations are not in the clients' manifest that production accepts alone.
  OPERATION_SAFELIST: 'false',
  // The edge as in production (operation limits, cost analysis, rate limits counted in Redis with
  // REDIS_URL), with bounds the benchmark's load never reaches: its cost is measured, not refusals.
  RATE_LIMITS: 'true',
  RATE_LIMIT_ADDRESS: '1000000000/60',
  RATE_LIMIT_USER: '1000000000/60',
  LIMITS_ANONYMOUS: 'cost=1000000000',
  LIMITS_FIRST_PARTY: 'cost=1000000000',
  ...Object.fromEntries(Object.entries(s.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
});

const hive = (s: GatewaySetup, extra: string[]) => (installHive(), {
  args: [HIVE_BIN, 'supergraph', s.preparedSupergraphPath, '--port', String(s.port), '--host', '127.0.0.1', ...(s.forwardAuthorization ? ['--config-path', path.join(import.meta.dirname, 'hive-gateway.config.ts')] : []), ...extra],
  env: {},
});

export const GATEWAYS: Record<string, GatewayDef> = {
  stock: { label: 'stock @apollo/gateway (Apollo Server)', command: (s) => ({ args: tsx('tools/bench/gateways/apollo-stock.ts'), env: { PORT: String(s.port), SUPERGRAPH_PATH: s.preparedSupergraphPath, FORWARD_AUTHORIZATION: s.forwardAuthorization ? '1' : '0' } }) },
  // The router's deployment flag (cluster.ts sets it for its workers): a 64 MiB young generation.
  worldgraph: { label: 'Worldgraph router', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: worldgraphEnv(s) }) },
  // The same router with its edge off (EDGE_LIMITS=off: no limits, cost analysis or rate limits): what the edge costs.
  'worldgraph-no-edge': { label: 'Worldgraph router, edge off', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), EDGE_LIMITS: 'off' } }) },
  // The same router with @apollo/gateway's own plan executor (before supergraph/src/execution): for before/after figures.
  'worldgraph-gateway-executor': { label: 'Worldgraph router, gateway executor', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), QUERY_EXECUTOR: 'gateway' } }) },
  'worldgraph-cluster': { label: 'Worldgraph router, worker per core', command: (s) => ({ args: tsx('supergraph/src/cluster.ts'), env: { ...worldgraphEnv(s), ROUTER_WORKERS: 'auto' } }) },
  hive: { label: 'Hive Gateway', command: (s) => hive(s, []) },
  'hive-router': { label: 'Hive Gateway, router runtime', command: (s) => hive(s, ['--hive-router-runtime']) },
};

/** A gateway process answering on its port. */
export interface RunningGateway {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts one gateway and waits until it answers a query (60 s at most). */
export async function startGateway(name: string, setup: GatewaySetup): Promise<RunningGateway> {
  const def = GATEWAYS[name];
  if (!def) throw new Error(`unknown gateway ${name}; known: ${Object.keys(GATEWAYS).join(', ')}`);
  const { args, env } = def.command(setup);
  const log = createWriteStream(setup.logFile, { flags: 'a' });
  const childEnv: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'production', ...setup.env, ...env };
  delete childEnv.NODE_OPTIONS;
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...args], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${setup.port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} (log: ${setup.logFile})`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) {
      await stop();
      throw new Error(`${name} did not answer within 60 s (log: ${setup.logFile})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { pid: child.pid!, url, stop };
}
