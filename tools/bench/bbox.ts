// Benchmark: bounding-box queries over 100,000 parcels.
//   npm run bench:bbox            (DATABASE_URL optional: an embedded Postgres otherwise)
// Starts the real stack (tests' environment) with a 100,000-parcel world, then sends a bounded
// number of map-viewport queries, straight to the features subgraph and through the router,
// and prints p50/p95/p99. Loopback only; stops by itself.
import { performance } from 'node:perf_hooks';
import { startStack } from '@worldgraph/testenv';

const PARCELS = Number(process.env.BENCH_PARCELS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
// The world grows in rings from central Tehran; 100,000 parcels reach about 10 km out.
const CENTRE = [51.389, 35.6892] as const;
const SPREAD = 0.09;
const VIEWPORT = 0.004; // about 400 m × 450 m, a close zoom of the map

const QUERY = `query Viewport($bbox: BBoxInput!) { features(bbox: $bbox, first: 100) { edges { node { id status landUse price { amount } geometry { coordinates } } } } }`;

function randomBox() {
  const lng = CENTRE[0] + (Math.random() * 2 - 1) * SPREAD;
  const lat = CENTRE[1] + (Math.random() * 2 - 1) * SPREAD * 0.8;
  return { minLng: lng, minLat: lat, maxLng: lng + VIEWPORT, maxLat: lat + VIEWPORT };
}

async function load(url: string, concurrency = CONCURRENCY, queries = QUERIES) {
  const latencies: number[] = [];
  let parcels = 0;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < queries) {
        const t = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { bbox: randomBox() } }) });
        const body = (await response.json()) as { data?: { features: { edges: unknown[] } }; errors?: unknown };
        latencies.push(performance.now() - t);
        if (body.errors || !body.data) errors++;
        else parcels += body.data.features.edges.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  return { queries: latencies.length, rps: (latencies.length / seconds).toFixed(0), p50: at(0.5), p95: at(0.95), p99: at(0.99), errors, parcelsPerQuery: (parcels / latencies.length).toFixed(1) };
}

const t0 = performance.now();
const stack = await startStack({ FEATURES_DEMO_COUNT: String(PARCELS), LOG_LEVEL: 'error' });
console.log(`stack up with ${PARCELS} parcels in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
try {
  // Warm-up: connections, caches, query plans.
  await load(stack.info.subgraphs.features!).catch(() => undefined);
  const rows = {
    'subgraph, 1 at a time': await load(stack.info.subgraphs.features!, 1, QUERIES / 4),
    'router, 1 at a time': await load(stack.info.router, 1, QUERIES / 4),
    [`subgraph, ${CONCURRENCY} concurrent`]: await load(stack.info.subgraphs.features!),
    [`router, ${CONCURRENCY} concurrent`]: await load(stack.info.router),
  };
  console.log(`\nbbox queries over ${PARCELS} parcels (viewport ${VIEWPORT}°, first: 100, with geometry); latencies in ms`);
  console.table(rows);
  console.log(JSON.stringify({ benchmark: 'bbox', parcels: PARCELS, concurrency: CONCURRENCY, results: rows }));
} finally {
  await stack.stop();
}
