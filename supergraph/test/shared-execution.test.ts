// Identical query operations in flight share one execution of the router's plan executor
// (QUERY_SHARING, src/execution/plan-executor.ts), and nothing else is shared: two subgraphs that
// hold their answers until the test releases them, so that requests are in flight together by
// construction (the test waits for the calls or the joins it expects, never for time).
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { register } from 'prom-client';
import { startRouter, type RunningRouter } from '../src/router.ts';
import { supergraphSwap } from './serve-subgraph.ts';
import { accessTokens, startUsersReviews, type UsersReviews } from './users-reviews.ts';

/** GraphQL calls the subgraphs received, and the answers they hold back while `held`. */
let calls = 0;
let held = false;
const waiting: (() => void)[] = [];
const hold = () => void (held = true);
function release() {
  held = false;
  for (const go of waiting.splice(0)) go();
}

let subgraphs: UsersReviews;
let sharing: RunningRouter;
let notSharing: RunningRouter;
/** A router whose supergraph the test swaps (as the registry would), and the next supergraph. */
let swapping: RunningRouter;
const registry = supergraphSwap();
let nextSupergraph: string;
const { publicKey, tokenOf } = accessTokens();

beforeAll(async () => {
  subgraphs = await startUsersReviews({
    beforeAnswer: async () => {
      calls++;
      if (held) await new Promise<void>((go) => waiting.push(go));
    },
  });
  // The same subgraphs, the reviews one under another routing URL: another supergraph, planned anew.
  nextSupergraph = subgraphs.supergraph('?v=2');
  const supergraphSdl = subgraphs.supergraph();
  const start = (shareQueries: boolean, supergraphUpdates?: Parameters<typeof startRouter>[0]['supergraphUpdates']) =>
    startRouter({
      port: 0,
      supergraphSdl,
      subgraphUrls: subgraphs.urls,
      verifier: new TokenVerifier({ accessKeys: publicKey, kv: createKeyValueStore(undefined, 'shared-execution-test:') }),
      logger: createLogger('shared-execution-test', 'silent'),
      corsOrigin: true,
      shareQueries,
      supergraphUpdates,
    });
  sharing = await start(true);
  notSharing = await start(false);
  swapping = await start(true, registry.updates);
});

afterAll(async () => {
  release();
  await sharing?.close();
  await notSharing?.close();
  await swapping?.close();
  for (const s of subgraphs?.servers ?? []) s.closeAllConnections(), s.close();
});

beforeEach(() => {
  release();
  calls = 0;
});

interface Ask {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
  token?: string;
  userAgent?: string;
}

async function post(router: RunningRouter, { token, userAgent, ...body }: Ask) {
  const res = await fetch(router.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(userAgent ? { 'user-agent': userAgent } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[]; extensions?: any } };
}

const counter = async (name: string) => (await register.getSingleMetric(name)!.get()).values.reduce((n, v) => n + v.value, 0);
const joined = () => counter('router_operations_joined_total');

/** Waits for a condition the requests in flight will reach (the test's timeout bounds it). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * `first` and `second` in flight together: `first` is held at a subgraph before `second` is sent,
 * and the subgraphs answer once `second` has joined it (`join`) or made its own call.
 */
async function together(router: RunningRouter, first: Ask, second: Ask, join: boolean) {
  const joinedBefore = await joined();
  calls = 0;
  hold();
  const a = post(router, first);
  await until(() => calls === 1);
  const b = post(router, second);
  await until(async () => (join ? (await joined()) === joinedBefore + 1 : calls === 2));
  release();
  const answers = await Promise.all([a, b]);
  return { answers, joined: (await joined()) - joinedBefore };
}

const NESTED = '{ users { id name reviews } }';

