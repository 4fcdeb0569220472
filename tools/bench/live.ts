// Benchmark: live subscriptions held by one router.
//   npm run bench:live          (BENCH_SUBSCRIBERS, default 10,000; BENCH_EVENTS, default 20 purchases)
// Starts the real stack, opens BENCH_SUBSCRIBERS graphql-ws connections to the router, each with a
// featureStatusChanged subscription on one small box, spread over BENCH_CLIENT_WORKERS worker
// threads (default one per core, at most 4; live-clients.ts: clients are other machines in production, and 10,000 of them
// parsing every event in one thread would measure the benchmark's queue, not the router's), then
// buys parcels in that box one by one (BENCH_EVENT_INTERVAL_MS apart, default 500): every purchase
// is two events (reserved, sold), each delivered to every subscriber (BENCH_CLIENT=raw: the clients
// speak graphql-transport-ws over ws by hand instead of graphql-ws' client, for less work per
// message on the benchmark's side; BENCH_CLIENT=native: each worker's share is one process of
// live-native/clients.c on epoll, compiled with gcc on first use, the least work per message: what
// is left on the machine is the router's fan-out, as with subscribers on other machines). Prints the subscribers held,
// event-to-delivery latency (from the event's commit time to its arrival at the client) p50/p99,
// the CPU time per event of the router, the stack and the clients (and the kernel's share of each),
// and the router's memory per idle subscription. BENCH_LIVE_DUMP=<file>: each client worker's
// latencies in arrival order, as JSON arrays, for a look at single purchases. Loopback only; bounded.
//
// Where the router runs (BENCH_LIVE_ROUTER): `process` (default) its production entry
// (supergraph/src/index.ts) as a process of its own in front of the stack's subgraphs, as it is
// deployed (its own pod): the fan-out's event loop is not the one running the purchase, the relays
// and the event consumers; `cluster`: supergraph/src/cluster.ts with BENCH_LIVE_ROUTER_WORKERS
// workers (default 2, the deployment's ROUTER_WORKERS), each holding its share of the sockets and
// its own upstream subscription (every event reaches every worker from features); `stack`: the
// router inside the stack process with every subgraph (the setup of the figures before
// 2026-11-26 21:50). With a router of its own, its CPU per event (process and workers) is
// printed apart from the stack's (the subgraphs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { databaseUrl } from '@worldgraph/kit';
import { freePort, metricSum, startStack, startStackProcess, type StackInfo, type StackProcess } from '@worldgraph/testenv';
import type { ClientsReport, ClientsWork } from './live-clients.ts';
import { processCpu, processTree, treeCpu, yardstickMs } from './gateways/proc.ts';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const INTERVAL_MS = Number(process.env.BENCH_EVENT_INTERVAL_MS ?? 500);
const WORKERS = Math.max(1, Math.min(Number(process.env.BENCH_CLIENT_WORKERS ?? Math.min(4, availableParallelism())), SUBSCRIBERS));
const CLIENT = (['graphql-ws', 'raw', 'native'] as const).find((c) => c === (process.env.BENCH_CLIENT ?? 'graphql-ws'));
if (!CLIENT) throw new Error(`BENCH_CLIENT=${process.env.BENCH_CLIENT}: one of graphql-ws, raw, native`);
const SELECTION = process.env.BENCH_SELECTION ?? 'status previousStatus changedAt feature { id status }';
const ROUTER = (['process', 'cluster', 'stack'] as const).find((r) => r === (process.env.BENCH_LIVE_ROUTER ?? 'process'));
if (!ROUTER) throw new Error(`BENCH_LIVE_ROUTER=${process.env.BENCH_LIVE_ROUTER}: one of process, cluster, stack`);
const ROUTER_WORKERS = ROUTER === 'cluster' ? Math.max(1, Number(process.env.BENCH_LIVE_ROUTER_WORKERS ?? 2)) : 1;
const QUERY = `subscription ($bbox: BBoxInput!) { featureStatusChanged(bbox: $bbox) { ${SELECTION} } }`;

// A worker runs TypeScript through tsx registered in it (Node 20 does not carry --import's loader into workers).
const CLIENTS_WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(new URL('./live-clients.ts', import.meta.url).href)});`)}`,
);

/** CPU time a process has used so far (all its threads), in ms: user + system, and system alone (the kernel's share: socket writes). */
const cpuOf = (pid: number) => {
  const { total, system } = processCpu(pid);
  return { total: total * 1000, system: system * 1000 };
};
/** The same for a process and its descendants (a router cluster's workers). */
const treeCpuOf = (pid: number) => {
  const { total, system } = treeCpu(pid);
  return { total: total * 1000, system: system * 1000 };
};

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const treeRssKiB = (pid: number) => processTree(pid).reduce((sum, p) => sum + (() => { try { return rssKiB(p); } catch { return 0; } })(), 0);

