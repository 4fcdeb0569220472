// Unit tests of the edge's pure parts: cost directives, measures, cost estimate and actual cost, limits, rate windows.
import { buildSchema, getOperationAST, parse } from 'graphql';
import { createKeyValueStore, createLogger } from '@worldgraph/kit';
import { costDirectivesOf } from '../src/limits/cost-directives.ts';
import { actualCost, costShapeOf, countTokens, estimateCost, measureOperation, type CostModel } from '../src/limits/measure.ts';
import { DEFAULT_EDGE_SETTINGS, Edge } from '../src/limits/edge.ts';
import { checkMeasures, DEFAULT_LIMITS, parseLimits } from '../src/limits/policy.ts';
import { parseRateRule, RateLimiter, rateLimitHeaders } from '../src/limits/rate-limit.ts';

const SDL = `
schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query mutation: Mutation }
directive @link(url: String, as: String, for: String, import: [String]) repeatable on SCHEMA
directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
type Query {
  users(first: Int = 20): [User!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
  tags: [String!]!
  search(text: String @cost(weight: 7)): [User!]! @listSize(assumedSize: 3)
  connection(first: Int = 5): UserConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
  report: Report
  node: Node
}
type Mutation { rename(name: String!): User }
interface Node { id: ID! }
type Report @cost(weight: 50) { total: Int }
type User implements Node { id: ID! name: String friends: [User!]! @listSize(assumedSize: 4) score: Int @cost(weight: 2) }
type Place implements Node { id: ID! neighbours: [Place!]! }
type UserConnection { edges: [UserEdge!]! }
type UserEdge { node: User! }
`;
const schema = buildSchema(SDL);
const model: CostModel = { directives: costDirectivesOf(SDL), defaultListSize: 10 };
const op = (text: string) => {
  const document = parse(text);
  return { document, operation: getOperationAST(document)! };
};
const estimate = (text: string, variables?: Record<string, unknown>) => {
  const { document, operation } = op(text);
  return estimateCost(schema, model, document, operation, variables);
};
const measure = (text: string) => {
  const { document, operation } = op(text);
  return measureOperation(schema, document, operation);
};

describe('cost directives', () => {
  it('reads @cost on types, fields and arguments and @listSize by coordinate', () => {
    expect(model.directives.weights.get('Report')).toBe(50);
    expect(model.directives.weights.get('User.score')).toBe(2);
    expect(model.directives.weights.get('Query.search(text:)')).toBe(7);
    expect(model.directives.listSizes.get('Query.connection')).toEqual({ assumedSize: undefined, slicingArguments: ['first'], sizedFields: ['edges'] });
  });

  it('follows a renaming @link', () => {
    const renamed = costDirectivesOf(`schema @link(url: "https://specs.apollo.dev/cost/v0.1", as: "demand", import: [{ name: "@listSize", as: "@size" }]) { query: Q }
      type Q { a: [Int] @size(assumedSize: 2) b: Int @demand(weight: 3) c: Int @cost(weight: 9) }`);
    expect(renamed.listSizes.get('Q.a')?.assumedSize).toBe(2);
    expect(renamed.weights.get('Q.b')).toBe(3);
    expect(renamed.weights.has('Q.c')).toBe(false);
  });
});

