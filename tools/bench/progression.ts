// Benchmark: answers accepted at a challenge round's close.
//   npm run bench:challenge     (BENCH_ANSWERS, default 2,000; BENCH_BURST_MS, default 1,000)
// Starts the real stack, schedules a round with a prize pool of 10, gives BENCH_ANSWERS players
// (signed tokens of fresh user ids) the question while it is open, then sends every answer during
// the round's last BENCH_BURST_MS through the router, spread evenly, each at once (no client-side
// queue). Prints answers accepted per second (over the burst's wall time), the refused ones by
// reason (ROUND_CLOSED: received after the close), latency p50/p99 of the accepted (from the
// moment each answer is due, so time queued for one of BENCH_CONNECTIONS connections counts), and checks
// that min(10, right answers) prizes were won. Loopback only; one bounded burst.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { importPKCS8, SignJWT } from 'jose';
import pg from 'pg';
import { Agent, fetch as undiciFetch } from 'undici';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, databaseUrl } from '@worldgraph/kit';
import { metricSum, startStack, type StackInfo } from '@worldgraph/testenv';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 2_000);
const BURST_MS = Number(process.env.BENCH_BURST_MS ?? 1_000);
/** Time to hand every player the question before the burst. */
const LEAD_MS = Number(process.env.BENCH_LEAD_MS ?? 150_000);
/** Client connections to the router: beyond the server's listen backlog, a burst of fresh connections is reset. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 256);
const agent = new Agent({ connections: CONNECTIONS, keepAliveTimeout: 60_000 });

async function post(info: StackInfo, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await undiciFetch(info.router, { dispatcher: agent, method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string; reason?: string } }[] };
}
async function ok(info: StackInfo, query: string, variables: Record<string, unknown>, token?: string) {
  const body = await post(info, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const stack = await startStack({ LOG_LEVEL: 'error', PROGRESSION_PRIZE_SWEEP_MS: '0' });
const { info } = stack;
try {
  const key = await importPKCS8(info.jwtPrivateKey, 'EdDSA');
  const now = Math.floor(Date.now() / 1000);
  const token = (sub: string) =>
    new SignJWT({ sid: randomUUID(), roles: ['user'] }).setProtectedHeader({ alg: 'EdDSA' }).setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE).setSubject(sub).setIssuedAt(now).setExpirationTime(now + 3600).sign(key);
  const admin = (await ok(info, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: 'admin', password: info.adminPassword } })).login.accessToken;
  const choices = ['Red', 'Green', 'Blue', 'Yellow'];
  const question = (await ok(info, 'mutation ($i: ChallengeQuestionInput!) { createChallengeQuestion(input: $i) { id } }', { i: { text: 'Which colour?', choices, correctIndex: 2 } }, admin)).createChallengeQuestion;
  const closesAt = Date.now() + LEAD_MS + BURST_MS;
  const round = (
    await ok(
      info,
      'mutation ($i: ScheduleRoundInput!) { scheduleChallengeRound(input: $i) { id } }',
      { i: { questionId: question.id, opensAt: new Date().toISOString(), closesAt: new Date(closesAt).toISOString(), prizePool: { asset: 'PSC', amountEach: '5', winnerLimit: 10 } } },
      admin,
    )
  ).scheduleChallengeRound;

  // Every player gets the question (their own choice ids) before the burst, 20 at a time.
  const players: { token: string; choiceId: string }[] = [];
  const prepStart = performance.now();
  const QUESTION = 'query ($r: ID!) { challengeQuestion(roundId: $r) { choices { id text } } }';
  for (let i = 0; i < ANSWERS; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, ANSWERS - i) }, async (_, j) => {
        const t = await token(randomUUID());
        const q = (await ok(info, QUESTION, { r: round.id }, t)).challengeQuestion;
        // Three in four answer right.
        const choice = q.choices.find((c: { text: string }) => ((i + j) % 4 === 3 ? c.text !== 'Blue' : c.text === 'Blue'));
        return { token: t, choiceId: choice.id };
      }),
    );
    players.push(...batch);
  }
  const prepMs = performance.now() - prepStart;
  const burstStart = closesAt - BURST_MS;
  if (Date.now() > burstStart) throw new Error(`handing out the question took longer than BENCH_LEAD_MS (${LEAD_MS} ms): raise it`);
  await new Promise((r) => setTimeout(r, burstStart - Date.now()));

  const ANSWER = 'mutation ($r: ID!, $c: ID!) { submitChallengeAnswer(roundId: $r, choiceId: $c) { correct prize { rank } } }';
  const latencies: number[] = [];
  const refused = new Map<string, number>();
  const t0 = performance.now();
  let lastDone = t0;
  await Promise.all(
    players.map(async (p, i) => {
      await new Promise((r) => setTimeout(r, (i * BURST_MS) / ANSWERS));
      const start = performance.now();
      const body = await post(info, ANSWER, { r: round.id, c: p.choiceId }, p.token).catch((err) => ({ errors: [{ extensions: { code: String(err) } }] }) as Awaited<ReturnType<typeof post>>);
      lastDone = Math.max(lastDone, performance.now());
      if (body.data) latencies.push(performance.now() - start);
      else {
        const e = body.errors?.[0]?.extensions;
        const why = e?.reason ?? e?.code ?? 'unknown';
        refused.set(why, (refused.get(why) ?? 0) + 1);
      }
    }),
  );
  const wallMs = lastDone - t0;
  latencies.sort((a, b) => a - b);
  const db = new pg.Client(databaseUrl(info.databaseUrl, `${info.dbPrefix}progression`));
  await db.connect();
  const { rows } = await db.query('SELECT count(*)::int AS answers, count(rank)::int AS winners, count(*) FILTER (WHERE correct)::int AS correct FROM answers WHERE round_id = $1', [round.id]);
  await db.end();

  console.log(`\nbench:challenge: ${ANSWERS} answers sent during the last ${BURST_MS} ms of a round (one machine, shared: figures are indicative)`);
  console.log(`  accepted        ${latencies.length} (${rows[0].answers} stored, ${rows[0].correct} right; ${rows[0].winners} prizes won, pool of 10)`);
  console.log(`  refused         ${[...refused].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  console.log(`  wall time       ${wallMs.toFixed(0)} ms (first send to last reply)`);
  console.log(`  accepted/s      ${((latencies.length * 1000) / wallMs).toFixed(0)}`);
  console.log(`  latency p50     ${percentile(latencies, 50).toFixed(1)} ms`);
  console.log(`  latency p99     ${percentile(latencies, 99).toFixed(1)} ms`);
  // Where the time went: the router's fetches to progression, and progression's own handling, from /metrics (one process).
  const metrics = await (await fetch(`${new URL(info.subgraphs.progression!).origin}/metrics`)).text();
  const mean = (name: string, label: string) => {
    const pick = (suffix: string) => metricSum(metrics, `${name}_${suffix}`, label);
    const n = pick('count');
    return n ? `${((pick('sum') / n) * 1000).toFixed(1)} ms mean over ${n}` : 'n/a';
  };
  console.log(`  router → progression fetch: ${mean('router_subgraph_fetch_duration_seconds', 'subgraph="progression"')}`);
  console.log(`  progression's own handling: ${mean('graphql_operation_duration_seconds', 'service="progression"')}`);
  console.log(`  before the burst: ${ANSWERS} questions handed out 20 at a time in ${prepMs.toFixed(0)} ms (${((ANSWERS * 1000) / prepMs).toFixed(0)}/s)`);
  if (rows[0].winners !== Math.min(10, rows[0].correct)) console.log('  WARNING: the prize pool did not give min(10, right answers) prizes');
} finally {
  await agent.close();
  await stack.stop();
}