describe('identical query operations in flight share one execution', () => {
  it('two identical queries: one execution, the same answer for both', async () => {
    const { answers, joined } = await together(sharing, { query: NESTED }, { query: NESTED }, true);
    expect(joined).toBe(1);
    // One execution: the users, then their reviews, once.
    expect(calls).toBe(2);
    expect(answers[0]).toEqual({ status: 200, body: { data: { users: [{ id: 'u1', name: 'Ada', reviews: ['review of u1'] }, { id: 'u2', name: 'Grace', reviews: ['review of u2'] }] } } });
    expect(answers[1]).toEqual(answers[0]);
  });

  it('two clients (another user agent) with the same credentials share, as deduplicated subgraph calls do', async () => {
    const { answers, joined } = await together(sharing, { query: NESTED, userAgent: 'player-a' }, { query: NESTED, userAgent: 'player-b' }, true);
    expect(joined).toBe(1);
    expect(calls).toBe(2);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]!.body.data.users).toHaveLength(2);
  });

  it('each request keeps its own response: one asks for its cost, the other does not', async () => {
    const { answers, joined } = await together(sharing, { query: NESTED, extensions: { cost: true } }, { query: NESTED }, true);
    expect(joined).toBe(1);
    expect(answers[0].body.extensions?.cost).toMatchObject({ actual: expect.any(Number) });
    expect(answers[1].body.extensions).toBeUndefined();
    expect(answers[1].body.data).toEqual(answers[0].body.data);
  });

  it("a shared execution's errors reach both callers, formatted and masked for each", async () => {
    const query = '{ flaky crash users { id } }';
    const { answers, joined } = await together(sharing, { query }, { query }, true);
    expect(joined).toBe(1);
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(body.data).toEqual({ flaky: null, crash: null, users: [{ id: 'u1' }, { id: 'u2' }] });
      expect(body.errors).toEqual([
        { message: 'flaky failed', path: ['flaky'], extensions: { code: 'BAD_USER_INPUT', serviceName: 'accounts' } },
        { message: 'Internal server error', path: ['crash'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
    }
  });

  it('different credentials: separate executions, each with its own answer', async () => {
    const [ada, grace] = [await tokenOf('u1'), await tokenOf('u2')];
    const query = '{ me { id name reviews } }';
    const { answers, joined } = await together(sharing, { query, token: ada }, { query, token: grace }, false);
    expect(joined).toBe(0);
    expect(answers.map((a) => a.body)).toEqual([
      { data: { me: { id: 'u1', name: 'Ada', reviews: ['review of u1'] } } },
      { data: { me: { id: 'u2', name: 'Grace', reviews: ['review of u2'] } } },
    ]);
    // Signed in against anonymous: separate too.
    const mixed = await together(sharing, { query, token: ada }, { query }, false);
    expect(mixed.joined).toBe(0);
    expect(mixed.answers[1]!.body).toEqual({ data: { me: null } });
  });

  it('different variables or operation names: separate executions', async () => {
    const query = 'query ($n: Int) { users(first: $n) { id } }';
    const byVariables = await together(sharing, { query, variables: { n: 1 } }, { query, variables: { n: 2 } }, false);
    expect(byVariables.joined).toBe(0);
    expect(byVariables.answers.map((a) => a.body.data.users.length)).toEqual([1, 2]);
    const document = 'query One { users { id } } query Two { users { id } }';
    const byName = await together(sharing, { query: document, operationName: 'One' }, { query: document, operationName: 'Two' }, false);
    expect(byName.joined).toBe(0);
    expect(byName.answers[1]!.body).toEqual(byName.answers[0]!.body);
  });

  it('mutations are never shared: each acts', async () => {
    const mutation = 'mutation { touch }';
    const { answers, joined } = await together(sharing, { query: mutation }, { query: mutation }, false);
    expect(joined).toBe(0);
    expect(calls).toBe(2);
    expect(answers.map((a) => a.body.data.touch).sort()).toEqual([subgraphs.touched() - 1, subgraphs.touched()]);
  });

  it('only in flight: once an execution is done, an identical query runs anew', async () => {
    const before = await joined();
    const first = await post(sharing, { query: NESTED });
    expect(calls).toBe(2);
    const second = await post(sharing, { query: NESTED });
    expect(calls).toBe(4);
    expect(second).toEqual(first);
    expect(await joined()).toBe(before);
  });

  it('a live supergraph swap: a request planned on the new supergraph never joins one planned on the old', async () => {
    const before = await joined();
    const executed = await counter('router_operations_executed_total');
    hold();
    const a = post(swapping, { query: NESTED });
    await until(() => calls === 1);
    await registry.swap(nextSupergraph);
    const b = post(swapping, { query: NESTED });
    // The executor has taken it (whether to join is decided as it is counted). Its own execution:
    // only its call to accounts, whose data source the swap kept, joins the one in flight.
    await until(async () => (await counter('router_operations_executed_total')) === executed + 2);
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(await joined()).toBe(before);
    expect(ra.body.data.users).toHaveLength(2);
    expect(rb).toEqual(ra);
  });

  it('with QUERY_SHARING off, identical queries in flight each run their own execution', async () => {
    const before = await joined();
    const executed = await counter('router_operations_executed_total');
    hold();
    const a = post(notSharing, { query: NESTED });
    const b = post(notSharing, { query: NESTED });
    // Both executions are in the plan executor; the second's call to accounts joins the first's
    // (the subgraph calls' own deduplication), so the subgraph sees one.
    await until(async () => calls === 1 && (await counter('router_operations_executed_total')) === executed + 2);
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(rb).toEqual(ra);
    expect(await joined()).toBe(before);
    // Each had its own copy of the one answer (fetch-answer.ts): the same as a request alone gets.
    expect(ra.body.data.users.length).toBeGreaterThan(0);
    expect(ra).toEqual(await post(notSharing, { query: NESTED }));
  });
});
