// A POST of an operation Apollo Server already resolved is answered by the router's own steps
// (src/known-operations.ts) through the same plugins: every request here is sent twice, the first
// answered through Apollo Server, the second by those steps, and both answers must be the same —
// status, content type, length, body text — for answers, subgraph errors (passed on or masked), authorization
// refusals, variables that do not coerce, mutations and either JSON media type.
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { register } from 'prom-client';
import { startRouter, type RunningRouter } from '../src/router.ts';
import { supergraphSwap } from './serve-subgraph.ts';
import { accessTokens, startUsersReviews, type UsersReviews } from './users-reviews.ts';

let subgraphs: UsersReviews;
let router: RunningRouter;
const registry = supergraphSwap();
const { publicKey, tokenOf } = accessTokens();

beforeAll(async () => {
  subgraphs = await startUsersReviews({ authenticatedMe: true });
  router = await startRouter({
    port: 0,
    supergraphSdl: subgraphs.supergraph(),
    subgraphUrls: subgraphs.urls,
    verifier: new TokenVerifier({ accessKeys: publicKey, kv: createKeyValueStore(undefined, 'known-operations-test:') }),
    logger: createLogger('known-operations-test', 'silent'),
    corsOrigin: true,
    // Per request: each of the two requests runs its own execution.
    shareQueries: false,
    supergraphUpdates: registry.updates,
  });
});

afterAll(async () => {
  await router?.close();
  for (const s of subgraphs?.servers ?? []) s.closeAllConnections(), s.close();
});

interface Ask {
  query: string;
  variables?: unknown;
  operationName?: unknown;
  token?: string;
  accept?: string;
}

async function post({ token, accept, ...body }: Ask) {
  const res = await fetch(router.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });
  // The text as sent, and its length: an answer the router writes as bytes must be the same bytes.
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), length: res.headers.get('content-length'), text, body: JSON.parse(text) as { data?: unknown; errors?: unknown[] } };
}

const answeredBy = async (by: 'router' | 'apollo') => (await register.getSingleMetric('router_known_operations_total')!.get()).values.find((v) => v.labels.by === by)?.value ?? 0;

/** The request sent twice: through Apollo Server first (unless already known), then known; both answers. */
async function twice(ask: Ask) {
  const first = await post(ask);
  const known = await answeredBy('router');
  const second = await post(ask);
  expect(await answeredBy('router')).toBe(known + 1);
  return [first, second] as const;
}

describe('a POST of a known operation', () => {
  it('is answered as Apollo Server answered it', async () => {
    const [first, second] = await twice({ query: '{ users { id name reviews } }' });
    expect(first).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: { data: { users: [{ id: 'u1', name: 'Ada', reviews: ['review of u1'] }, { id: 'u2', name: 'Grace', reviews: ['review of u2'] }] } } });
    expect(first.length).toBe(String(Buffer.byteLength(first.text)));
    expect(second).toEqual(first);
  });

  it('with variables, an operation name, and variables that do not coerce (200 for application/json, 400 for graphql-response+json)', async () => {
    const query = 'query A($n: Int) { users(first: $n) { name } } query B { users { id } }';
    const [a1, a2] = await twice({ query, operationName: 'A', variables: { n: 1 } });
    expect(a1.body).toEqual({ data: { users: [{ name: 'Ada' }] } });
    expect(a2).toEqual(a1);
    const [b1, b2] = await twice({ query, operationName: 'B' });
    expect(b1.body).toEqual({ data: { users: [{ id: 'u1' }, { id: 'u2' }] } });
    expect(b2).toEqual(b1);
    const bad = await post({ query, operationName: 'A', variables: { n: 'one' } });
    expect(bad.status).toBe(200);
    expect((bad.body.errors![0] as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    const [g1, g2] = await twice({ query, operationName: 'A', variables: { n: 'one' }, accept: 'application/graphql-response+json' });
    expect(g1.status).toBe(400);
    expect(g1.type).toBe('application/graphql-response+json; charset=utf-8');
    expect(g2).toEqual(g1);
  });

  it("passes on a subgraph's error and masks an internal one, as Apollo Server's formatting does", async () => {
    const [f1, f2] = await twice({ query: '{ flaky }' });
    expect(f1.body.errors).toEqual([expect.objectContaining({ message: 'flaky failed', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(f2).toEqual(f1);
    const [c1, c2] = await twice({ query: '{ crash }' });
    expect(JSON.stringify(c1.body)).not.toContain('secret');
    expect(c2).toEqual(c1);
  });

  it('is refused by authorization for one caller and answered for another', async () => {
    const query = '{ me { name } }';
    const [r1, r2] = await twice({ query });
    expect((r1.body.errors![0] as { extensions: { code: string } }).extensions.code).toBe('UNAUTHENTICATED');
    expect(r2).toEqual(r1);
    const token = await tokenOf('u2');
    const [m1, m2] = await twice({ query, token });
    expect(m1.body).toEqual({ data: { me: { name: 'Grace' } } });
    expect(m2).toEqual(m1);
  });

  it('runs a mutation each time', async () => {
    const before = subgraphs.touched();
    const [t1, t2] = await twice({ query: 'mutation { touch }', token: await tokenOf('u1') });
    expect(t1.body).toEqual({ data: { touch: before + 1 } });
    expect(t2.body).toEqual({ data: { touch: before + 2 } });
    expect(t2.status).toBe(t1.status);
  });

  it('goes to Apollo Server again once the supergraph is swapped, and is known again after', async () => {
    const query = '{ users { name reviews } }';
    const [before] = await twice({ query });
    await registry.swap(subgraphs.supergraph('?v=2'));
    const viaApollo = await answeredBy('apollo');
    expect(await post({ query })).toEqual(before);
    expect(await answeredBy('apollo')).toBe(viaApollo + 1);
    const [, known] = await twice({ query });
    expect(known).toEqual(before);
  });
});
