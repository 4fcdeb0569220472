// Benchmark: gateways side by side.   npm run bench:gateways
// Scenario A (gateway overhead): the public gateway benchmark's four in-memory subgraphs and its
// deep nested query. Scenario B (Worldgraph): the real subgraphs on seeded Postgres. Each gateway
// runs as its own process, in turn on one port, against the same subgraphs and supergraph; the
// load comes from another process. Rounds interleave the gateways, so background load hits each
// alike; every figure is also given as a ratio to the stock gateway of the same run.
// Settings (bounded): BENCH_SCENARIOS (A,B; C adds bench:live), BENCH_GATEWAYS, BENCH_ROUNDS (3),
// BENCH_DURATION_S (20), BENCH_WARMUP_S (5), BENCH_CONCURRENCY (50), BENCH_B_RATE (200),
// BENCH_OUT (JSON file; default .data/bench/gateways-<time>.json).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, onInterrupt } from '@worldgraph/testenv';
import { GATEWAYS, REPO_ROOT, startGateway, type RunningGateway } from './gateways.ts';
import { measure, type Measurement } from './measure.ts';
import type { CaseCheck, LoadCase, PreparedScenario } from './scenario.ts';
import { loadAverage, settle, yardstickMs } from './proc.ts';
import { scenarioA } from './scenario-a.ts';
import { scenarioB } from './scenario-b.ts';

const bounded = (name: string, fallback: number, min: number, max: number) => Math.min(max, Math.max(min, Number(process.env[name] ?? fallback)));

export const settings = {
  scenarios: (process.env.BENCH_SCENARIOS ?? 'A,B').split(',').map((s) => s.trim().toUpperCase()),
  gateways: (process.env.BENCH_GATEWAYS ?? 'stock,worldgraph,worldgraph-cluster,hive,hive-router').split(',').map((s) => s.trim()),
  rounds: bounded('BENCH_ROUNDS', 3, 1, 10),
  durationMs: bounded('BENCH_DURATION_S', 20, 3, 120) * 1000,
  warmupMs: bounded('BENCH_WARMUP_S', 5, 1, 60) * 1000,
  concurrency: bounded('BENCH_CONCURRENCY', 50, 1, 500),
  rateB: bounded('BENCH_B_RATE', 200, 1, 5000),
  /** Only the cases whose names contain one of these (comma-separated). Default: all. */
  cases: process.env.BENCH_CASES ? process.env.BENCH_CASES.split(',').map((s) => s.trim()) : undefined,
};

export type Row = { scenario: string; gateway: string; case: string; round: number } & Partial<Measurement> & { yardstick?: number; rate?: number; failed?: string; answer?: Answer; check?: CaseCheck };

/** How a gateway's answer to a case compares with the first gateway's in the run (the same `data`?). */
type Answer = 'same' | 'same, other field order' | 'differs' | 'not compared';

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)])) : value;

/**
 * One request of the case, its `data` compared with the reference (the first gateway's answer to
 * it in this run). A mutation (fresh `$UUID`s, `$ITEM`s) is not: it would change what it measures.
 */
async function checkAnswer(url: string, c: LoadCase, headers: Record<string, string>, reference: Map<string, string>): Promise<{ answer: Answer; detail?: string }> {
  if (c.body.includes('$UUID') || c.body.includes('$ITEM') || /"query":"\s*mutation/.test(c.body)) return { answer: 'not compared' };
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: c.body.replaceAll('$JITTER', '500') });
  const text = await res.text();
  let data: unknown;
  try {
    data = (JSON.parse(text) as { data?: unknown }).data;
  } catch {
    return { answer: 'differs', detail: `${res.status} ${text.slice(0, 200)}` };
  }
  const exact = JSON.stringify(data);
  const expected = reference.get(c.name);
  if (expected === undefined) {
    reference.set(c.name, exact);
    return { answer: 'same' };
  }
  if (exact === expected) return { answer: 'same' };
  if (JSON.stringify(sortedKeys(data)) === JSON.stringify(sortedKeys(JSON.parse(expected)))) return { answer: 'same, other field order' };
  return { answer: 'differs', detail: exact.slice(0, 300) };
}

