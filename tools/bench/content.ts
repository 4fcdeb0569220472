// Benchmark: views and likes of one training video under load. BENCH_USERS (500) users each view
// the video BENCH_VIEWS_EACH (4) times and like it once, BENCH_CONCURRENCY (50) requests in flight
// through the router. Prints requests per second and p50/p99 latency of viewVideo and setVideoLike,
// and checks the counters: views = users (once per user and UTC day), likes = users.
//   node --import tsx tools/bench/content.ts   (DATABASE_URL and REDIS_URL optional: embedded Postgres and in-process bus otherwise)
// Users are minted tokens (signing up through argon2 would measure the sign-up); the category and
// video are written straight into content's database. Loopback only; bounded.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { databaseUrl } from '@worldgraph/kit';
import { mintAccessToken, startStack } from '@worldgraph/testenv';

const USERS = Number(process.env.BENCH_USERS ?? 500);
const VIEWS_EACH = Number(process.env.BENCH_VIEWS_EACH ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const pct = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

const stack = await startStack({ LOG_LEVEL: 'error', CONTENT_REMINDER_INTERVAL_MS: '0' });
process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
const db = new pg.Client(databaseUrl(stack.info.databaseUrl, `${stack.info.dbPrefix}content`));
db.on('error', () => {}); // the stack's databases are dropped at the end
try {
  await db.connect();
  const categoryId = randomUUID();
  const videoId = randomUUID();
  await db.query("INSERT INTO video_categories (id, slug, name) VALUES ($1, 'bench', 'Bench')", [categoryId]);
  await db.query("INSERT INTO videos (id, category_id, title, slug, external_url, status, published_at) VALUES ($1, $2, 'Bench', 'bench', 'https://videos.example/b.mp4', 'PUBLISHED', now())", [videoId, categoryId]);
  const tokens = await Promise.all(Array.from({ length: USERS }, () => mintAccessToken({ sub: randomUUID(), expiresAt: Math.floor(Date.now() / 1000) + 3600 })));

  const send = async (query: string, token: string) => {
    const started = performance.now();
    const res = await fetch(stack.info.router, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { v: videoId } }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  /** Runs `jobs` with CONCURRENCY in flight; returns latencies (sorted) and the wall time. */
  const run = async (jobs: (() => Promise<number>)[]) => {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) latencies.push(await jobs[next++]!());
    }));
    return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
  };
  const report = (name: string, r: { latencies: number[]; seconds: number }) =>
    console.log(`${name}: ${r.latencies.length} requests in ${r.seconds.toFixed(1)} s = ${(r.latencies.length / r.seconds).toFixed(0)}/s, p50 ${pct(r.latencies, 0.5).toFixed(0)} ms, p99 ${pct(r.latencies, 0.99).toFixed(0)} ms`);

  // Views interleaved so a user's repeats arrive at the same time as others' first views.
  const views = run(Array.from({ length: USERS * VIEWS_EACH }, (_, i) => () => send('mutation ($v: ID!) { viewVideo(videoId: $v) { id } }', tokens[i % USERS]!)));
  report('viewVideo', await views);
  report('setVideoLike', await run(tokens.map((t) => () => send('mutation ($v: ID!) { setVideoLike(videoId: $v, liked: true) { id } }', t))));
  const { rows } = await db.query('SELECT view_count, like_count FROM videos WHERE id = $1', [videoId]);
  console.log(`counters: ${rows[0].view_count} views (expected ${USERS}), ${rows[0].like_count} likes (expected ${USERS})`);
} finally {
  await db.end().catch(() => {});
  await stack.stop();
}
