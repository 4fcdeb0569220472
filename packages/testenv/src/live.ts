import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { stack, type GraphQLError } from './client.ts';
import { metricSum } from './metrics-text.ts';
import { PATIENCE_MS } from './poll.ts';

/** One result a subscription delivered. */
export interface LiveResult<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** A subscription under test: its results in order, and how it ended. */
export interface LiveSubscription<T> {
  results: LiveResult<T>[];
  /** Resolves with the nth result (1-based), or rejects after `ms` (default PATIENCE_MS). */
  nth(n: number, ms?: number): Promise<LiveResult<T>>;
  /** Set when the stream completed or failed: an error, or a socket close event ({ code, reason }). */
  ended?: unknown;
  /** Resolves once the stream ended, or rejects after `ms` (default PATIENCE_MS). */
  end(ms?: number): Promise<unknown>;
  close(): Promise<void>;
}

/** Options of a test socket. */
export interface LiveOptions {
  token?: string;
  /** Another endpoint than the router, e.g. a subgraph's http URL. */
  url?: string;
}

/** A graphql-ws client on the router (or `url`), signed in with `token` in connection_init. */
export function liveClient(options: LiveOptions = {}): Client {
  return createClient({
    url: (options.url ?? stack().router).replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

const waitFor = async (ok: () => boolean, ms: number, what: string) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

/**
 * Live subscriptions open in the stack's subgraphs (one process: one gauge), from /metrics; or in
 * the process at `origin` (a subgraph a test started on its own).
 */
export function liveSubscriptionCount(origin?: string): Promise<number> {
  return metricOf('live_event_subscriptions', origin);
}

/** Live subscriptions the stack's subgraphs have started so far (a counter: never down), from /metrics. */
export function liveSubscriptionsStarted(origin?: string): Promise<number> {
  return metricOf('live_event_subscriptions_started_total', origin);
}

/** One unlabelled metric of the process at `origin` (default: the stack's subgraphs), 0 when absent. */
async function metricOf(name: string, origin = new URL(Object.values(stack().subgraphs)[0]!).origin): Promise<number> {
  return metricSum(await (await fetch(`${origin}/metrics`)).text(), name);
}

/**
 * Client subscriptions that joined an identical one already open at the router at `origin` (so no
 * subgraph listener starts for them), from its /metrics.
 */
export function joinedSubscriptions(origin: string): Promise<number> {
  return metricOf('graphql_subscriptions_joined_total', origin);
}

/**
 * Waits until `count` is above `before`, or `ended()`, or 10 s have passed; then it goes on all the
 * same, saying so on stderr (a test that then misses its first event shows why).
 */
async function untilAbove(count: () => Promise<number>, before: number, ended: () => boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!ended() && (await count()) <= before) {
    if (Date.now() >= end) {
      console.warn('testenv: no subgraph listener started for this subscription within 10 s; going on');
      return;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether the stack's subgraphs answer us: a remote environment (a smoke test) shows only its router. */
const subgraphsReachable = () => Object.keys(stack().subgraphs).length > 0;

/**
 * Runs `open`, which starts one subscription on the stack, and resolves with what it returned once
 * the stack's subgraphs have started a listener since (`liveSubscriptionsStarted` went up), or the
 * router at `routerOrigin` counted it as joining an identical subscription already open there
 * (nothing new starts in the subgraphs then; the one it joined was set up in an earlier turn, which
 * waited for its listener), or `ended()` says the subscription is over, or 10 s have passed. The
 * package's test files run in parallel on one stack, so every such setup takes its turn: a Postgres
 * advisory lock of this stack's (keyed by its database prefix), held on a connection of its own,
 * which Postgres releases if the worker dies. Without the turns another file's subscription, started
 * meanwhile, passed for this one, and the test then caused its event before its own listener was there.
 */
export async function untilListening<T>(
  open: () => Promise<T>,
  ended: (opened: T) => boolean = () => false,
  routerOrigin = new URL(stack().router).origin,
): Promise<T> {
  const { databaseUrl, dbPrefix } = stack();
  const turn = new pg.Client({ connectionString: databaseUrl });
  turn.on('error', () => {}); // a connection cut as the stack stops releases the turn anyway
  await turn.connect();
  try {
    await turn.query('SELECT pg_advisory_lock(hashtext($1))', [`${dbPrefix}live-subscribe`]);
    // One number that rises with either: a listener started in the subgraphs, or a join at the router
    // (two /metrics reads, side by side).
    const progress = async () => (await Promise.all([liveSubscriptionsStarted(), joinedSubscriptions(routerOrigin)])).reduce((a, b) => a + b);
    const before = await progress();
    const opened = await open();
    await untilAbove(progress, before, () => ended(opened));
    return opened;
  } finally {
    await turn.end().catch(() => {});
  }
}

/**
 * Subscribes and collects results. Resolves once the owning subgraph listens (a listener started
 * in the stack's subgraphs, in turn with every other file's: `untilListening`; or `liveCount`, for
 * a subgraph process of the test's own, went above `liveBefore`), so an event the test causes next
 * is not missed.
 */
export async function subscribe<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: LiveOptions & { client?: Client; liveBefore?: number; liveCount?: () => Promise<number> } = {},
): Promise<LiveSubscription<T>> {
  const open = async (): Promise<LiveSubscription<T>> => {
    const client = options.client ?? liveClient(options);
    let closeEvent: unknown;
    client.on('closed', (event) => (closeEvent = event));
    const sub: LiveSubscription<T> = {
      results: [],
      async nth(n, ms = PATIENCE_MS) {
        await waitFor(() => sub.results.length >= n || sub.ended !== undefined, ms, `result ${n}`);
        if (sub.results.length < n) throw new Error(`the subscription ended before result ${n}: ${JSON.stringify(describe(sub.ended))}`);
        return sub.results[n - 1]!;
      },
      async end(ms = PATIENCE_MS) {
        await waitFor(() => sub.ended !== undefined, ms, 'the end of the subscription');
        return sub.ended;
      },
      async close() {
        dispose();
        if (!options.client) await client.dispose();
      },
    };
    let connected = false;
    client.on('connected', () => (connected = true));
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => sub.results.push(value as LiveResult<T>),
        error: (error) => (sub.ended = describe(error ?? closeEvent)),
        complete: () => (sub.ended ??= 'complete'),
      },
    );
    await waitFor(() => connected || sub.ended !== undefined, PATIENCE_MS, 'the connection');
    return sub;
  };
  // Events are delivered from the moment the owning subgraph listens: wait for that, so a test
  // never causes an event before its subscriber can see it.
  if (options.liveCount) {
    // A subgraph process of the test's own: only this test moves its count.
    const before = options.liveBefore ?? (await options.liveCount());
    const sub = await open();
    await untilAbove(options.liveCount, before, () => sub.ended !== undefined);
    return sub;
  }
  if (subgraphsReachable()) return untilListening(open, (sub) => sub.ended !== undefined, new URL(options.url ?? stack().router).origin);
  // Without the subgraphs' /metrics (a remote environment), a second is given for it.
  const sub = await open();
  if (sub.ended === undefined) await new Promise((r) => setTimeout(r, 1_000));
  return sub;
}

/** A close event as { code, reason }, an error list as is. */
function describe(value: unknown): unknown {
  if (value && typeof value === 'object' && 'code' in value && 'reason' in value) return { code: (value as { code: number }).code, reason: (value as { reason: string }).reason };
  return value;
}
