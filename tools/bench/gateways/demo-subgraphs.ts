// Scenario A's subgraphs: the public gateway benchmark's shape (accounts, inventory, products,
// reviews; same types, keys, @requires/@provides and data sizes) rebuilt with @apollo/subgraph,
// in memory, each on its own port of one process. The HTTP layer is node:http with parsed and
// validated documents cached by text, so the subgraphs stay cheap and the figures measure the
// gateway in front of them.
//   node --import tsx tools/bench/gateways/demo-subgraphs.ts   → prints DEMO_SUBGRAPHS_READY {"accounts": url, …}
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.',
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi',
  'sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.',
  'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem',
];
const LONG = `${LOREM[0]} ${LOREM[1]} ${LOREM[2]}`;

const USERS = [
  ['1', 'Ada Lovelace', 'ada'],
  ['2', 'Alan Turing', 'alan'],
  ['3', 'Grace Hopper', 'grace'],
  ['4', 'Edsger Dijkstra', 'edsger'],
  ['5', 'Barbara Liskov', 'barbara'],
  ['6', 'Donald Knuth', 'donald'],
].map(([id, name, username]) => ({ id: id!, name, username, birthday: 1234567890 }));

const PRODUCTS = [
  ['Table', 899, 100], ['Couch', 1299, 1000], ['Glass', 15, 20], ['Chair', 499, 100], ['TV', 1299, 1000],
  ['Lamp', 6999, 300], ['Grill', 3999, 2000], ['Fridge', 100000, 6000], ['Sofa', 9999, 800],
].map(([name, price, weight], i) => ({ upc: String(i + 1), name: name as string, price: price as number, weight: weight as number }));

const IN_STOCK = new Set(['1', '5', '6', '7', '9']);

// Eleven reviews: four on product 1, four on 2, one on 3, two on 4 (the public data's spread).
const REVIEWS = ['1', '1', '1', '1', '2', '2', '2', '2', '3', '4', '4'].map((upc, i) => ({
  id: String(i + 1),
  body: i === 10 ? LONG : LOREM[i % 4],
  product: { upc },
}));
// Every user's reviews are the first two (as in the public data), and every review's author is user 1.
const reviewsOfUser = () => REVIEWS.slice(0, 2);

type Def = { name: string; sdl: string; resolvers: GraphQLResolverMap<unknown> };

const SUBGRAPHS: Def[] = [
  {
    name: 'accounts',
    sdl: `${LINK}
      type Query { me: User  user(id: ID!): User  users: [User] }
      type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthday: Int }`,
    resolvers: {
      Query: { me: () => USERS[0], user: (_: unknown, { id }: { id: string }) => USERS.find((u) => u.id === id), users: () => USERS },
      User: { __resolveReference: (ref: { id: string }) => USERS.find((u) => u.id === ref.id) },
    },
  },
  {
    name: 'inventory',
    sdl: `${LINK}
      type Product @key(fields: "upc") { upc: String!  weight: Int @external  price: Int @external  inStock: Boolean  shippingEstimate: Int @requires(fields: "price weight") }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({ ...ref, inStock: IN_STOCK.has(ref.upc) }),
        shippingEstimate: (p: { price?: number; weight?: number }) => (p.price == null ? null : p.price > 1000 ? 0 : p.weight == null ? null : Math.round(p.weight / 2)),
      },
    },
  },
  {
    name: 'products',
    sdl: `${LINK}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`,
    resolvers: {
      Query: { topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first) },
      Product: { __resolveReference: (ref: { upc: string }) => PRODUCTS.find((p) => p.upc === ref.upc) },
    },
  },
  {
    name: 'reviews',
    sdl: `${LINK}
      type Review @key(fields: "id") { id: ID!  body: String  product: Product  author: User @provides(fields: "username") }
      type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
      type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: (ref: { id: string }) => REVIEWS.find((r) => r.id === ref.id),
        author: () => ({ id: '1', username: 'ada' }),
      },
      User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }), reviews: reviewsOfUser },
      Product: { __resolveReference: (ref: { upc: string }) => ref, reviews: (p: { upc: string }) => REVIEWS.filter((r) => r.product.upc === p.upc) },
    },
  },
];

/** The public benchmark's query: users and top products, three levels deep across all four subgraphs. */
export const DEMO_QUERY = `fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
  topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
}`;

/** The supergraph of the four, with their routing URLs. */
export function composeDemoSupergraph(urls: Record<string, string>): string {
  const result = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: urls[s.name]!, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

function serve(schema: GraphQLSchema, port: number): Promise<http.Server> {
  const documents = new Map<string, DocumentNode>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      let status = 200;
      let result: unknown;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { query: string; variables?: Record<string, unknown>; operationName?: string };
        let document = documents.get(body.query);
        if (!document) {
          document = parse(body.query);
          const errors = validate(schema, document);
          if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
          if (documents.size < 1_000) documents.set(body.query, document);
        }
        result = await execute({ schema, document, variableValues: body.variables, operationName: body.operationName });
      } catch (error) {
        status = 400;
        result = { errors: [{ message: (error as Error).message }] };
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const urls: Record<string, string> = {};
  const servers: http.Server[] = [];
  for (const def of SUBGRAPHS) {
    const server = await serve(buildSubgraphSchema({ typeDefs: parse(def.sdl), resolvers: def.resolvers }), 0);
    servers.push(server);
    urls[def.name] = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  }
  console.log(`DEMO_SUBGRAPHS_READY ${JSON.stringify(urls)}`);
  const stop = () => {
    for (const s of servers) s.closeAllConnections(), s.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop).on('SIGINT', stop);
  // Never outlives its parent: stdin closes when the benchmark ends, even if it crashed.
  process.stdin.on('end', stop).resume();
}
