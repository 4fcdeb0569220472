// The load generator, run as its own process so its CPU is not the gateway's: GraphQL POSTs
// over keep-alive connections (node:http), either closed-loop (`concurrency` requests always in
// flight, as k6's constant VUs) or open-loop at a fixed `rate` (requests started on a schedule,
// latency measured from the scheduled start, so a stalled gateway cannot hide its queue).
// Input: the JSON of a LoadSpec as argv[2]. Output: `LOAD_MEASURING` when the measured window
// starts (after warm-up), then `LOAD_RESULT {json}`. Bounded by durationMs; stops by itself.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface LoadSpec {
  url: string;
  /** Requests in flight at most (closed loop: always). */
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  /** Open loop: requests per second started on a schedule. Default: closed loop. */
  rate?: number;
  /**
   * Request body; per request, every `$UUID` becomes a fresh UUID, every `$JITTER` three random
   * digits and every `$ITEM` the next line of `itemsFile` (each used once, in order).
   */
  body: string;
  /** Lines for `$ITEM` (a file: there may be more than a command line holds). */
  itemsFile?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-200 answers, GraphQL errors, transport failures. */
  errors: number;
  firstError?: string;
  /** Open loop only: requests not started because `concurrency` were already in flight. */
  dropped: number;
}

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
const target = new URL(spec.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const templated = ['$UUID', '$JITTER', '$ITEM'].some((t) => spec.body.includes(t));
const items = spec.itemsFile ? readFileSync(spec.itemsFile, 'utf8').split('\n').filter(Boolean) : [];
let nextItem = 0;
/** The next item; past the last one, the last again (the gateway's answer then shows the shortage as an error). */
const item = () => items[Math.min(nextItem++, items.length - 1)] ?? '';
const MAX_SAMPLES = 2_000_000;

let measuring = false;
const latencies = new Float64Array(MAX_SAMPLES);
let count = 0;
let errors = 0;
let dropped = 0;
let firstError: string | undefined;

function send(): Promise<{ ok: boolean; detail?: string }> {
  const body = templated ? spec.body.replaceAll('$UUID', () => randomUUID()).replaceAll('$JITTER', () => String(100 + Math.floor(Math.random() * 900))).replaceAll('$ITEM', item) : spec.body;
  return new Promise((resolve) => {
    const req = http.request(
      { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...spec.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const ok = res.statusCode === 200 && !text.includes('"errors"');
          resolve(ok ? { ok } : { ok, detail: `${res.statusCode} ${text.slice(0, 300)}` });
        });
        res.on('error', (e) => resolve({ ok: false, detail: e.message }));
      },
    );
    req.on('error', (e) => resolve({ ok: false, detail: e.message }));
    req.end(body);
  });
}

async function timed(startedAt: number) {
  const { ok, detail } = await send();
  if (!measuring) return;
  if (count < MAX_SAMPLES) latencies[count] = performance.now() - startedAt;
  count++;
  if (!ok) {
    errors++;
    firstError ??= detail;
  }
}

const warmupEnd = performance.now() + spec.warmupMs;
const end = warmupEnd + spec.durationMs;
let measuredFrom = warmupEnd;
const startMeasuring = () => {
  if (measuring) return;
  measuring = true;
  measuredFrom = performance.now();
  console.log('LOAD_MEASURING');
};
const timer = setTimeout(startMeasuring, spec.warmupMs);

if (spec.rate) {
  // Open loop: request i is due at i / rate seconds; latency counts from when it was due.
  let inFlight = 0;
  const started = performance.now();
  let due = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (now >= end) return resolve();
      while (started + (due * 1000) / spec.rate! <= now) {
        const dueAt = started + (due * 1000) / spec.rate!;
        due++;
        if (inFlight >= spec.concurrency) {
          if (measuring) dropped++;
          continue;
        }
        inFlight++;
        void timed(dueAt).finally(() => inFlight--);
      }
      setTimeout(tick, 1);
    };
    tick();
  });
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 5));
} else {
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (performance.now() < end) await timed(performance.now());
    }),
  );
}
clearTimeout(timer);
startMeasuring();
const seconds = (performance.now() - measuredFrom) / 1000;
const sorted = latencies.subarray(0, Math.min(count, MAX_SAMPLES)).sort();
const at = (q: number) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1)) : NaN);
const result: LoadResult = { requests: count, rps: Number((count / seconds).toFixed(1)), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), errors, firstError, dropped };
console.log(`LOAD_RESULT ${JSON.stringify(result)}`);
agent.destroy();
