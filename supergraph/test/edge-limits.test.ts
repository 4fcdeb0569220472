// The edge through real routers: operation limits and demand control per client class (the
// hostile-input probe's cases), rate limits over HTTP, and the graphql-ws bounds.
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import WebSocket from 'ws';
import { codeOf, gql, PATIENCE_MS, registerUser, stack, startRouterProcess, type RouterProcess } from '@worldgraph/testenv';
import { apiSchemaOf } from '../src/api-schema.ts';
import { createLogger } from '@worldgraph/kit';
import type { ClientClass } from '../src/client-class.ts';
import { costDirectivesOf } from '../src/limits/cost-directives.ts';
import { DEFAULT_EDGE_SETTINGS, Edge } from '../src/limits/edge.ts';
import { estimateCost, measureOperation } from '../src/limits/measure.ts';
import { checkMeasures, DEFAULT_LIMITS } from '../src/limits/policy.ts';
import { PERSISTED_DOCUMENTS_URL } from '../src/safelist.ts';
import { SUPERGRAPH_URL } from '../src/compose.ts';
import { startCountingSubgraph, type CountingSubgraph } from './counting-subgraph.ts';

const BBOX = '{ minLng: 51.38, minLat: 35.68, maxLng: 51.39, maxLat: 35.69 }';

/** User → features → owner, `levels` times, from the public parcels in a box (`first` of each list, default theirs). */
function nested(levels: number, first?: number): string {
  const args = first === undefined ? '' : `(first: ${first})`;
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `owner { features${args} { edges { node { ${inner} } } } }`;
  return `{ features(bbox: ${BBOX}${first === undefined ? '' : `, first: ${first}`}) { edges { node { ${inner} } } } }`;
}

/** ~1.5 KB: fragments of two aliased `features` each, 10 levels deep, over the signed-in user. */
function aliasedFragments(levels = 10): string {
  const fragments = [];
  for (let i = 0; i < levels; i++) {
    const next = i === levels - 1 ? 'id' : `...L${i + 1}`;
    fragments.push(`fragment L${i} on User { a${i}: features { edges { node { owner { ${next} } } } } b${i}: features { edges { node { owner { ${next} } } } } }`);
  }
  return `query Amplify { me { ...L0 } }\n${fragments.join('\n')}`;
}

/**
 * ~3.5 KB of leaf fields doubled by fragments (`levels` times), spread `reps` times under
 * User → activeCharacter → owner: depth 5, no alias, cost 1 + 2 × reps, 2.6 million fields once
 * expanded. Before the `selections` limit one of these held the router's event loop for 8 s.
 */