describe('estimated cost', () => {
  it('counts objects 1 and scalars 0, lists by their slicing argument, its default, or the default size', () => {
    expect(estimate('{ tags }').cost).toBe(0);
    expect(estimate('{ users { id name } }').cost).toBe(20); // first defaults to 20
    expect(estimate('{ users(first: 3) { id } }').cost).toBe(3);
    expect(estimate('{ users(first: 2) { friends { id } } }').cost).toBe(2 * (1 + 4 * 1));
  });

  it('reads slicing arguments from variables, and says so', () => {
    expect(estimate('query($n: Int) { users(first: $n) { id } }', { n: 7 })).toEqual({ cost: 7, usesVariables: true });
    expect(estimate('query($n: Int = 4) { users(first: $n) { id } }', {})).toEqual({ cost: 4, usesVariables: true });
    expect(estimate('{ users(first: 3) { id } }').usesVariables).toBe(false);
  });

  it('applies @cost weights on fields, types and given arguments, and 10 per mutation', () => {
    expect(estimate('{ report { total } }').cost).toBe(50);
    expect(estimate('{ users(first: 1) { score } }').cost).toBe(1 + 2);
    expect(estimate('{ search(text: "x") { id } }').cost).toBe(7 + 3);
    expect(estimate('mutation { rename(name: "x") { id } }').cost).toBe(11);
  });

  it('moves a connection size to its sized fields', () => {
    expect(estimate('{ connection(first: 10) { edges { node { id } } } }').cost).toBe(1 + 10 * (1 + 1));
    expect(estimate('{ connection { edges { node { friends { id } } } } }').cost).toBe(1 + 5 * (1 + 1 + 4));
  });

  it('counts fragments where spread, and the dearest type condition', () => {
    expect(estimate('{ users(first: 2) { ...F ...F } } fragment F on User { friends { id } }').cost).toBe(2 * (1 + 4 + 4));
    expect(estimate('{ node { ... on User { friends { id } } ... on Place { neighbours { id } } } }').cost).toBe(1 + 10);
  });

  it('stays linear on fragments that double at every level', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on User { id }` : `fragment F${i} on User { a: friends { ...F${i + 1} } b: friends { ...F${i + 1} } }`,
    ).join('\n');
    const cost = estimate(`{ users(first: 1) { ...F0 } } ${fragments}`).cost;
    const sizes = measure(`{ users(first: 1) { ...F0 } } ${fragments}`);
    expect(cost).toBeGreaterThan(1e20);
    expect(sizes.aliases).toBeGreaterThan(1e8);
    expect(sizes.depth).toBe(levels + 1);
    expect(sizes.selections).toBeGreaterThan(1e9);
  });
});

describe('the edge across supergraphs', () => {
  it('reads each supergraph it is given afresh (a registry swap changes the estimate of the same text)', () => {
    const edge = new Edge({ ...DEFAULT_EDGE_SETTINGS, limits: { ...DEFAULT_EDGE_SETTINGS.limits, anonymous: { ...DEFAULT_LIMITS.anonymous, cost: 100 } } }, undefined, createLogger('test'));
    const text = '{ search { id } }';
    edge.useSupergraph(schema, SDL);
    expect(edge.check(text, undefined, undefined, 'anonymous')).toMatchObject({ estimated: 3 });
    const wider = SDL.replace('@listSize(assumedSize: 3)', '@listSize(assumedSize: 300)');
    edge.useSupergraph(buildSchema(wider), wider);
    expect(edge.check(text, undefined, undefined, 'anonymous').error?.extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated: 300, max: 100 } });
  });
});

describe('actual cost', () => {
  it('counts the objects of the answer, lists by their real length, with the same weights', () => {
    const text = '{ users(first: 10) { id score f: friends { id } } report { total } }';
    const { document, operation } = op(text);
    const shape = costShapeOf(schema, model, document, operation);
    const data = { users: [{ id: '1', score: 3, f: [{ id: '2' }, { id: '3' }] }, { id: '2', score: null, f: [] }], report: null };
    // two users (1 each), one score (2; a null costs nothing), two friends
    expect(actualCost(shape, data)).toBe(2 + 2 + 2);
    expect(actualCost(shape, null)).toBe(0);
    expect(actualCost(shape, { users: [], report: { total: 1 } })).toBe(50);
  });
});

describe('size measures', () => {
  it('counts depth, aliases, root fields and distinct fields through fragments', () => {
    expect(measure('{ users { friends { friends { id } } } tags }')).toEqual({ depth: 4, aliases: 0, rootFields: 2, distinctFields: 4, introspectionLists: 0, selections: 5 });
    expect(measure('{ a: users { ...F } b: users { ...F } } fragment F on User { x: id y: id }')).toMatchObject({ aliases: 2 + 4, rootFields: 2, distinctFields: 2 });
    expect(measure('{ __schema { types { fields { type { fields { name } } } } } }')).toMatchObject({ introspectionLists: 3, distinctFields: 0, depth: 0 });
    expect(measure('{ users { __typename } }').depth).toBe(2);
  });

  it('counts the fields selected with every fragment expanded, in linear time', () => {
    expect(measure('{ a: users { ...F } b: users { ...F } } fragment F on User { x: id y: id ... on User { friends { id } } }').selections).toBe(2 * (1 + 4));
    expect(measure('{ __schema { types { name } } }').selections).toBe(3);
    // Leaf fields doubled by fragments, 40 levels: no alias, depth 2, no cost; 2^40 expanded.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => (i === 0 ? 'fragment F0 on User { id }' : `fragment F${i} on User { ...F${i - 1} ...F${i - 1} }`)).join('\n');
    const sizes = measure(`{ users { ...F${levels - 1} } } ${fragments}`);
    expect(sizes).toMatchObject({ depth: 2, aliases: 0, rootFields: 1, distinctFields: 2 });
    expect(sizes.selections).toBe(1 + 2 ** (levels - 1));
  });

  it('survives fragment cycles and unknown fields (validation refuses them afterwards)', () => {
    expect(measure('{ users { ...A } } fragment A on User { friends { ...B } } fragment B on User { friends { ...A } }').depth).toBeGreaterThan(0);
    expect(measure('{ nope { deeper } }').depth).toBe(2);
  });

  it('counts tokens as the parser does, up to a bound', () => {
    expect(countTokens('{ a(b: 1) { c } } # comment')).toBe(11);
    expect(countTokens('{ a b c d e f }', 3)).toBe(4);
  });
});

describe('limits', () => {
  it('reads settings over the defaults and refuses unknown names', () => {
    expect(parseLimits('depth=5, cost=100', DEFAULT_LIMITS.anonymous)).toEqual({ ...DEFAULT_LIMITS.anonymous, depth: 5, cost: 100 });
    expect(() => parseLimits('height=5', DEFAULT_LIMITS.anonymous)).toThrow(/unknown/);
    expect(() => parseLimits('depth=0', DEFAULT_LIMITS.anonymous)).toThrow(/positive/);
  });

  it('are tightest for anonymous callers and bounded for everyone', () => {
    for (const key of Object.keys(DEFAULT_LIMITS.anonymous) as (keyof typeof DEFAULT_LIMITS.anonymous)[]) {
      expect(DEFAULT_LIMITS.anonymous[key]).toBeLessThanOrEqual(DEFAULT_LIMITS.integrator[key]);
      expect(DEFAULT_LIMITS.integrator[key]).toBeLessThanOrEqual(DEFAULT_LIMITS['first-party'][key]);
      expect(Number.isFinite(DEFAULT_LIMITS['first-party'][key])).toBe(true);
    }
  });

  it('refuse with the limit, the maximum and the actual figure', () => {
    const error = checkMeasures('anonymous', { ...DEFAULT_LIMITS.anonymous, depth: 3 }, { depth: 4, aliases: 0, rootFields: 1, distinctFields: 1, introspectionLists: 0, selections: 4 });
    expect(error?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth', max: 3, actual: 4, clientClass: 'anonymous' });
    const wide = checkMeasures('anonymous', DEFAULT_LIMITS.anonymous, { depth: 2, aliases: 0, rootFields: 1, distinctFields: 2, introspectionLists: 0, selections: 2 ** 20 });
    expect(wide?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'selections', max: DEFAULT_LIMITS.anonymous.selections, actual: 2 ** 20 });
    expect(wide?.message).toBe(`The operation selects too many fields (fragments expanded) for anonymous callers: selections ${2 ** 20} > ${DEFAULT_LIMITS.anonymous.selections}.`);
  });
});

describe('rate limits', () => {
  it('reads rules', () => {
    expect(parseRateRule('600/60')).toEqual({ limit: 600, windowSeconds: 60 });
    expect(() => parseRateRule('600')).toThrow();
  });

  it('slide: the previous window weighs by its overlap; refusals say when to retry', async () => {
    let now = 1_000_000 * 60_000; // the start of a window
    const kv = createKeyValueStore(undefined, '');
    const limiter = new RateLimiter(kv, createLogger('test'), () => now);
    const rule = { limit: 4, windowSeconds: 60 };
    const scope = [{ scope: 'address' as const, id: 'a', rule }];
    for (let i = 0; i < 4; i++) expect((await limiter.consume(scope)).allowed).toBe(true);
    const refused = await limiter.consume(scope);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(rateLimitHeaders(refused)['Retry-After']).toBe(String(refused.resetSeconds));
    // 45 s into the next window, a quarter of the previous window's 5 still counts: 1.25.
    now += 105_000;
    const later = await limiter.consume(scope);
    expect(later).toMatchObject({ allowed: true, remaining: 1 });
    // The most constrained of several scopes is reported.
    const both = await limiter.consume([...scope, { scope: 'user', id: 'u', rule: { limit: 100, windowSeconds: 60 } }]);
    expect(both.scope).toBe('address');
    await limiter.close();
    await kv.close();
  });

  it('adds to the shared count in batches far from the limit, on every request near it', async () => {
    let now = 1_000_000 * 60_000;
    const kv = createKeyValueStore(undefined, '');
    let increments = 0;
    const counting = { ...kv, get: (k: string) => kv.get(k), increment: (k: string, ttl: number, by?: number) => (increments++, kv.increment(k, ttl, by)) };
    const limiter = new RateLimiter(counting as typeof kv, createLogger('test'), () => now, 100);
    const far = [{ scope: 'address' as const, id: 'a', rule: { limit: 1_000, windowSeconds: 60 } }];
    for (let i = 0; i < 200; i++) {
      await limiter.consume(far);
      now += 1; // 200 requests in 200 ms
    }
    expect(increments).toBeLessThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 10));
    now += 100;
    await limiter.consume(far);
    await new Promise((r) => setTimeout(r, 10));
    expect(Number(await kv.get(`rl:address:a:60:${Math.floor(now / 60_000)}`))).toBe(201);
    increments = 0;
    const near = [{ scope: 'user' as const, id: 'u', rule: { limit: 10, windowSeconds: 60 } }];
    for (let i = 0; i < 12; i++) await limiter.consume(near);
    expect(increments).toBeGreaterThanOrEqual(12 - 8 + 1);
    expect((await limiter.consume(near)).allowed).toBe(false);
    await kv.close();
  });
});