async function runScenario(scenario: PreparedScenario, logDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const port = await freePort();
  const reference = new Map<string, string>();
  for (let round = 1; round <= settings.rounds; round++) {
    for (const gateway of settings.gateways) {
      const logFile = path.join(logDir, `${scenario.name}-${gateway}.log`);
      let g: RunningGateway;
      try {
        g = await startGateway(gateway, { ...scenario.setup, port, logFile });
      } catch (error) {
        rows.push({ scenario: scenario.name, gateway, case: '*', round, failed: (error as Error).message });
        console.log(`  ${gateway}: does not run here: ${(error as Error).message}`);
        continue;
      }
      // A Ctrl-C or SIGTERM stops it first, then the scenario's subgraphs and stack (testenv's interrupt.ts).
      const release = onInterrupt(g.stop);
      try {
        const headers = (await scenario.refresh?.()) ?? {};
        const closed: Record<string, Measurement> = {};
        for (const c of scenario.cases.filter((c) => !settings.cases || settings.cases.some((n) => c.name.includes(n)))) {
          const rate = typeof c.rate === 'function' ? c.rate(closed) : c.rate;
          const spec = {
            url: g.url,
            concurrency: settings.concurrency,
            durationMs: rate ? Math.min(settings.durationMs, 15_000) : settings.durationMs,
            warmupMs: rate ? 2_000 : settings.warmupMs,
            rate: rate ? Math.max(1, Math.round(rate)) : undefined,
            body: c.body,
            headers: { ...headers, ...c.headers },
            itemsFile: await c.items?.(),
          };
          const { answer, detail } = await checkAnswer(g.url, c, spec.headers, reference);
          if (answer === 'differs') console.log(`  ${gateway}: ${c.name}: its answer differs from the first gateway's: ${detail}`);
          const waited = await settle([g.pid, ...(scenario.subgraphPids ?? [])]);
          if (waited > 2_000) console.log(`  (waited ${Math.round(waited / 1000)} s for the gateway and subgraphs to be idle)`);
          const yardstick = yardstickMs();
          const m = { ...(await measure(g.pid, spec, scenario.subgraphPids)), yardstick };
          if (!rate) closed[c.name] = m;
          console.log(`  round ${round} ${gateway.padEnd(18)} ${c.name.padEnd(22)} ${String(m.rps).padStart(7)} req/s p50 ${m.p50} p95 ${m.p95} p99 ${m.p99} ms, errors ${m.errors}, cpu ${m.cpu} (subgraphs ${m.subgraphCpu}, machine ${m.machineCpu}: ${msPerRequest(m.machineCpu, m.rps)} ms a request), ${m.peakMemoryMiB} MiB, load ${m.loadAverage}, yardstick ${m.yardstick} ms${m.firstError ? `\n    first error: ${m.firstError}` : ''}`);
          let check: CaseCheck | undefined;
          if (c.check) {
            await settle([g.pid, ...(scenario.subgraphPids ?? [])]);
            check = await c.check().catch((e: Error) => ({ ok: false, detail: `check failed: ${e.message}` }));
            console.log(`    ${check.ok ? 'complete' : 'INCOMPLETE'}: ${check.detail}`);
          }
          rows.push({ scenario: scenario.name, gateway, case: c.name, round, ...m, rate: spec.rate, answer, check });
        }
      } finally {
        await g.stop();
        release();
      }
    }
  }
  return rows;
}

/** Milliseconds of CPU a request, from cores busy and requests a second. */
const msPerRequest = (cores: number, rps: number) => Number(((cores / rps) * 1000).toFixed(2));

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length / 2;
  return Number((s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2).toFixed(2));
};

/** Medians over rounds, with ratios to the stock gateway of the same case. */
function summarise(rows: Row[]) {
  const groups = new Map<string, Row[]>();
  for (const r of rows) if (!r.failed) groups.set(`${r.scenario}|${r.case}|${r.gateway}`, [...(groups.get(`${r.scenario}|${r.case}|${r.gateway}`) ?? []), r]);
  const summary = [...groups.entries()].map(([key, rs]) => {
    const [scenario, kase, gateway] = key.split('|') as [string, string, string];
    const rps = median(rs.map((r) => r.rps!));
    const cpu = median(rs.map((r) => r.cpu!));
    const subgraphCpu = median(rs.map((r) => r.subgraphCpu!));
    const machineCpu = median(rs.map((r) => r.machineCpu!));
    const yardstick = median(rs.map((r) => r.yardstick!));
    return {
      scenario, case: kase, gateway,
      rate: rs[0]!.rate,
      rps, p50: median(rs.map((r) => r.p50!)), p95: median(rs.map((r) => r.p95!)), p99: median(rs.map((r) => r.p99!)),
      errors: rs.reduce((s, r) => s + (r.errors ?? 0), 0),
      dropped: rs.reduce((s, r) => s + (r.dropped ?? 0), 0),
      cpu, subgraphCpu, machineCpu, machineMsPerRequest: msPerRequest(machineCpu, rps), rpsPerCore: Number((rps / cpu).toFixed(1)),
      peakMiB: Math.max(...rs.map((r) => r.peakMemoryMiB!)),
      load: median(rs.map((r) => r.loadAverage!)),
      yardstick,
      answer: rs.some((r) => r.answer === 'differs') ? 'differs' : (rs[0]!.answer ?? 'not compared'),
      /** The case's check (audit, notifications) over every round: yes, NO, or '' without one. */
      complete: rs.some((r) => r.check) ? (rs.every((r) => r.check?.ok) ? 'yes' : 'NO') : '',
    };
  });
  return summary.map((s) => {
    const stock = summary.find((o) => o.scenario === s.scenario && o.case === s.case && o.gateway === 'stock');
    const ratio = (k: 'rps' | 'p95' | 'p99' | 'cpu' | 'rpsPerCore' | 'peakMiB') => (stock && stock[k] ? Number((s[k] / stock[k]).toFixed(2)) : NaN);
    return { ...s, xStock: { rps: ratio('rps'), p95: ratio('p95'), p99: ratio('p99'), cpu: ratio('cpu'), rpsPerCore: ratio('rpsPerCore'), peakMiB: ratio('peakMiB') } };
  });
}

