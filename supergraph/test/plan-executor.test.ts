// The router's plan executor against @apollo/gateway's own, side by side: two routers on one
// supergraph of three real (in-memory) subgraphs, the same operations to both, the same answers
// expected, errors and their paths included. Only the number of entity representations sent may
// differ (the router sends each distinct one once).
// Where they differ on purpose, this file does not compare them: operations @apollo/query-planner
// plans wrongly (@requires with arguments, a key the target subgraph cannot resolve, a field no
// plan reaches) run Hive's plan in the router (src/execution/second-planner.ts), and the gateway's
// answers there are wrong; conformance-cases.test.ts checks the router's against the audit's.
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { jest } from '@jest/globals';
import { QueryPlanner } from '@apollo/query-planner';
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { execute, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { register } from 'prom-client';
import { startRouter, type RunningRouter } from '../src/router.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

const USERS = [
  { id: 'u1', name: 'Ada', role: 'ADMIN' },
  { id: 'u2', name: 'Grace', role: 'MEMBER' },
  { id: 'u3', name: 'Edsger', role: 'MEMBER' },
];
const REVIEWS = [
  { id: 'r1', body: 'Fine', authorId: 'u1', score: 4 },
  { id: 'r2', body: 'Grand', authorId: 'u1', score: 5 },
  { id: 'r3', body: 'Meh', authorId: 'u2', score: 2 },
];

/** Representations each subgraph received per router, to see the deduplication. */
const representations = new Map<string, number>();
/** Requests each subgraph received per router (`<subgraph>:<user agent>`), to see the batching. */
const calls = new Map<string, number>();
/** `<subgraph>:<user agent>:<operation name>` of every request. */
const operationNames = new Set<string>();

const SUBGRAPHS = [
  {
    name: 'accounts',
    sdl: `${LINK}
      type Query { me: User  users: [User!]!  node(id: ID!): Node  search(term: String!): [SearchResult!]!  brokenUser: User!  badRole: Role  userCount: Int! }
      type Mutation { rename(id: ID!, name: String!): User }
      interface Node { id: ID! }
      enum Role { ADMIN MEMBER }
      type User implements Node @key(fields: "id") { id: ID!  name: String  role: Role! }
      type Group implements Node { id: ID!  title: String }
      union SearchResult = User | Group`,
    resolvers: {
      Query: {
        me: () => USERS[0],
        users: () => USERS,
        node: (_: unknown, { id }: { id: string }) => (id.startsWith('g') ? { __typename: 'Group', id, title: 'Pioneers' } : { __typename: 'User', ...USERS.find((u) => u.id === id) }),
        search: () => [{ __typename: 'User', ...USERS[1] }, { __typename: 'Group', id: 'g1', title: 'Pioneers' }],
        brokenUser: () => null,
        badRole: () => 'OWNER',
        userCount: () => USERS.length,
      },
      Mutation: { rename: (_: unknown, { id, name }: { id: string; name: string }) => ({ ...USERS.find((u) => u.id === id), name }) },
      User: { __resolveReference: (ref: { id: string }) => USERS.find((u) => u.id === ref.id) },
      Node: { __resolveType: (n: { __typename: string }) => n.__typename },
      SearchResult: { __resolveType: (n: { __typename: string }) => n.__typename },
    },
  },
  {
    name: 'reviews',
    sdl: `${LINK}
      type Query { topReviews(first: Int = 2): [Review]  orphanReview: Review }
      type Review @key(fields: "id") { id: ID!  body: String  score: Int  author: User! }
      type User @key(fields: "id") {
        id: ID!
        name: String @external
        reviews: [Review!]!
        greeting: String @requires(fields: "name")
        flaky: String
        strict: String!
      }`,
    resolvers: {
      // orphanReview: by an author accounts does not know (an erased user, say): accounts' entity is null.
      Query: { topReviews: (_: unknown, { first }: { first: number }) => REVIEWS.slice(0, first), orphanReview: () => ({ id: 'r404', body: 'Lost', authorId: 'u404' }) },
      Review: { __resolveReference: (ref: { id: string }) => REVIEWS.find((r) => r.id === ref.id), author: (r: { authorId: string }) => ({ id: r.authorId }) },
      User: {
        __resolveReference: (ref: { id: string; name?: string }) => ref,
        reviews: (u: { id: string }) => REVIEWS.filter((r) => r.authorId === u.id),
        greeting: (u: { name?: string }) => `Hello, ${u.name}`,
        flaky: (u: { id: string }) => {
          if (u.id === 'u2') throw new GraphQLError('flaky failed', { extensions: { code: 'BAD_USER_INPUT' } });
          return 'ok';
        },
        strict: (u: { id: string }) => {
          if (u.id === 'u3') throw new Error('strict failed');
          return 'ok';
        },
      },
    },
  },
  {
    name: 'badges',
    sdl: `${LINK}
      type User @key(fields: "id") { id: ID!  badges(kind: String): [String!]  level: Int }`,
    resolvers: {
      User: {
        __resolveReference: (ref: { id: string }) => ref,
        badges: (u: { id: string }, { kind }: { kind?: string }) => [`${kind ?? 'any'}-${u.id}`],
        // A subgraph answering a string for an Int: the router reports it as the gateway does.
        level: (u: { id: string }) => (u.id === 'u2' ? ('high' as unknown as number) : 3),
      },
    },
  },
  {
    // Stopped before the tests: a subgraph that cannot be reached.
    name: 'gone',
    sdl: `${LINK}
      type User @key(fields: "id") { id: ID!  nickname: String }`,
    resolvers: { User: { __resolveReference: (ref: { id: string }) => ({ ...ref, nickname: 'nick' }) } },
  },
];

function serve(name: string, schema: GraphQLSchema): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const agent = `${name}:${req.headers['user-agent']}`;
      calls.set(agent, (calls.get(agent) ?? 0) + 1);
      operationNames.add(`${agent}:${body.operationName}`);
      // Apollo's plans send `representations`; Hive's batched fetches one variable per `_entities` alias.
      for (const [variable, reps] of Object.entries(body.variables ?? {})) {
        if ((variable === 'representations' || variable.startsWith('__batch_reps_')) && Array.isArray(reps)) representations.set(agent, (representations.get(agent) ?? 0) + reps.length);
      }
      const result = await execute({ schema, document: parse(body.query), variableValues: body.variables, operationName: body.operationName });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let servers: http.Server[] = [];
let routers: { router: RunningRouter; gateway: RunningRouter };

beforeAll(async () => {
  const urls = new Map<string, string>();
  for (const def of SUBGRAPHS) {
    const server = await serve(def.name, buildSubgraphSchema({ typeDefs: parse(def.sdl), resolvers: def.resolvers as never }));
    servers.push(server);
    urls.set(def.name, `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`);
  }
  const composed = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: urls.get(s.name)!, typeDefs: parse(s.sdl) })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const { publicKey } = generateKeyPairSync('ed25519');
  const start = (executor: 'router' | 'gateway') =>
    startRouter({
      port: 0,
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: urls,
      verifier: new TokenVerifier({ accessKeys: publicKey, kv: createKeyValueStore(undefined, 'plan-executor-test:') }),
      logger: createLogger('plan-executor-test', 'silent'),
      corsOrigin: true,
      executor,
    });
  routers = { router: await start('router'), gateway: await start('gateway') };
  const gone = servers.pop()!;
  gone.closeAllConnections();
  await new Promise((resolve) => gone.close(resolve));
});

