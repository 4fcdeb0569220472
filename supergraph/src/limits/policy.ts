import { GraphQLError } from 'graphql';
import type { ClientClass } from '../client-class.ts';
import type { OperationMeasures } from './measure.ts';

/** The bounds one client class's operations must stay within (checked before planning). */
export interface OperationLimits {
  /** Deepest field nesting. */
  depth: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
  /** Fields at the root. */
  rootFields: number;
  /** Distinct `Type.field` coordinates. */
  distinctFields: number;
  /** Lexical tokens of the document (graphql's parser `maxTokens`). */
  tokens: number;
  /** Nesting of list fields inside introspection (the explorer's own query needs 3). */
  introspectionLists: number;
  /**
   * Fields selected, fragments expanded (the explorer's introspection query has 230, the SDK's
   * largest operation under 100). It bounds the work of planning and of shaping each answer: a
   * few hundred tokens of fragments spreading each other twice select millions of leaf fields,
   * within every other limit, and the router spent seconds on one before this bound.
   */
  selections: number;
  /** Estimated demand-control cost (supergraph/src/limits/measure.ts). */
  cost: number;
}

export type LimitName = keyof OperationLimits;

/**
 * Defaults per client class: anonymous callers tightest, integrators bounded, the first-party
 * apps generous but bounded (every operation of the SDK fits; supergraph/test/edge-limits.test.ts
 * checks it). The explorer's introspection query fits every class.
 */
export const DEFAULT_LIMITS: Record<ClientClass, OperationLimits> = {
  anonymous: { depth: 12, aliases: 20, rootFields: 10, distinctFields: 80, tokens: 2_000, introspectionLists: 3, selections: 500, cost: 5_000 },
  integrator: { depth: 15, aliases: 50, rootFields: 20, distinctFields: 200, tokens: 5_000, introspectionLists: 3, selections: 1_000, cost: 20_000 },
  'first-party': { depth: 20, aliases: 100, rootFields: 30, distinctFields: 400, tokens: 15_000, introspectionLists: 3, selections: 5_000, cost: 100_000 },
};

const NAMES: LimitName[] = ['depth', 'aliases', 'rootFields', 'distinctFields', 'tokens', 'introspectionLists', 'selections', 'cost'];

/**
 * Limits from a setting like `depth=10,cost=500` over `base` (names as in OperationLimits;
 * unnamed ones keep their default). Throws on an unknown name or a value that is not a
 * positive integer.
 */
export function parseLimits(spec: string | undefined, base: OperationLimits): OperationLimits {
  const limits = { ...base };
  for (const part of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (!NAMES.includes(name as LimitName)) throw new Error(`unknown operation limit "${name}" (known: ${NAMES.join(', ')})`);
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`operation limit ${name} must be a positive integer, got "${value}"`);
    limits[name as LimitName] = number;
  }
  return limits;
}

/** The refusal of an operation past one of its class's limits: HTTP 400, the figures in `extensions`. */
export function limitExceeded(clientClass: ClientClass, limit: LimitName, max: number, actual: number): GraphQLError {
  const what: Record<LimitName, string> = {
    depth: 'is nested too deeply',
    aliases: 'has too many aliases',
    rootFields: 'has too many root fields',
    distinctFields: 'selects too many distinct fields',
    tokens: 'is too long',
    introspectionLists: 'nests introspection lists too deeply',
    selections: 'selects too many fields (fragments expanded)',
    cost: 'is estimated too expensive',
  };
  return new GraphQLError(`The operation ${what[limit]} for ${clientClass} callers: ${limit} ${actual} > ${max}.`, {
    extensions:
      limit === 'cost'
        ? { code: 'COST_ESTIMATED_TOO_EXPENSIVE', clientClass, cost: { estimated: actual, max }, http: { status: 400 } }
        : { code: 'OPERATION_LIMIT_EXCEEDED', clientClass, limit, max, actual, http: { status: 400 } },
  });
}

/** The first size limit `measures` pass, as a refusal; undefined within limits. */
export function checkMeasures(clientClass: ClientClass, limits: OperationLimits, measures: OperationMeasures): GraphQLError | undefined {
  for (const name of ['depth', 'aliases', 'rootFields', 'distinctFields', 'introspectionLists', 'selections'] as const) {
    if (measures[name] > limits[name]) return limitExceeded(clientClass, name, limits[name], measures[name]);
  }
  return undefined;
}
