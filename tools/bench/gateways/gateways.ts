// The gateways under test, each started as its own process on the same port in turn.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  /** `executable`: a native binary (default: node with `args`). */
  command(setup: GatewaySetup): Promise<GatewayCommand> | GatewayCommand;
}
interface GatewayCommand {
  args: string[];
  env: Record<string, string>;
  executable?: string;
}

// The other gateways are installed in tools/bench/gateways/peers (its package.json, its own
// lockfile), on first use: half a gigabyte that npm start and npm test never need. A folder of
// their own, so that the benchmark's own files (demo subgraphs, stock gateway) never resolve
// `graphql` to the peers' copy.
const PEERS = path.join(import.meta.dirname, 'peers');
const HIVE_BIN = path.join(PEERS, 'node_modules/@graphql-hive/gateway/dist/bin.js');
const GRAFBASE_BIN = path.join(PEERS, 'node_modules/@grafbase/cli-x86_64-unknown-linux-musl/grafbase');
function installPeers(bin: string): void {
  if (existsSync(bin)) return;
  console.log('bench: installing the other gateways into tools/bench/gateways/peers (npm ci, once)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', PEERS], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install the other gateways (npm ci in tools/bench/gateways/peers)');
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

const hive = (s: GatewaySetup, extra: string[]) => (installPeers(HIVE_BIN), {
  args: [HIVE_BIN, 'supergraph', s.preparedSupergraphPath, '--port', String(s.port), '--host', '127.0.0.1', ...(s.forwardAuthorization ? ['--config-path', path.join(PEERS, 'hive-gateway.config.ts')] : []), ...extra],
  env: {},
});

/**
 * Grafbase (Rust): the CLI's `grafbase dev`, which composes the subgraphs' schemas and serves them
 * with the same engine as its production binary (grafbase-gateway, `federated_server::serve`),
 * plus a watcher that recomposes on changes. The production binary is not published on npm; the
 * CLI is (one static binary). Each subgraph's schema is read from the subgraph itself
 * (`_service { sdl }`), so any scenario's subgraphs can be served. Offline: no telemetry is
 * configured, and its home (CLI assets) is a folder of this run's.
 */
async function grafbase(s: GatewaySetup): Promise<GatewayCommand> {
  installPeers(GRAFBASE_BIN);
  const dir = path.join(path.dirname(s.supergraphPath), 'grafbase');
  mkdirSync(dir, { recursive: true });
  const tables: string[] = [];
  for (const [name, url] of Object.entries(s.subgraphUrls)) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ _service { sdl } }"}' });
    const body = (await res.json()) as { data?: { _service?: { sdl?: string } } };
    const sdl = body.data?._service?.sdl;
    if (!sdl) throw new Error(`grafbase: ${name} gave no _service.sdl (${res.status})`);
    writeFileSync(path.join(dir, `${name}.graphql`), sdl);
    tables.push(`[subgraphs.${name}]\nurl = ${JSON.stringify(url)}\nschema_path = ${JSON.stringify(path.join(dir, `${name}.graphql`))}\n`);
  }
  // Header rules: the client's Authorization header passed on to every subgraph.
  const headers = s.forwardAuthorization ? '[[headers]]\nrule = "forward"\nname = "authorization"\n\n' : '';
  writeFileSync(path.join(dir, 'grafbase.toml'), `${headers}${tables.join('\n')}`);
  return { executable: GRAFBASE_BIN, args: ['--home', path.join(dir, 'home'), 'dev', '-c', path.join(dir, 'grafbase.toml'), '--listen-address', `127.0.0.1:${s.port}`], env: {} };
}

export const GATEWAYS: Record<string, GatewayDef> = {
  stock: { label: 'stock @apollo/gateway (Apollo Server)', command: (s) => ({ args: tsx('tools/bench/gateways/apollo-stock.ts'), env: { PORT: String(s.port), SUPERGRAPH_PATH: s.preparedSupergraphPath, FORWARD_AUTHORIZATION: s.forwardAuthorization ? '1' : '0' } }) },
  // The router's deployment flag (cluster.ts sets it for its workers): a 64 MiB young generation.
  worldgraph: { label: 'Worldgraph router', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: worldgraphEnv(s) }) },
  // The same router with its edge off (EDGE_LIMITS=off: no limits, cost analysis or rate limits): what the edge costs.
  'worldgraph-no-edge': { label: 'Worldgraph router, edge off', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), EDGE_LIMITS: 'off' } }) },
  // The same router with QUERY_SHARING=off: each of the identical queries in flight runs its own execution (the per-request figure, like for like with other gateways).
  'worldgraph-no-share': { label: 'Worldgraph router, no query sharing', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), QUERY_SHARING: 'off' } }) },
  // Per request with Apollo's query plans (QUERY_PLANNER=apollo): one subgraph request per entity fetch, as before Hive's plans were the default.
  'worldgraph-apollo-plans': { label: 'Worldgraph router, no query sharing, Apollo plans', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), QUERY_SHARING: 'off', QUERY_PLANNER: 'apollo' } }) },
  // The same router with @apollo/gateway's own plan executor (before supergraph/src/execution): for before/after figures.
  'worldgraph-gateway-executor': { label: 'Worldgraph router, gateway executor', command: (s) => ({ args: ['--max-semi-space-size=64', ...tsx('supergraph/src/index.ts')], env: { ...worldgraphEnv(s), QUERY_EXECUTOR: 'gateway' } }) },
  'worldgraph-cluster': { label: 'Worldgraph router, worker per core', command: (s) => ({ args: tsx('supergraph/src/cluster.ts'), env: { ...worldgraphEnv(s), ROUTER_WORKERS: 'auto' } }) },
  hive: { label: 'Hive Gateway', command: (s) => hive(s, []) },
  'hive-router': { label: 'Hive Gateway, router runtime', command: (s) => hive(s, ['--hive-router-runtime']) },
  grafbase: { label: 'Grafbase 0.103 (Rust)', command: grafbase },
};

/**
 * Where a gateway runs from: `NAME@base` is the same gateway run from another checkout of the
 * repository (BENCH_BASE_TREE, e.g. a worktree of main), for before/after figures in one run.
 */
function treeOf(name: string): string {
  if (!name.endsWith('@base')) return REPO_ROOT;
  if (!process.env.BENCH_BASE_TREE) throw new Error(`${name}: set BENCH_BASE_TREE to the checkout to run it from`);
  return path.resolve(process.env.BENCH_BASE_TREE);
}

/** A gateway process answering on its port. */
export interface RunningGateway {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts one gateway and waits until it answers a query (120 s at most: a loaded machine). */
export async function startGateway(name: string, setup: GatewaySetup): Promise<RunningGateway> {
  const def = GATEWAYS[name.replace(/@base$/, '')];
  if (!def) throw new Error(`unknown gateway ${name}; known: ${Object.keys(GATEWAYS).join(', ')}`);
  const { args, env, executable } = await def.command(setup);
  const log = createWriteStream(setup.logFile, { flags: 'a' });
  const childEnv: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'production', ...setup.env, ...env };
  delete childEnv.NODE_OPTIONS;
  const nodeArgs = executable ? [] : (process.env.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? []);
  const child: ChildProcess = spawn(executable ?? process.execPath, [...nodeArgs, ...args], { cwd: treeOf(name), env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
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
  const end = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} (log: ${setup.logFile})`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) {
      await stop();
      throw new Error(`${name} did not answer within 120 s (log: ${setup.logFile})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { pid: child.pid!, url, stop };
}
