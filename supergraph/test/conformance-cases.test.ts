// The federation gateway audit's cases that @apollo/gateway's planner gets wrong (see
// tools/conformance: `npm run conformance` runs the whole audit), a subgraph's error meant for the
// client, and GraphQL-over-HTTP statuses (graphql-http's audit). Subgraphs are in-memory servers
// composed into a supergraph of their own; the router is the real one.
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { GraphQLError, parse } from 'graphql';
import { register } from 'prom-client';
import { startRouter, type RunningRouter } from '../src/router.ts';
import { graphqlUrlOf, serveSubgraph } from './serve-subgraph.ts';

interface Subgraph {
  name: string;
  sdl: string;
  resolvers: Record<string, unknown>;
}

const link = (imports: string) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: [${imports}])`;

/** Serves the subgraphs and a router on their supergraph; returns the router and a stop function. */
async function graph(subgraphs: Subgraph[]): Promise<{ router: RunningRouter; stop: () => Promise<void> }> {
  const servers: http.Server[] = [];
  const urls = new Map<string, string>();
  for (const s of subgraphs) {
    const server = await serveSubgraph(buildSubgraphSchema({ typeDefs: parse(s.sdl), resolvers: s.resolvers as never }));
    servers.push(server);
    urls.set(s.name, graphqlUrlOf(server));
  }
  const composed = composeServices(subgraphs.map((s) => ({ name: s.name, url: urls.get(s.name)!, typeDefs: parse(s.sdl) })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const router = await startRouter({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: urls,
    verifier: new TokenVerifier({ accessKeys: generateKeyPairSync('ed25519').publicKey, kv: createKeyValueStore(undefined, 'conformance-test:') }),
    logger: createLogger('conformance-test', 'silent'),
    corsOrigin: true,
  });
  return {
    router,
    stop: async () => {
      await router.close();
      for (const s of servers) s.closeAllConnections(), s.close();
    },
  };
}

async function post(router: RunningRouter, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(router.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

describe('keys-mashup: the key back into a subgraph is one it can resolve', () => {
  const A = {
    '1': { id: '1', pId: 'a.1.pId', name: 'a.1', compositeId: { one: 'a.1.one', two: 'a.1.two', three: 'a.1.three' } },
  };
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'a',
        sdl: `${link('"@key"')}
          type A @key(fields: "id") @key(fields: "pId", resolvable: false) @key(fields: "compositeId { one two }", resolvable: false)
            @key(fields: "id compositeId { two three }", resolvable: false) { id: ID!  pId: ID!  compositeId: CompositeID!  name: String! }
          type CompositeID { one: ID!  two: ID!  three: ID! }`,
        resolvers: { A: { __resolveReference: (ref: { id: string }) => A[ref.id as '1'] ?? null } },
      },
      {
        name: 'b',
        sdl: `${link('"@key", "@requires", "@external"')}
          type Query { b: B }
          type B @key(fields: "id") { id: ID!  a: [A!]! }
          type A @key(fields: "compositeId { one two }", resolvable: false) @key(fields: "id compositeId { two three }")
            @key(fields: "pId", resolvable: false) @key(fields: "id", resolvable: false) {
            id: ID!  pId: ID!  compositeId: CompositeID!  name: String! @external  nameInB: String! @requires(fields: "name")
          }
          type CompositeID { one: ID!  two: ID!  three: ID! }`,
        resolvers: {
          Query: { b: () => ({ id: '100', a: [A['1']] }) },
          A: {
            // Resolvable by `id compositeId { two three }` only: anything else names nothing.
            __resolveReference: (ref: { id?: string; compositeId?: { two?: string; three?: string }; name?: string }) =>
              ref.id && ref.compositeId?.three ? { ...A[ref.id as '1'], name: ref.name } : null,
            nameInB: (a: { name?: string }) => `b.a.nameInB ${a.name}`,
          },
        },
      },
    ]);
  });
  afterAll(() => g?.stop());

  it('answers nameInB (Apollo\'s planner sends the unresolvable key and gets null)', async () => {
    expect(await post(g.router, '{ b { id a { id name nameInB } } }')).toEqual({ data: { b: { id: '100', a: [{ id: '1', name: 'a.1', nameInB: 'b.a.nameInB a.1' }] } } });
  });
});

describe('non-resolvable-interface-object: a field no plan can reach is an error, not a null', () => {
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'a',
        sdl: `${link('"@key", "@interfaceObject"')}
          interface Node @key(fields: "id") { id: ID! }
          type Product @key(fields: "id", resolvable: false) @interfaceObject { id: ID! }
          type Query { a: Node  product: Product! }`,
        resolvers: { Query: { a: () => ({ __typename: 'Node', id: 'n1' }), product: () => ({ __typename: 'Product', id: 'p1' }) } },
      },
      {
        name: 'b',
        sdl: `${link('"@key", "@interfaceObject"')}
          type Node @key(fields: "id", resolvable: false) @interfaceObject { id: ID!  field: String }
          interface Product @key(fields: "id") { id: ID! }
          type Bread implements Product @key(fields: "id") { id: ID!  name: String! }
          type Query { b: Node }`,
        resolvers: {
          Query: { b: () => ({ __typename: 'Node', id: 'n1' }) },
          Node: { field: () => 'foo' },
          Bread: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: 'bread' }) },
        },
      },
    ]);
  });
  afterAll(() => g?.stop());

  it('answers an error for `a { field }` and still answers what can be planned', async () => {
    const res = await post(g.router, '{ a { field } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(await post(g.router, '{ b { id field } }')).toEqual({ data: { b: { id: 'n1', field: 'foo' } } });
  });
});

describe('requires-with-argument: a field selected with other arguments than a @requires of it', () => {
  const comments = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `c${n}`, postId: n <= 3 ? 'p1' : 'p2', authorId: n <= 3 ? 'a2' : 'a1' }));
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'c',
        sdl: `${link('"@key"')}
          type Query { feed: [Post] }
          type Post @key(fields: "id") { id: ID! }
          type Comment @key(fields: "id") { id: ID!  authorId: ID }`,
        resolvers: {
          Query: { feed: () => [{ id: 'p1' }, { id: 'p2' }] },
          Comment: { __resolveReference: (ref: { id: string }) => comments.find((c) => c.id === ref.id) },
        },
      },
      {
        name: 'd',
        sdl: `${link('"@key", "@external", "@requires"')}
          type Post @key(fields: "id") { id: ID!  author: Author @requires(fields: "comments(limit: 3) { authorId }")  comments(limit: Int!): [Comment] }
          type Comment @key(fields: "id") { id: ID!  authorId: ID @external }
          type Author { id: ID! }`,
        resolvers: {
          Post: {
            __resolveReference: (ref: { id: string; comments?: { authorId: string }[] }) => {
              if (ref.comments && ref.comments.length !== 3) throw new Error('Expected 3 comments');
              return { id: ref.id, authorId: ref.comments?.[2]?.authorId };
            },
            author: (post: { authorId?: string }) => (post.authorId ? { id: post.authorId } : null),
            comments: (post: { id: string }, { limit }: { limit: number }) => comments.filter((c) => c.postId === post.id).slice(0, limit).map((c) => ({ id: c.id })),
          },
          Comment: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
        },
      },
    ]);
  });
  afterAll(() => g?.stop());

  const expected = { data: { feed: [{ author: { id: 'a2' }, comments: [{ id: 'c1' }] }, { author: { id: 'a1' }, comments: [{ id: 'c4' }] }] } };

  it('comments(limit: 1) answers one comment beside the author that required three, from Hive\'s plan', async () => {
    const hivePlans = async () =>
      (await register.getSingleMetric('router_operations_executed_total')!.get()).values.find((v) => v.labels.executor === 'router' && v.labels.reason === "Hive's plan")?.value ?? 0;
    const before = await hivePlans();
    expect(await post(g.router, '{ feed { author { id } comments(limit: 1) { id } } }')).toEqual(expected);
    expect(await hivePlans()).toBe(before + 1);
  });

  it('the same with the limit in a variable with a default', async () => {
    expect(await post(g.router, 'query ($limit: Int = 1) { feed { author { id } comments(limit: $limit) { id } } }')).toEqual(expected);
  });

  it('the same through two fragments', async () => {
    const query = `query ($limit: Int = 1) { feed { author { id } ...Foo ...Bar } }
      fragment Foo on Post { comments(limit: $limit) { id } }
      fragment Bar on Post { comments(limit: $limit) { id } }`;
    expect(await post(g.router, query)).toEqual(expected);
  });
});

describe('requires-with-argument-conflict: two @requires of one field with different arguments', () => {
  const products = [
    { upc: 'p1', name: 'p-name-1', usd: 11, eur: 22, weight: 1 },
    { upc: 'p2', name: 'p-name-2', usd: 22, eur: 44, weight: 2 },
  ];
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'a',
        sdl: `${link('"@key", "@external", "@requires"')}
          type Product @key(fields: "upc") {
            upc: String!  weight: Int @external  price(currency: String!): Int @external
            shippingEstimate: Int @requires(fields: "price(currency: \\"USD\\") weight")
            shippingEstimateEUR: Int @requires(fields: "price(currency: \\"EUR\\") weight")
            insured: Boolean @requires(fields: "price(currency: \\"EUR\\")")
          }`,
        resolvers: {
          Product: {
            __resolveReference: (ref: { upc: string; price: number; weight: number }) => ref,
            shippingEstimate: (p: { price: number; weight: number }) => p.price * p.weight * 10,
            shippingEstimateEUR: (p: { price: number; weight: number }) => p.price * p.weight * 10,
            // Fails for one product: the error's path names it, though its fetch was one of a batch.
            insured: (p: { upc: string }) => {
              if (p.upc === 'p2') throw new GraphQLError('Not insurable', { extensions: { code: 'NOT_INSURABLE' } });
              return true;
            },
          },
        },
      },
      {
        name: 'b',
        sdl: `${link('"@key"')}
          type Query { products: [Product] }
          type Product @key(fields: "upc") { upc: String!  name: String  price(currency: String!): Int  weight: Int }`,
        resolvers: {
          Query: { products: () => products },
          Product: { price: (p: { usd: number; eur: number }, { currency }: { currency: string }) => (currency === 'EUR' ? p.eur : p.usd) },
        },
      },
    ]);
  });
  afterAll(() => g?.stop());

  it('each estimate from its own price (Apollo\'s planner sends one price for both)', async () => {
    expect(await post(g.router, '{ products { upc name shippingEstimate shippingEstimateEUR } }')).toEqual({
      data: {
        products: [
          { upc: 'p1', name: 'p-name-1', shippingEstimate: 110, shippingEstimateEUR: 220 },
          { upc: 'p2', name: 'p-name-2', shippingEstimate: 440, shippingEstimateEUR: 880 },
        ],
      },
    });
  });

  it("an entity's error in a batched fetch has that entity's path", async () => {
    const res = await post(g.router, '{ products { upc shippingEstimate insured } }');
    expect(res.data).toEqual({ products: [{ upc: 'p1', shippingEstimate: 110, insured: true }, { upc: 'p2', shippingEstimate: 440, insured: null }] });
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Not insurable', path: ['products', 1, 'insured'] })]);
  });
});

describe("a subgraph's errors: meant for the client, or internal", () => {
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'shop',
        sdl: `${link('"@key"')}
          type Query { ${['reserve', 'crash', 'internal'].map((f) => `${f}: String`).join(' ')} }`,
        resolvers: {
          Query: {
            reserve: () => {
              throw new GraphQLError('Only 2 left', { extensions: { code: 'OUT_OF_STOCK' } });
            },
            crash: () => {
              throw new Error('relation "stock" does not exist');
            },
            internal: () => {
              throw new GraphQLError('connection refused 10.0.0.7', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
            },
          },
        },
      },
    ]);
  });
  afterAll(() => g?.stop());

  it('passes on an error with a code of its own, in its words', async () => {
    const res = await post(g.router, '{ reserve }');
    expect(res.data).toEqual({ reserve: null });
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Only 2 left', path: ['reserve'], extensions: expect.objectContaining({ code: 'OUT_OF_STOCK' }) })]);
  });

  it('masks an error without a code, or with INTERNAL_SERVER_ERROR', async () => {
    for (const field of ['crash', 'internal']) {
      const res = await post(g.router, `{ ${field} }`);
      expect(res.errors).toEqual([{ message: 'Internal server error', path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    }
  });
});

describe('GraphQL over HTTP: statuses and GET', () => {
  let g: Awaited<ReturnType<typeof graph>>;
  beforeAll(async () => {
    g = await graph([
      {
        name: 'echo',
        sdl: `${link('"@key"')}
          type Query { echo(text: String!): String }
          type Mutation { touch: Boolean }`,
        resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text }, Mutation: { touch: () => true } },
      },
    ]);
  });
  afterAll(() => g?.stop());

  const send = (body: unknown, accept: string) =>
    fetch(g.router.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });

  it('parse, validation and variable errors: 200 for application/json, 400 for application/graphql-response+json', async () => {
    const failures = [{ query: '{' }, { query: '{ nope }' }, { query: 'query ($t: String!) { echo(text: $t) }', variables: { t: { not: 'a string' } } }];
    for (const body of failures) {
      const legacy = await send(body, 'application/json');
      expect(legacy.status).toBe(200);
      expect(((await legacy.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
      expect((await send(body, 'application/graphql-response+json')).status).toBe(400);
    }
  });

  it('other request errors stay 400 for application/json: several operations and no operationName', async () => {
    expect((await send({ query: 'query A { echo(text: "a") } query B { echo(text: "b") }' }, 'application/json')).status).toBe(400);
  });

  it('a GET query with URL-encoded variables needs no preflight header; a GET mutation and a text/plain POST are refused', async () => {
    const url = new URL(g.router.graphqlUrl);
    url.searchParams.set('query', 'query ($t: String!) { echo(text: $t) }');
    url.searchParams.set('variables', JSON.stringify({ t: 'hi' }));
    const get = await fetch(url, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { echo: 'hi' } });

    const mutation = new URL(g.router.graphqlUrl);
    mutation.searchParams.set('query', 'mutation { touch }');
    const refused = await fetch(mutation, { headers: { accept: 'application/json' } });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);

    const simplePost = await fetch(g.router.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { touch }' }) });
    expect(simplePost.status).toBe(400);
  });
});