async function post(info: StackInfo, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(info.router, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * live-native/clients.c compiled (gcc, once per version of its source, in the temporary folder): the native
 * subscribers of BENCH_CLIENT=native.
 */
function nativeClientsBinary(): string {
  const source = fileURLToPath(new URL('./live-native/clients.c', import.meta.url));
  const binary = path.join(tmpdir(), `wg-live-clients-${createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12)}`);
  if (!existsSync(binary)) {
    execFileSync('gcc', ['-O2', '-Wall', '-o', `${binary}.tmp`, source], { stdio: 'inherit' });
    renameSync(`${binary}.tmp`, binary);
  }
  return binary;
}
const nativeBinary = CLIENT === 'native' ? nativeClientsBinary() : undefined;

// The machine's own speed, idle, before anything starts (gateways/proc.ts): figures of runs compare beside it.
const yardstick = yardstickMs();
const stack = await startStack({ LOG_LEVEL: 'error' });
const workers: Worker[] = [];
const exits: Promise<unknown>[] = [];
let router: StackProcess | undefined;
try {
  let info = stack.info;
  // Where the router's gauges are read: the stack's own /metrics, or the router's METRICS_PORT.
  let routerMetricsUrl = `${new URL(info.router).origin}/metrics`;
  if (ROUTER !== 'stack') {
    const metricsPort = await freePort();
    // As deployed (NODE_ENV=production, k8s/base/router): the edge on, with bounds this benchmark's
    // 10,000 sockets from one address never reach, and no safelist (its operation is not in the
    // clients' manifest); /metrics on a port of its own.
    router = await startStackProcess(
      info,
      ROUTER === 'cluster' ? 'supergraph/src/cluster.ts' : 'supergraph/src/index.ts',
      {
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        METRICS_PORT: String(metricsPort),
        HOST: '127.0.0.1',
        OPERATION_SAFELIST: 'false',
        RATE_LIMITS: 'true',
        RATE_LIMIT_ADDRESS: '1000000000/60',
        RATE_LIMIT_USER: '1000000000/60',
        WS_MAX_SOCKETS_PER_ADDRESS: '1000000',
        ...(ROUTER === 'cluster' ? { ROUTER_WORKERS: String(ROUTER_WORKERS) } : {}),
      },
      // The deployment's young generation (cluster.ts gives it its workers itself); extra flags
      // from BENCH_LIVE_ROUTER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: a cluster's workers inherit them).
      [...(ROUTER === 'cluster' ? [] : ['--max-semi-space-size=64']), ...(process.env.BENCH_LIVE_ROUTER_NODE_ARGS ?? '').split(' ').filter(Boolean)],
    );
    info = { ...info, router: `${router.origin}/graphql` };
    routerMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  }
  // A box holding the parcels to buy, and a buyer who can afford them.
  const db = new pg.Client(databaseUrl(info.databaseUrl, `${info.dbPrefix}features`));
  await db.connect();
  const { rows } = await db.query("SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features WHERE status = 'available' ORDER BY id LIMIT $1", [EVENTS]);
  await db.end();
  const lngs = rows.map((r) => r.lng as number);
  const lats = rows.map((r) => r.lat as number);
  const bbox = { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) };
  const admin = (await post(info, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: 'admin', password: info.adminPassword } })).login.accessToken;
  const buyer = (await post(info, 'mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }', { i: { username: 'benchbuyer', email: 'bench@example.com', password: 'bench-password-1' } })).register;
  await post(info, 'mutation ($i: AdminCreditInput!) { adminCredit(input: $i) { id } }', { i: { userId: buyer.user.id, asset: 'PSC', amount: '10000000', idempotencyKey: randomUUID() } }, admin);

  const stackMetricsUrl = `${new URL(stack.info.router).origin}/metrics`;
  // The stack's live subscriptions before ours (its router's own, for revoked sessions): each router
  // process or worker adds one upstream subscription in features, which the stack counts.
  const liveBefore = ROUTER === 'stack' ? 0 : metricSum(await (await fetch(stackMetricsUrl)).text(), 'live_event_subscriptions');
  const routerRss = () => (router ? treeRssKiB(router.pid) : rssKiB(stack.pid));
  const before = routerRss();
  const progress = new Map<Worker, { received: number; failed: number }>();
  const finished = new Map<Worker, Extract<ClientsReport, { kind: 'done' }>>();
  /** The native clients' processes (BENCH_CLIENT=native): their CPU is the clients', beside this process's threads. */
  const nativePids: number[] = [];
  const clientsCpu = () =>
    nativePids.reduce((sum, pid) => {
      const { total, system } = cpuOf(pid);
      return { total: sum.total + total, system: sum.system + system };
    }, cpuOf(process.pid));
  const t0 = performance.now();
  const opened = Array.from({ length: WORKERS }, (_, w) => {
    const work: ClientsWork = { url: info.router.replace(/^http/, 'ws'), query: QUERY, variables: { bbox }, count: Math.floor(SUBSCRIBERS / WORKERS) + (w < SUBSCRIBERS % WORKERS ? 1 : 0), events: EVENTS * 2, client: CLIENT, nativeBinary, profileDir: process.env.BENCH_LIVE_CLIENTS_PROF_DIR };
    const worker = new Worker(CLIENTS_WORKER, { workerData: work });
    workers.push(worker);
    exits.push(new Promise((resolve) => worker.once('exit', resolve)));
    return new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: ClientsReport) => {
        if (m.kind === 'opened') {
          if (m.pid) nativePids.push(m.pid);
          resolve();
        }
        else if (m.kind === 'progress') progress.set(worker, m);
        else finished.set(worker, m);
      });
    });
  });
  await Promise.all(opened);
  const counted = () => [...progress.values()].reduce((a, p) => ({ received: a.received + p.received, failed: a.failed + p.failed }), { received: 0, failed: 0 });
  // Wait until the router holds all of them and the subgraph listens (the stack's gauges).
  let upstream = 0;
  for (let i = 0; i < 600; i++) {
    const text = await (await fetch(routerMetricsUrl)).text();
    upstream = metricSum(text, 'graphql_subscriptions_upstream');
    const live = ROUTER === 'stack' ? metricSum(text, 'live_event_subscriptions') : metricSum(await (await fetch(stackMetricsUrl)).text(), 'live_event_subscriptions') - liveBefore;
    if (metricSum(text, 'graphql_subscriptions_active') >= SUBSCRIBERS && live >= upstream && upstream >= ROUTER_WORKERS) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const connectSeconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 2_000)); // settle before reading memory
  const held = routerRss();

  const expected = EVENTS * 2 * SUBSCRIBERS;
  // CPU per event, of the router, the stack and the benchmark's clients: what the fan-out costs whatever the machine's load.
  const clients0 = clientsCpu();
  const stack0 = cpuOf(stack.pid);
  const router0 = router ? treeCpuOf(router.pid) : undefined;
  // On the monotonic clock V8's profiles use (µs): the window of a profile that is the events'.
  const window0 = process.hrtime.bigint() / 1000n;
  // Purchases spaced out, so the latency measured is a delivery's, not a queue's.
  for (const row of rows) {
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
    await post(info, 'mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: row.id, k: randomUUID() }, buyer.accessToken);
  }
  const end = Date.now() + 120_000;
  for (let c = counted(); c.received + c.failed < expected && Date.now() < end; c = counted()) await new Promise((r) => setTimeout(r, 100));
  const clients1 = clientsCpu();
  const stack1 = cpuOf(stack.pid);
  const [stackCpu, benchCpu, stackSys, benchSys] = [stack1.total - stack0.total, clients1.total - clients0.total, stack1.system - stack0.system, clients1.system - clients0.system];
  const router1 = router ? treeCpuOf(router.pid) : undefined;
  const window1 = process.hrtime.bigint() / 1000n;
  for (const worker of workers) worker.postMessage('finish');
  while (finished.size < workers.length) await new Promise((r) => setTimeout(r, 50));
  const reports = [...finished.values()];
  const received = reports.reduce((n, d) => n + d.received, 0);
  const failed = reports.reduce((n, d) => n + d.failed, 0);
  // Each client worker's latencies in arrival order (a purchase's deliveries are a worker's next 2 × its sockets).
  if (process.env.BENCH_LIVE_DUMP) writeFileSync(process.env.BENCH_LIVE_DUMP, JSON.stringify(reports.map((d) => [...d.latencies])));
  const latencies = Float64Array.from(reports.flatMap((d) => [...d.latencies])).sort();
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! : NaN);
  const result = {
    router: ROUTER === 'cluster' ? `cluster of ${ROUTER_WORKERS}` : ROUTER,
    subscribers: SUBSCRIBERS,
    clientWorkers: WORKERS,
    client: CLIENT,
    upstream,
    connectSeconds: Number(connectSeconds.toFixed(1)),
    events: EVENTS * 2,
    deliveries: received,
    expected,
    failed,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: latencies.at(-1) ?? NaN,
    ...(router0 && router1
      ? { routerCpuMsPerEvent: Math.round((router1.total - router0.total) / (EVENTS * 2)), routerSystemMsPerEvent: Math.round((router1.system - router0.system) / (EVENTS * 2)) }
      : {}),
    stackCpuMsPerEvent: Math.round(stackCpu / (EVENTS * 2)),
    stackSystemMsPerEvent: Math.round(stackSys / (EVENTS * 2)),
    clientsCpuMsPerEvent: Math.round(benchCpu / (EVENTS * 2)),
    clientsSystemMsPerEvent: Math.round(benchSys / (EVENTS * 2)),
    kibPerIdleSubscription: Number(((held - before) / SUBSCRIBERS).toFixed(1)),
    routerRssMiB: Math.round(held / 1024),
    yardstickMs: yardstick,
  };
  console.table([result]);
  console.log(JSON.stringify({ bench: 'live', ...result }));
  if (process.env.BENCH_LIVE_ROUTER_NODE_ARGS || process.env.BENCH_LIVE_CLIENTS_PROF_DIR) console.log(`events' window on the profiles' clock (µs): ${window0} ${window1}`);
} finally {
  for (const worker of workers) worker.postMessage('finish');
  await Promise.all(exits);
  await router?.stop();
  await stack.stop();
}