function doublingFragments(levels = 14, reps = 80): { text: string; selections: number } {
  const fragments = ['fragment S0 on User { id username }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment S${i} on User { ...S${i - 1} ...S${i - 1} }`);
  const text = `query Doubling { user(id: "nobody") { ${`activeCharacter { owner { ...S${levels} } } `.repeat(reps)}} }\n${fragments.join('\n')}`;
  return { text, selections: 1 + reps * (2 + 2 ** (levels + 1)) };
}

/** A fresh integrator key of `token`'s user (supergraph/src/client-identity.ts). */
async function apiKeyOf(token: string): Promise<string> {
  const res = await gql('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { name: 'Edge test' } }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createApiKey.secret as string;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('operation limits, per client class', () => {
  it('refuses an anonymous User→features→owner nesting of 200 levels with 400 and the figures', async () => {
    const res = await gql(nested(200));
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    // Its length alone refuses it (before it is parsed); shorter, its depth does.
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', clientClass: 'anonymous', limit: 'tokens', max: DEFAULT_LIMITS.anonymous.tokens });
    expect(Number(res.errors?.[0]?.extensions?.actual)).toBeGreaterThan(DEFAULT_LIMITS.anonymous.tokens);
    const deep = await gql(nested(3, 2));
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', clientClass: 'anonymous', limit: 'depth', max: DEFAULT_LIMITS.anonymous.depth, actual: 16 });
    // Signed in, the text is within the first-party token limit: its depth refuses it.
    const user = await registerUser();
    const signedIn = await gql(nested(200), {}, { token: user.accessToken });
    expect(signedIn.status).toBe(400);
    expect(signedIn.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', clientClass: 'first-party', limit: 'depth', max: DEFAULT_LIMITS['first-party'].depth, actual: 3 + 4 * 200 + 1 });
  });

  it('lets the same nesting through a few levels deep', async () => {
    const res = await gql(nested(1, 2));
    expect(res.errors).toBeUndefined();
    expect(res.data?.features.edges).toBeDefined();
  });

  it('refuses the 1.5 KB query of aliased fragments 10 levels deep, even signed in', async () => {
    const user = await registerUser();
    const text = aliasedFragments();
    expect(text.length).toBeLessThan(2_000);
    const res = await gql(text, {}, { token: user.accessToken });
    expect(res.status).toBe(400);
    expect(['OPERATION_LIMIT_EXCEEDED', 'COST_ESTIMATED_TOO_EXPENSIVE']).toContain(codeOf(res));
    expect(res.errors?.[0]?.extensions?.clientClass).toBe('first-party');
  });

  it('refuses fragments that expand to millions of fields, within every other limit, for every class', async () => {
    const { text, selections } = doublingFragments();
    expect(text.length).toBeLessThan(4_000);
    const user = await registerUser();
    for (const [clientClass, token] of [['anonymous', undefined], ['first-party', user.accessToken]] as const) {
      const res = await gql(text, {}, { token });
      expect(res.status).toBe(400);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', clientClass, limit: 'selections', max: DEFAULT_LIMITS[clientClass].selections, actual: selections });
    }
    // A few levels of the same fragments fit, and run.
    const small = doublingFragments(4, 2);
    expect(small.selections).toBeLessThan(DEFAULT_LIMITS.anonymous.selections);
    const ran = await gql(small.text);
    expect(ran.errors).toBeUndefined();
    expect(ran.data).toEqual({ user: null });
  });

  it('refuses too many tokens before parsing, and says how many', async () => {
    const res = await gql(`{ assets ${'__typename '.repeat(3_000)} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens', max: DEFAULT_LIMITS.anonymous.tokens });
  });

  it('gives signed-in first-party apps more room than anonymous callers', async () => {
    const user = await registerUser();
    const query = nested(3, 2); // depth 16: past anonymous, within first-party
    expect(codeOf(await gql(query))).toBe('OPERATION_LIMIT_EXCEEDED');
    const res = await gql(query, {}, { token: user.accessToken });
    expect(res.errors).toBeUndefined();
  });

  it('lets the explorer introspect, and refuses introspection nested past three lists', async () => {
    const ok = await gql('{ __schema { types { name fields { name args { name type { name ofType { name ofType { name ofType { name } } } } } } } } }');
    expect(ok.errors).toBeUndefined();
    // GraphiQL's own query (graphql's getIntrospectionQuery: TypeRef nests ofType 9 levels).
    const full = await gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(full.errors).toBeUndefined();
    const deep = await gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'introspectionLists' });
  });
});

describe('demand control', () => {
  it('refuses an operation estimated too expensive with the estimate and the maximum', async () => {
    const res = await gql(`{ features(bbox: ${BBOX}, first: 500) { edges { node { owner { features(first: 50) { edges { node { id } } } } } } } }`);
    expect(res.status).toBe(400);
    const ext = res.errors?.[0]?.extensions as { code: string; cost: { estimated: number; max: number } };
    expect(ext.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(ext.cost.max).toBe(DEFAULT_LIMITS.anonymous.cost);
    expect(ext.cost.estimated).toBeGreaterThan(ext.cost.max);
  });

  it('reads slicing arguments from variables', async () => {
    const query = `query ($n: Int) { features(bbox: ${BBOX}, first: $n) { edges { node { owner { features(first: 50) { edges { node { id } } } } } } } }`;
    expect(codeOf(await gql(query, { n: 500 }))).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect((await gql(query, { n: 2 })).errors).toBeUndefined();
  });

  it('reports estimated and actual cost in extensions.cost when asked', async () => {
    const response = await post(stack().router, { query: `{ features(bbox: ${BBOX}, first: 5) { edges { node { id owner { id } } } } }`, extensions: { cost: true } });
    const body = (await response.json()) as { data: { features: { edges: { node: { owner: unknown } }[] } }; extensions: { cost: { estimated: number; actual: number; max: number } } };
    expect(response.status).toBe(200);
    const edges = body.data.features.edges;
    const owners = edges.filter((e) => e.node.owner).length;
    // The search (@cost 5), then per edge: the edge, its node and (when owned) the owner.
    expect(body.extensions.cost).toEqual({ estimated: 5 + 5 * 3, actual: 5 + edges.length * 2 + owners, max: DEFAULT_LIMITS.anonymous.cost });
    const plain = (await (await post(stack().router, { query: '{ assets }' })).json()) as { extensions?: unknown };
    expect(plain.extensions).toBeUndefined();
  });

  it('bounds integrators between anonymous callers and the first-party apps', () => {
    const supergraph = readFileSync(SUPERGRAPH_URL, 'utf8');
    const edge = new Edge(DEFAULT_EDGE_SETTINGS, undefined, createLogger('test'));
    edge.useSupergraph(apiSchemaOf(supergraph), supergraph);
    const query = (first: number) => `{ features(bbox: ${BBOX}, first: 500) { edges { node { owner { features(first: ${first}) { edges { node { id } } } } } } } }`;
    // The search (5), then 500 edges, each: edge, node, owner, their parcels' connection and its `first` edges and nodes.
    const cost = (first: number) => 5 + 500 * (4 + first * 2);
    const codeFor = (first: number, clientClass: ClientClass) => edge.check(query(first), undefined, undefined, clientClass).error?.extensions.code;
    expect(edge.check(query(5), undefined, undefined, 'integrator')).toMatchObject({ estimated: cost(5) });
    expect(codeFor(5, 'anonymous')).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(codeFor(20, 'integrator')).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(edge.check(query(20), undefined, undefined, 'first-party')).toMatchObject({ estimated: cost(20) });
    expect(codeFor(120, 'first-party')).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  });

  it('runs an integrator operation within its cost, and refuses it above with the figures', async () => {
    const secret = await apiKeyOf((await registerUser()).accessToken);
    const query = (first: number) => `{ features(bbox: ${BBOX}, first: 500) { edges { node { owner { features(first: ${first}) { edges { node { id } } } } } } } }`;
    const allowed = await post(stack().router, { query: query(5), extensions: { cost: true } }, { 'x-api-key': secret });
    expect(allowed.status).toBe(200);
    const body = (await allowed.json()) as { errors?: unknown; extensions: { cost: { estimated: number; max: number } } };
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cost).toMatchObject({ estimated: 5 + 500 * (4 + 5 * 2), max: DEFAULT_LIMITS.integrator.cost });
    // The same operation is too dear for an anonymous caller.
    expect(codeOf(await gql(query(5)))).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    const refused = await gql(query(20), {}, { headers: { 'x-api-key': secret } });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', clientClass: 'integrator', cost: { estimated: 5 + 500 * (4 + 20 * 2), max: DEFAULT_LIMITS.integrator.cost } });
  });

  it('fits every operation of the client SDK within the first-party limits, the public ones within the anonymous', () => {
    const supergraph = readFileSync(SUPERGRAPH_URL, 'utf8');
    const schema = apiSchemaOf(supergraph);
    const model = { directives: costDirectivesOf(supergraph), defaultListSize: 10 };
    const documents = Object.values(JSON.parse(readFileSync(PERSISTED_DOCUMENTS_URL, 'utf8')) as Record<string, string>);
    expect(documents.length).toBeGreaterThan(20);
    const over = [];
    const publicOperations = new Set(['ParcelsInBox', 'Parcel', 'HuntsNear', 'LandUses', 'Login', 'Register', 'Site']);
    const seen = new Set<string>();
    for (const text of documents) {
      const document = parse(text);
      const operation = getOperationAST(document)!;
      const name = operation.name?.value ?? '';
      // Pages at their largest: every `first` variable 500.
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).filter((v) => v.variable.name.value === 'first').map((v) => [v.variable.name.value, 500]));
      const measures = measureOperation(schema, document, operation);
      const { cost } = estimateCost(schema, model, document, operation, variables);
      for (const clientClass of publicOperations.has(name) ? (['first-party', 'anonymous'] as const) : (['first-party'] as const)) {
        const refusal = checkMeasures(clientClass, DEFAULT_LIMITS[clientClass], measures);
        if (refusal || cost > DEFAULT_LIMITS[clientClass].cost) over.push({ name, clientClass, refusal: refusal?.message, cost });
      }
      seen.add(name);
    }
    expect(over).toEqual([]);
    expect([...publicOperations].filter((n) => !seen.has(n))).toEqual([]);
  });
});

describe('a router that must not call subgraphs for refused operations', () => {
  let router: RouterProcess;
  let stub: CountingSubgraph;

  beforeAll(async () => {
    // features is a counter: every GraphQL call reaching it is counted (counting-subgraph.ts).
    stub = await startCountingSubgraph();
    router = await startRouterProcess({ SUBGRAPH_URL_FEATURES: stub.url });
  }, 90_000);
  afterAll(async () => {
    await router?.stop();
    await stub?.close();
  });

  it('refuses 10,000 aliases of features(bbox) before any subgraph call', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `f${i}: features(bbox: $b) { pageInfo { hasNextPage } }`).join(' ');
    const query = `query ($b: BBoxInput!) { ${aliases} }`;
    expect(query.length).toBeLessThan(1024 * 1024);
    const res = await gql(query, { b: { minLng: 51.38, minLat: 35.68, maxLng: 51.39, maxLat: 35.69 } }, { url: router.graphqlUrl });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED' });
    const deep = await gql(nested(200), {}, { url: router.graphqlUrl });
    expect(deep.status).toBe(400);
    expect(stub.calls()).toBe(0);
    // The stub is reachable: an allowed operation does call it.
    await gql(`{ features(bbox: ${BBOX}, first: 1) { pageInfo { hasNextPage } } }`, {}, { url: router.graphqlUrl });
    expect(stub.calls()).toBeGreaterThan(0);
  });
});

/** A graphql-transport-ws socket with the raw frames, for close codes and message bounds. */
async function rawSocket(url: string, token?: string) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: { type: string; id?: string; payload?: any }[] = [];
  let closed: { code: number; reason: string } | undefined;
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  socket.on('close', (code, reason) => (closed = { code, reason: String(reason) }));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
  const until = async (ok: () => boolean, what: string) => {
    const end = Date.now() + PATIENCE_MS;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify({ messages, closed })}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await until(() => messages.some((m) => m.type === 'connection_ack') || closed !== undefined, 'the ack');
  return {
    socket,
    messages,
    closed: () => closed,
    until,
    subscribe(id: string, query: string) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    },
    close: () => socket.close(),
  };
}

const FEATURE_EVENTS = `subscription { featureStatusChanged(bbox: ${BBOX}) { status } }`;

describe('graphql-ws limits (default router)', () => {
  it('refuses an over-deep operation with an error, and the socket lives on', async () => {
    const live = await rawSocket(stack().router);
    live.subscribe('deep', nested(200).replace(/^\{/, 'query {'));
    await live.until(() => live.messages.some((m) => m.id === 'deep' && m.type === 'error'), 'the refusal');
    expect(live.messages.find((m) => m.id === 'deep')?.payload[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens' });
    live.subscribe('ok', '{ assets }');
    await live.until(() => live.messages.some((m) => m.id === 'ok' && m.type === 'next'), 'the answer');
    expect(live.closed()).toBeUndefined();
    live.close();
  });
});

describe('rate limits (a router with them on)', () => {
  let router: RouterProcess;
  beforeAll(async () => {
    router = await startRouterProcess({
      RATE_LIMITS: 'true',
      RATE_LIMIT_USER: '3/60',
      RATE_LIMIT_ADDRESS: '12/60',
      RATE_LIMIT_API_KEY: '2/60',
      WS_MAX_SOCKETS_PER_USER: '2',
      WS_MAX_SOCKETS_PER_ADDRESS: '4',
      WS_MAX_MESSAGES_PER_SECOND: '5',
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
      WS_MAX_PAYLOAD_BYTES: '4096',
    });
  }, 90_000);
  afterAll(() => router?.stop());

  // Registered through the shared stack: its router has no rate limits.
  let users: Awaited<ReturnType<typeof registerUser>>[];
  beforeAll(async () => {
    users = [await registerUser(), await registerUser()];
  });

  it('limits each user, with RateLimit headers, 429 and RATE_LIMITED', async () => {
    const [alice, bob] = users;
    const ask = (token: string) => post(router.graphqlUrl, { query: '{ me { id } }', extensions: { cost: true } }, { authorization: `Bearer ${token}` });
    for (let i = 0; i < 3; i++) {
      const ok = await ask(alice!.accessToken);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-limit')).toBe('3');
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(2 - i));
      expect(ok.headers.get('ratelimit-policy')).toBe('3;w=60');
    }
    const refused = await ask(alice!.accessToken);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'user', limit: 3, windowSeconds: 60 });
    // Another user from the same address still gets through.
    expect((await ask(bob!.accessToken)).status).toBe(200);
  });

  it('limits each API key', async () => {
    const secret = await apiKeyOf(users[1]!.accessToken); // through the shared stack's router
    const ask = () => post(router.graphqlUrl, { query: '{ me { id } }' }, { 'x-api-key': secret });
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'apiKey', limit: 2 });
  });

  it('limits each address, signed in or not', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 12 && last?.status !== 429; i++) last = await post(router.graphqlUrl, { query: '{ assets }' });
    expect(last!.status).toBe(429);
    expect(((await last!.json()) as { errors: { extensions: { code: string; scope: string } }[] }).errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'address' });
  });

  it('counts refusals, estimated and actual costs in /metrics', async () => {
    const text = await (await fetch(new URL('/metrics', router.graphqlUrl))).text();
    expect(text).toMatch(/^graphql_edge_refusals_total\{limit="rate",client_class="first-party"\} [1-9]/m);
    expect(text).toMatch(/^graphql_edge_refusals_total\{limit="rate",client_class="anonymous"\} [1-9]/m);
    expect(text).toMatch(/^graphql_operation_cost_count\{kind="estimated",client_class="first-party"\} [1-9]/m);
    expect(text).toMatch(/^graphql_operation_cost_count\{kind="actual",client_class="first-party"\} [1-9]/m);
  });

  it('bounds sockets per user, messages per second, operations per socket and frame size', async () => {
    const [, bob] = users;
    const first = await rawSocket(router.graphqlUrl, bob!.accessToken);
    const second = await rawSocket(router.graphqlUrl, bob!.accessToken);
    const third = await rawSocket(router.graphqlUrl, bob!.accessToken);
    await third.until(() => third.closed() !== undefined, 'the third socket to close');
    expect(third.closed()?.code).toBe(4429);
    second.close();

    // Operations per socket: two subscriptions run, the third is refused; the socket lives on.
    first.subscribe('s1', FEATURE_EVENTS);
    first.subscribe('s2', FEATURE_EVENTS);
    await new Promise((r) => setTimeout(r, 500));
    first.subscribe('s3', FEATURE_EVENTS);
    await first.until(() => first.messages.some((m) => m.id === 's3'), 'the refusal');
    expect(first.messages.find((m) => m.id === 's3')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'RATE_LIMITED', limit: 'subscriptionsPerSocket', max: 2, actual: 3 } }] });
    expect(first.messages.filter((m) => m.id === 's1' || m.id === 's2')).toEqual([]);
    expect(first.closed()).toBeUndefined();

    // Past five messages in a second, the socket is closed (30 at once: however the server's clock
    // seconds split them, one second sees more than five).
    for (let i = 0; i < 30; i++) first.socket.send(JSON.stringify({ type: 'ping' }));
    await first.until(() => first.closed() !== undefined, 'the flooding socket to close');
    expect(first.closed()?.code).toBe(4429);

    // A frame past WS_MAX_PAYLOAD_BYTES closes the socket with 1009 (message too big).
    const big = await rawSocket(router.graphqlUrl);
    big.subscribe('big', `{ assets ${' '.repeat(8_000)} }`);
    await big.until(() => big.closed() !== undefined, 'the oversized frame to close the socket');
    expect(big.closed()?.code).toBe(1009);

    // Sockets per address: at most four open at once from here, signed in or not.
    const open = [];
    let refused: { code: number; reason: string } | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const live = await rawSocket(router.graphqlUrl);
      await new Promise((r) => setTimeout(r, 100));
      refused = live.closed();
      open.push(live);
    }
    expect(refused).toMatchObject({ code: 4429, reason: expect.stringMatching(/address/) });
    expect(open.length).toBeLessThanOrEqual(5);
    for (const live of open) live.close();
  });
});
