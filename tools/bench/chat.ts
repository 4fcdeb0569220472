// Benchmark: a busy chat. BENCH_CHATTERS (2,000) users in BENCH_CHANNELS (50) party channels, each
// holding a graphql-ws messageAdded subscription to the router; messages sent at BENCH_RATE (100/s)
// in all through the router for BENCH_DURATION_S (20 s), each by a random member of a random
// channel. Prints send-to-delivery latency p50/p99 (from just before the send to the arrival at each
// subscriber of its channel), deliveries lost (must be 0), and the router and stack memory.
//   npm run bench:chat        (DATABASE_URL and REDIS_URL optional: embedded Postgres and in-process bus otherwise)
// The users are minted tokens and the channels are written straight into chat's database: setting
// up 2,000 accounts through argon2 would measure the sign-up, not the chat. Loopback only; bounded.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { databaseUrl } from '@worldgraph/kit';
import { mintAccessToken, startStack } from '@worldgraph/testenv';

const CHATTERS = Number(process.env.BENCH_CHATTERS ?? 2_000);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

const stack = await startStack({ LOG_LEVEL: 'error', CHAT_USER_RATE: '1000', CHAT_CHANNEL_RATE: '100000' });
process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
const clients: Client[] = [];
try {
  // Users (ids and tokens), channels and memberships.
  const users = await Promise.all(Array.from({ length: CHATTERS }, async () => {
    const id = randomUUID();
    return { id, token: await mintAccessToken({ sub: id, expiresAt: Math.floor(Date.now() / 1000) + 3600 }) };
  }));
  const channels = Array.from({ length: CHANNELS }, () => randomUUID());
  const channelOf = (i: number) => channels[i % CHANNELS]!;
  const db = new pg.Client(databaseUrl(stack.info.databaseUrl, `${stack.info.dbPrefix}chat`));
  await db.connect();
  await db.query(`INSERT INTO channels (id, kind, ref, name) SELECT c, 'party', c::text, 'Bench ' || c FROM unnest($1::uuid[]) c`, [channels]);
  await db.query('INSERT INTO channel_members (channel_id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [users.map((_, i) => channelOf(i)), users.map((u) => u.id)]);
  await db.end();

  // One socket and one subscription per chatter; each body carries its send time and a sequence number.
  const sentAt = new Map<number, number>();
  const expected = new Map<number, number>(); // seq → subscribers of its channel
  const latencies: number[] = [];
  let delivered = 0;
  let duplicates = 0;
  const seen = users.map(() => new Set<number>());
  const perChannel = new Map<string, number>();
  users.forEach((_, i) => perChannel.set(channelOf(i), (perChannel.get(channelOf(i)) ?? 0) + 1));
  let subscribed = 0;
  for (let i = 0; i < users.length; i++) {
    const client = createClient({ url: stack.info.router.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${users[i]!.token}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    client.subscribe<{ messageAdded: { body: string } }>(
      { query: 'subscription ($c: ID!) { messageAdded(channelId: $c) { body } }', variables: { c: channelOf(i) } },
      {
        next: ({ data }) => {
          const seq = Number(data!.messageAdded.body.split(' ')[0]);
          if (seen[i]!.has(seq)) return void duplicates++;
          seen[i]!.add(seq);
          delivered++;
          latencies.push(performance.now() - sentAt.get(seq)!);
        },
        error: () => {},
        complete: () => {},
      },
    );
    await new Promise<void>((resolve) => client.on('connected', () => (subscribed++, resolve())));
  }
  await new Promise((r) => setTimeout(r, 3_000)); // every subscription reached the chat subgraph
  const idle = { router: rssMiB(stack.pid) };
  console.log(`${subscribed} chatters subscribed in ${CHANNELS} channels; stack RSS ${idle.router.toFixed(0)} MiB`);

  // Send at the fixed rate, each from a random chatter to their channel.
  const total = RATE * DURATION_S;
  let failed = 0;
  const errorCodes = new Map<string, number>();
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let seq = 0; seq < total; seq++) {
    const due = started + (seq * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const who = Math.floor(Math.random() * users.length);
    sentAt.set(seq, performance.now());
    sends.push(
      fetch(stack.info.router, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${users[who]!.token}` },
        body: JSON.stringify({ query: 'mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id } }', variables: { i: { channelId: channelOf(who), clientMessageId: `bench-${seq}`, body: `${seq} hello` } } }),
      }).then(async (r) => {
        const body = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (!body.errors) return void expected.set(seq, perChannel.get(channelOf(who))!);
        failed++;
        const code = body.errors[0]?.extensions?.code ?? 'unknown';
        errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
      }, () => void failed++),
    );
  }
  await Promise.all(sends);
  const want = [...expected.values()].reduce((a, b) => a + b, 0);
  for (const end = Date.now() + 30_000; delivered < want && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
  const sendSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const row = {
    chatters: subscribed,
    channels: CHANNELS,
    'messages sent': total - failed,
    'send errors': failed ? `${failed} (${[...errorCodes].map(([c, n]) => `${c} ${n}`).join(', ')})` : 0,
    'rate /s': (total / sendSeconds).toFixed(0),
    deliveries: delivered,
    // Deliveries of the messages that were sent and never reached a subscriber of their channel.
    lost: want - delivered,
    duplicates,
    'p50 ms': pct(latencies, 0.5)?.toFixed(1),
    'p99 ms': pct(latencies, 0.99)?.toFixed(1),
    'stack RSS MiB': rssMiB(stack.pid).toFixed(0),
  };
  console.log('\nchat: send-to-delivery through the router (one stack process holds the router and every subgraph)');
  console.table([row]);
  console.log(JSON.stringify({ benchmark: 'chat', results: row }));
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack.stop();
}