afterAll(async () => {
  await routers?.router.close();
  await routers?.gateway.close();
  for (const s of servers) s.closeAllConnections(), s.close();
  servers = [];
});

async function post(router: RunningRouter, which: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(router.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': which }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json() };
}

/** Operations the router's executor ran itself, and those it handed to the gateway's. */
async function executedBy() {
  const values = (await register.getSingleMetric('router_operations_executed_total')!.get()).values;
  const sum = (executor: string) => values.filter((v) => v.labels.executor === executor).reduce((n, v) => n + v.value, 0);
  return { router: sum('router'), gateway: sum('gateway') };
}

/** Both routers' answers; they must be equal, the router's twice. `expectRouter`: the router's executor ran it (not the gateway's). */
async function both(query: string, variables?: Record<string, unknown>, expectRouter = true) {
  const before = await executedBy();
  const ours = await post(routers.router, 'router', query, variables);
  const after = await executedBy();
  expect(after).toEqual(expectRouter ? { router: before.router + 1, gateway: before.gateway } : { router: before.router, gateway: before.gateway + 1 });
  const stock = await post(routers.gateway, 'gateway', query, variables);
  expect(ours).toEqual(stock);
  // Again: the operation's second answer is shaped by its compiled shaper (src/execution/shape.ts), and must not differ.
  expect(await post(routers.router, 'router again', query, variables)).toEqual(ours);
  return ours.body as { data?: any; errors?: any[]; extensions?: any };
}

describe('where the router answers unlike @apollo/gateway, on purpose', () => {
  it('a null in a non-null field that no subgraph reported is an error of the answer, with its path', async () => {
    // Accounts answers null for the unknown author, so User.role (non-null) is null: the null goes up to
    // orphanReview, and the client gets an error at that path. A subgraph breaking its schema's promise is
    // the server's fault, so the error is masked as every internal one is (its words go to the log). The
    // gateway put it in extensions.valueCompletion only, so a client whose whole answer was nulled this
    // way got `data: null` and no error.
    const query = '{ orphanReview { id author { name role } } }';
    const ours = (await post(routers.router, 'router', query)).body as { data?: unknown; errors?: unknown[] };
    expect(ours.data).toEqual({ orphanReview: null });
    expect(ours.errors).toEqual([{ message: 'Internal server error', path: ['orphanReview', 'author', 'role'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const stock = (await post(routers.gateway, 'gateway', query)).body as { errors?: unknown[] };
    expect(stock).toMatchObject({ data: { orphanReview: null }, extensions: { valueCompletion: [expect.objectContaining({ path: ['orphanReview', 'author', 'role'] })] } });
    expect(stock.errors).toBeUndefined();
  });
});

describe("the router's plan executor answers as @apollo/gateway does", () => {
  it('joins entities across subgraphs, sending each distinct representation once', async () => {
    representations.clear();
    const res = await both('{ users { id name role reviews { id body author { id name badges(kind: "gold") reviews { score } } } } }');
    expect(res.data.users[0]).toEqual({
      id: 'u1', name: 'Ada', role: 'ADMIN',
      reviews: [
        { id: 'r1', body: 'Fine', author: { id: 'u1', name: 'Ada', badges: ['gold-u1'], reviews: [{ score: 4 }, { score: 5 }] } },
        { id: 'r2', body: 'Grand', author: { id: 'u1', name: 'Ada', badges: ['gold-u1'], reviews: [{ score: 4 }, { score: 5 }] } },
      ],
    });
    expect(res.data.users[2].reviews).toEqual([]);
    // u1 is the author of two reviews: the gateway sends its representation twice per fetch.
    const sent = (router: string) => (representations.get(`accounts:${router}`) ?? 0) + (representations.get(`badges:${router}`) ?? 0) + (representations.get(`reviews:${router}`) ?? 0);
    expect(sent('router')).toBeGreaterThan(0);
    // The user agent is passed on to subgraphs (the audit log records it): it tells the two routers apart here.
    expect(sent('router')).toBeLessThan(sent('gateway'));
  });

  it("batches the entity fetches of one subgraph that run together into one request (Hive's plan, QUERY_PLANNER=hive)", async () => {
    // The users' reviews and the top reviews' authors both need reviews' User.reviews and badges'
    // User.badges: Apollo's plan sends each path its own request, Hive's one per subgraph.
    calls.clear();
    operationNames.clear();
    const query = 'query Mixed { users { id badges reviews { score } } topReviews { author { id badges reviews { id } } } }';
    const res = await both(query);
    expect(res.data.topReviews[0].author).toEqual({ id: 'u1', badges: ['any-u1'], reviews: [{ id: 'r1' }, { id: 'r2' }] });
    expect(calls.get('badges:router')).toBe(1);
    expect(calls.get('badges:gateway')).toBe(2);
    // Its subgraph operations are named as Apollo's planner names them (subgraphs log and count by name).
    expect([...operationNames].filter((n) => n.startsWith('badges:router:'))).toEqual([expect.stringMatching(/^badges:router:Mixed__badges__\d+$/)]);
  });

  it("plans a query with Hive's planner alone, and a mutation with Apollo's", async () => {
    const built = jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan');
    try {
      // A text neither router has seen: its plan is made now.
      const query = 'query HiveAlone { users { id name reviews { body } } }';
      const res = (await post(routers.router, 'router', query)).body as { data: any; errors?: unknown };
      expect(res.errors).toBeUndefined();
      expect(res.data.users[0]).toEqual({ id: 'u1', name: 'Ada', reviews: [{ body: 'Fine' }, { body: 'Grand' }] });
      expect(built).not.toHaveBeenCalled();
      const renamed = (await post(routers.router, 'router', 'mutation RenameAlone { rename(id: "u3", name: "E. W.") { id name } }')).body as { data: unknown };
      expect(renamed.data).toEqual({ rename: { id: 'u3', name: 'E. W.' } });
      expect(built).toHaveBeenCalledTimes(1);
    } finally {
      built.mockRestore();
    }
  });

  it('fragments, aliases, duplicate fields and __typename', async () => {
    const res = await both(`
      query Q { a: users { ...U __typename t: __typename } me { ...U name reviews { score } } }
      fragment U on User { id uname: name reviews { id } name }`);
    expect(res.data.a[1]).toEqual({ id: 'u2', uname: 'Grace', reviews: [{ id: 'r3' }], name: 'Grace', __typename: 'User', t: 'User' });
    expect(res.data.me.reviews).toEqual([{ id: 'r1', score: 4 }, { id: 'r2', score: 5 }]);
  });

  it('interfaces and unions, by their runtime type', async () => {
    const res = await both(`{
      user: node(id: "u2") { __typename id ... on User { name reviews { body } } ... on Group { title } }
      group: node(id: "g1") { __typename id ... on User { name } ... on Group { title } }
      search(term: "x") { __typename ... on Node { id } ... on User { name greeting } ... on Group { title } }
    }`);
    expect(res.data.user).toEqual({ __typename: 'User', id: 'u2', name: 'Grace', reviews: [{ body: 'Meh' }] });
    expect(res.data.group).toEqual({ __typename: 'Group', id: 'g1', title: 'Pioneers' });
    expect(res.data.search).toEqual([{ __typename: 'User', id: 'u2', name: 'Grace', greeting: 'Hello, Grace' }, { __typename: 'Group', id: 'g1', title: 'Pioneers' }]);
  });

  it('@skip and @include, from variables and their defaults, across subgraphs', async () => {
    const query = 'query ($withReviews: Boolean = true, $skipName: Boolean!) { users { id name @skip(if: $skipName) reviews @include(if: $withReviews) { id } badges @include(if: false) } }';
    const one = await both(query, { skipName: true });
    expect(one.data.users[0]).toEqual({ id: 'u1', reviews: [{ id: 'r1' }, { id: 'r2' }] });
    const two = await both(query, { skipName: false, withReviews: false });
    expect(two.data.users[0]).toEqual({ id: 'u1', name: 'Ada' });
  });

  it('@requires and default arguments', async () => {
    const res = await both('{ users { greeting } topReviews { id author { name } } }');
    expect(res.data.users.map((u: { greeting: string }) => u.greeting)).toEqual(['Hello, Ada', 'Hello, Grace', 'Hello, Edsger']);
    expect(res.data.topReviews).toHaveLength(2);
  });

  it("a subgraph's errors, with the path of the entity they belong to", async () => {
    const res = await both('{ users { id flaky } }');
    expect(res.data.users[1]).toEqual({ id: 'u2', flaky: null });
    expect(res.errors).toEqual([expect.objectContaining({ message: 'flaky failed', path: ['users', 1, 'flaky'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('null in a non-null field: the null goes up to the nearest nullable parent', async () => {
    const entity = await both('{ users { id strict } me { id } }');
    expect(entity.data).toBeNull();
    expect(entity.errors!.length).toBeGreaterThan(0);
    const root = await both('{ brokenUser { id } userCount }');
    expect(root.data).toBeNull();
  });

  it('values outside their type (an unknown enum value, a string for an Int)', async () => {
    const res = await both('{ badRole users { id level } }');
    expect(res.data.badRole).toBeNull();
    expect(res.data.users[1]).toEqual({ id: 'u2', level: null });
  });

  it('mutations, and bad variables refused before any subgraph is called', async () => {
    const res = await both('mutation ($id: ID!) { rename(id: $id, name: "Augusta") { id name reviews { id } } }', { id: 'u1' });
    expect(res.data.rename).toEqual({ id: 'u1', name: 'Augusta', reviews: [{ id: 'r1' }, { id: 'r2' }] });
    const bad = await both('query ($n: Int) { topReviews(first: $n) { id } }', { n: 'many' });
    expect(bad.errors).toHaveLength(1);
  });

  it('a subgraph that cannot be reached: its fields are null, the rest is answered', async () => {
    const query = '{ users { id nickname } }';
    const ours = (await post(routers.router, 'router', query)).body as { data: any; errors: any[] };
    const stock = (await post(routers.gateway, 'gateway', query)).body as { data: any; errors: any[] };
    expect(ours.data).toEqual(stock.data);
    expect(ours.data.users[0]).toEqual({ id: 'u1', nickname: null });
    // The same error (SUBGRAPH_UNAVAILABLE); the router's executor also names the first place it could not fill.
    expect(ours.errors).toEqual(stock.errors.map((e) => ({ ...e, path: ['users', 0, 'nickname'] })));
  });

  it('introspection, answered by the gateway in both', async () => {
    const res = await both('{ __schema { queryType { name } } __type(name: "Role") { enumValues { name } } users { id } }', undefined, false);
    expect(res.data.__schema.queryType.name).toBe('Query');
  });
});
