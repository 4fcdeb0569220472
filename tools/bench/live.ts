// Benchmark: live subscriptions held by one router.
//   npm run bench:live          (BENCH_SUBSCRIBERS, default 10,000; BENCH_EVENTS, default 20 purchases)
// Starts the real stack, opens BENCH_SUBSCRIBERS graphql-ws connections to the router, each with a
// featureStatusChanged subscription on one small box, then buys parcels in that box one by one
// (BENCH_EVENT_INTERVAL_MS apart, default 500):
// every purchase is two events (reserved, sold), each delivered to every subscriber. Prints the
// subscribers held, event-to-delivery latency (from the event's commit time to its arrival at the
// client) p50/p99, and the stack process's memory per idle subscription. Loopback only; bounded.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { databaseUrl } from '@worldgraph/kit';
import { startStack, type StackInfo } from '@worldgraph/testenv';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const INTERVAL_MS = Number(process.env.BENCH_EVENT_INTERVAL_MS ?? 500);
const SELECTION = process.env.BENCH_SELECTION ?? 'status previousStatus changedAt feature { id status }';
const QUERY = `subscription ($bbox: BBoxInput!) { featureStatusChanged(bbox: $bbox) { ${SELECTION} } }`;

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

async function post(info: StackInfo, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(info.router, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const stack = await startStack({ LOG_LEVEL: 'error' });
const { info } = stack;
const clients: Client[] = [];
try {
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

  const before = rssKiB(stack.pid);
  const latencies: number[] = [];
  let received = 0;
  let failed = 0;
  const t0 = performance.now();
  for (let i = 0; i < SUBSCRIBERS; i += 250) {
    await Promise.all(
      Array.from({ length: Math.min(250, SUBSCRIBERS - i) }, async () => {
        const client = createClient({ url: info.router.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, keepAlive: 0 });
        clients.push(client);
        await new Promise<void>((resolve) => {
          client.on('connected', () => resolve());
          client.subscribe(
            { query: QUERY, variables: { bbox } },
            {
              next: (r) => {
                const change = (r.data as { featureStatusChanged?: { changedAt: string } } | undefined)?.featureStatusChanged;
                if (!change) return void failed++;
                received++;
                latencies.push(Date.now() - Date.parse(change.changedAt));
              },
              error: () => void failed++,
              complete: () => {},
            },
          );
        });
      }),
    );
  }
  // Wait until the router holds all of them and the subgraph listens (the stack's gauges).
  const metricsUrl = `${new URL(info.router).origin}/metrics`;
  const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  let upstream = 0;
  for (let i = 0; i < 600; i++) {
    const text = await (await fetch(metricsUrl)).text();
    upstream = gauge(text, 'graphql_subscriptions_upstream');
    if (gauge(text, 'graphql_subscriptions_active') >= SUBSCRIBERS && gauge(text, 'live_event_subscriptions') >= upstream && upstream > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const connectSeconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 2_000)); // settle before reading memory
  const held = rssKiB(stack.pid);

  const expected = EVENTS * 2 * SUBSCRIBERS;
  // Purchases spaced out, so the latency measured is a delivery's, not a queue's.
  for (const row of rows) {
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
    await post(info, 'mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: row.id, k: randomUUID() }, buyer.accessToken);
  }
  const end = Date.now() + 120_000;
  while (received + failed < expected && Date.now() < end) await new Promise((r) => setTimeout(r, 100));

  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! : NaN);
  const result = {
    subscribers: SUBSCRIBERS,
    upstream,
    connectSeconds: Number(connectSeconds.toFixed(1)),
    events: EVENTS * 2,
    deliveries: received,
    expected,
    failed,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: latencies.at(-1) ?? NaN,
    kibPerIdleSubscription: Number(((held - before) / SUBSCRIBERS).toFixed(1)),
    stackRssMiB: Math.round(held / 1024),
  };
  console.table([result]);
  console.log(JSON.stringify({ bench: 'live', ...result }));
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack.stop();
}
