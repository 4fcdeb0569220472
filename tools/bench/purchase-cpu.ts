// Benchmark: the test stack's CPU per purchase, a figure a loaded machine blurs less than latency.
//   npm run bench:purchase-cpu     (BENCH_PURCHASES per round, default 600; BENCH_CONCURRENCY, 8; BENCH_ROUNDS, 2)
// Starts the real stack (every subgraph in one process, its databases fresh), a buyer with money, and
// buys distinct unowned parcels through the stack's router, BENCH_CONCURRENCY at a time, after 200 for
// warm-up. Per round: the stack's idle CPU rate over 6 s (relay polls and the like), then the
// purchases, then every second until the stack is back at that rate (its consumers done: audit,
// notifications, progression, social); the CPU of its process tree (/proc) over the purchases, and
// with that tail, minus the idle rate, divided by the purchases; the same for the Postgres backends
// serving the stack's databases (the server's own processes, autovacuum and WAL writer, are not
// counted); and the whole machine's (/proc/stat, minus its idle rate), which adds OpenSearch, Redis
// and this process. For before/after, run it from two checkouts one after the other, alternating:
// only the pairs compare.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { databaseUrl } from '@worldgraph/kit';
import { metricSum, startStack } from '@worldgraph/testenv';
import { cpuSeconds, machineCpuSeconds, processCpu } from './gateways/proc.ts';

const PURCHASES = Number(process.env.BENCH_PURCHASES ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const BUY = 'mutation Buy($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { id status } }';

const stack = await startStack({ LOG_LEVEL: 'error', FEATURES_DEMO_COUNT: String(Math.max(2_000, PURCHASES * ROUNDS + 1_000)) });
const { info } = stack;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function post(query: string, variables: object, token?: string) {
  const res = await fetch(info.router, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const features = new pg.Pool({ connectionString: databaseUrl(info.databaseUrl, `${info.dbPrefix}features`), max: 1 });
try {
  const admin = (await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: 'admin', password: info.adminPassword } })).login.accessToken;
  const buyer = (await post('mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }', { i: { username: 'cpubuyer', email: 'cpu@example.com', password: 'bench-password-1' } })).register;
  await post('mutation ($i: AdminCreditInput!) { adminCredit(input: $i) { id } }', { i: { userId: buyer.user.id, asset: 'PSC', amount: '5000000000', idempotencyKey: randomUUID() } }, admin);
  const { rows } = await features.query("SELECT id FROM features WHERE status = 'available' AND owner_id IS NULL ORDER BY random() LIMIT $1", [PURCHASES * ROUNDS + 200]);
  const parcels = rows.map((r) => r.id as string);
  /** Buys the next n parcels, CONCURRENCY at a time; the purchases that did not complete. */
  const buy = async (n: number) => {
    let failed = 0;
    const todo = parcels.splice(0, n);
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let id = todo.shift(); id; id = todo.shift()) {
        const status = await post(BUY, { id, key: randomUUID() }, buyer.accessToken).then((d) => d.buyFeature.status, (e) => String(e));
        if (status !== 'completed' && ++failed <= 3) console.error(`purchase of ${id}: ${status}`);
      }
    }));
    return failed;
  };
  /**
   * CPU seconds the Postgres backends of the stack's databases have used since `since` was made:
   * each backend's CPU counted from when it was first seen (0 for one that started after `since`;
   * a backend that ended in between keeps what it had when last seen). The pools keep their
   * connections under load, so little is missed.
   */
  const backends = async () => {
    const { rows: found } = await features.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname LIKE $1 AND pid <> pg_backend_pid()', [`${info.dbPrefix}%`]);
    return found.map((r) => r.pid);
  };
  /** A CPU counter's growth from now on, in seconds: call the result to read it. */
  const since = (read: () => number) => {
    const from = read();
    return () => read() - from;
  };
  const postgresSince = async () => {
    const seen = new Map<number, { from: number; last: number }>();
    for (const pid of await backends()) {
      const c = processCpu(pid).total;
      seen.set(pid, { from: c, last: c });
    }
    return async () => {
      for (const pid of new Set([...seen.keys(), ...(await backends())])) {
        const c = processCpu(pid).total;
        const s = seen.get(pid);
        if (!s) seen.set(pid, { from: 0, last: c });
        else if (c > 0) s.last = c;
      }
      return [...seen.values()].reduce((sum, s) => sum + s.last - s.from, 0);
    };
  };
  /** features' debits so far (kit WalletClient's counters, on the stack process's /metrics): calls and movements. */
  const debits = async () => {
    const text = await (await fetch(info.subgraphs.features!.replace(/\/graphql$/, '/metrics'))).text();
    const sum = (name: string) => metricSum(text, name, 'context="features"', 'kind="debit"');
    return { calls: sum('wallet_client_calls_total'), movements: sum('wallet_client_movements_total') };
  };
  await buy(200);
  for (let round = 1; round <= ROUNDS; round++) {
    await sleep(8_000);
    let stackCpu = since(() => cpuSeconds(stack.pid));
    let pgCpu = await postgresSince();
    let machineCpu = since(machineCpuSeconds);
    let t0 = performance.now();
    await sleep(6_000);
    const idleS = (performance.now() - t0) / 1000;
    const idle = stackCpu() / idleS;
    const pgIdle = (await pgCpu()) / idleS;
    const machineIdle = machineCpu() / idleS;
    stackCpu = since(() => cpuSeconds(stack.pid));
    machineCpu = since(machineCpuSeconds);
    pgCpu = await postgresSince();
    const debitsBefore = await debits();
    t0 = performance.now();
    const failed = await buy(PURCHASES);
    const runS = (performance.now() - t0) / 1000;
    const runCpu = stackCpu();
    for (let i = 0; i < 40; i++) {
      const before = cpuSeconds(stack.pid);
      await sleep(1_000);
      if (cpuSeconds(stack.pid) - before <= idle + 0.03) break;
    }
    const allS = (performance.now() - t0) / 1000;
    const allCpu = stackCpu();
    const allPg = await pgCpu();
    const allMachine = machineCpu();
    const debitsAfter = await debits();
    const [calls, movements] = [debitsAfter.calls - debitsBefore.calls, debitsAfter.movements - debitsBefore.movements];
    const perPurchase = (cpuS: number, s: number, idleRate = idle) => ((1000 * (cpuS - idleRate * s)) / PURCHASES).toFixed(2);
    console.log(
      `round ${round}: ${PURCHASES} purchases, ${CONCURRENCY} in flight, ${failed} not completed, ${(PURCHASES / runS).toFixed(1)}/s, load ${os.loadavg()[0]!.toFixed(1)}; ` +
        `stack idle ${(idle * 1000).toFixed(0)} ms/s; stack CPU per purchase: over the purchases ${perPurchase(runCpu, runS)} ms, with the consumers' tail ${perPurchase(allCpu, allS)} ms; ` +
        `Postgres backends (idle ${(pgIdle * 1000).toFixed(0)} ms/s) with the tail ${perPurchase(allPg, allS, pgIdle)} ms; ` +
        `the whole machine (idle ${(machineIdle * 1000).toFixed(0)} ms/s: OpenSearch, Redis, this process too) with the tail ${perPurchase(allMachine, allS, machineIdle)} ms; ` +
        `wallet debits ${movements} in ${calls} calls (${calls ? (movements / calls).toFixed(1) : '-'} a call)`,
    );
  }
} finally {
  await features.end();
  await stack.stop();
}