/** Scenario C: the live benchmark as it is (npm run bench:live), smaller by default. */
function scenarioC(): Promise<unknown> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench/live.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, BENCH_SUBSCRIBERS: process.env.BENCH_SUBSCRIBERS ?? '2000', BENCH_EVENTS: process.env.BENCH_EVENTS ?? '10' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 600_000);
    // Interrupted, it cleans up its own stack (testenv's interrupt.ts): given the time, never killed.
    const release = onInterrupt(async () => {
      const exited = new Promise((r) => child.once('exit', r));
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    });
    child.once('exit', () => {
      clearTimeout(timer);
      release();
      const line = out.split('\n').find((l) => l.startsWith('{"bench":"live"'));
      resolve(line ? JSON.parse(line) : { failed: out.slice(-500) });
    });
  });
}

const startedAt = new Date();
const logDir = mkdtempSync(path.join(os.tmpdir(), 'wg-bench-gateways-'));
console.log(`gateways: ${settings.gateways.join(', ')}; rounds ${settings.rounds}, ${settings.durationMs / 1000} s each after ${settings.warmupMs / 1000} s warm-up, ${settings.concurrency} in flight; cores ${os.cpus().length}; load ${loadAverage()}; logs in ${logDir}`);
for (const g of settings.gateways) if (!GATEWAYS[g.replace(/@base$/, '')]) throw new Error(`unknown gateway ${g}`);
const rows: Row[] = [];
let live: unknown;
for (const name of settings.scenarios) {
  if (name === 'C') {
    console.log('\nScenario C: live (bench:live)');
    live = await scenarioC();
    console.table([live]);
    continue;
  }
  const scenario = name === 'A' ? await scenarioA() : name === 'B' ? await scenarioB(settings.rateB) : undefined;
  if (!scenario) throw new Error(`unknown scenario ${name}`);
  console.log(`\nScenario ${scenario.name}`);
  const release = onInterrupt(scenario.close);
  try {
    rows.push(...(await runScenario(scenario, logDir)));
  } finally {
    await scenario.close();
    release();
  }
}
const summary = summarise(rows);
if (summary.length) console.log('\nmedians over rounds; latencies in ms; cpu in cores (machine: every process, load generator and servers included); ×stock = ratio to the stock gateway of the same run');
if (summary.length) console.table(summary.map((s) => ({ scenario: s.scenario, case: s.case, gateway: s.gateway, 'req/s': s.rps, '×stock': s.xStock.rps, p50: s.p50, p95: s.p95, p99: s.p99, errors: s.errors, 'not sent': s.dropped, cpu: s.cpu, 'subgraph cpu': s.subgraphCpu, 'machine cpu': s.machineCpu, 'machine ms/req': s.machineMsPerRequest, 'req/s/core': s.rpsPerCore, 'peak MiB': s.peakMiB, load: s.load, 'yardstick ms': s.yardstick, answer: s.answer, complete: s.complete })));
const failures = rows.filter((r) => r.failed);
for (const f of failures) console.log(`${f.scenario} ${f.gateway}: does not run here: ${f.failed}`);
const out = process.env.BENCH_OUT ?? path.join(REPO_ROOT, '.data/bench', `gateways-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: 'gateways', startedAt, settings, cores: os.cpus().length, summary, rows, live }, null, 2));
console.log(`\nJSON: ${out}`);
