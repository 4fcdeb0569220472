// Which plan the router runs: Apollo's (@apollo/query-planner 2.14) or Hive's
// (@graphql-hive/router-query-planner). Plans are prepared once per operation.
//
// Queries are planned by Hive's planner by default (QUERY_PLANNER=hive): its plans send the entity
// fetches of one subgraph that can run together as one request (BatchFetch: one `_entities` alias
// per requires, each with the representations of every path that needs it), where Apollo's send
// one request per path. On Scenario A's query (tools/bench/gateways) that is 7 subgraph requests
// against 16: 1,394-1,418 against 1,131-1,210 requests a second per router core, 1.15-1.17 against
// 1.31-1.40 ms of the machine's CPU a request (tools/bench/README.md, "2026-11-28 22:40-23:58").
// Mutations keep Apollo's plans (their root fields run one after another, and a mutation of ours
// is mostly one fetch: nothing to batch), and so do subscriptions (subscriptions/executor.ts).
// Where Hive's planner cannot plan an operation or cannot load (a native addon: prebuilt for glibc
// Linux and macOS), Apollo's plan is run.
//
// With QUERY_PLANNER=apollo, Apollo's plans are run except where its planner plans wrongly; there
// the router asks Hive's planner and runs its plan instead. Three known defects, each checked once
// per operation:
// - @requires with arguments: a field selected with other arguments than a @requires of the same
//   field, or two @requires of one field with different arguments, become one field in one fetch
//   (`comments(limit: 1)` answered by `comments(limit: 3)`). Hive's planner aliases the conflicting
//   fields in the fetch and renames them back in the representation. Supergraphs with such a
//   @requires are planned by Hive's planner throughout (our own supergraph has none).
// - A key that is not resolvable: an entity fetch whose representation holds no key the target
//   subgraph can resolve (`@key(..., resolvable: false)`), so the subgraph answers null.
// - An operation the planner cannot plan at all gets an empty plan, and the answer is `{a: null}`
//   with no error; Hive's planner refuses it, and the router answers an error.
// Hive's plans are turned into the shape of Apollo's (plus BatchFetch) so one executor runs both.
import type { Supergraph } from '@apollo/federation-internals';
import type { FetchDataRewrite, FetchNode, PlanNode, QueryPlan, QueryPlanner, QueryPlanSelectionNode } from '@apollo/query-planner';
import type * as hive from '@graphql-hive/router-query-planner';
import { createRequire } from 'node:module';

/** Whose plans the router's executor runs for queries (QUERY_PLANNER): see the top of this file. */
export type QueryPlannerChoice = 'hive' | 'apollo';

/** A step of a Flatten path: a field, '@' (every element of a list), or a type condition (Hive's plans). */
export type PathStep = string | { readonly types: readonly string[] };

/** A requires selection as the executor reads it: `from` is where the value is in the data when it differs from the representation's key. */
export type RequiresSelection = QueryPlanSelectionNode & { readonly from?: string };

/** Hive's BatchFetch: one request with several `_entities` aliases, each with its own representations. */
export interface BatchFetchNode {
  readonly kind: 'BatchFetch';
  readonly serviceName: string;
  readonly variableUsages?: string[];
  readonly operation: string;
  readonly operationName?: string;
  readonly entities: readonly {
    readonly alias: string;
    readonly variable: string;
    readonly paths: readonly PathStep[][];
    readonly requires: RequiresSelection[];
    readonly inputRewrites?: FetchDataRewrite[];
    readonly outputRewrites?: FetchDataRewrite[];
  }[];
}

/**
 * Hive's planner is a native addon (prebuilt for glibc Linux and macOS): loaded on first need, so
 * where it cannot load the router still runs, with Apollo's plans only. null: it did not load.
 */
let hiveModule: typeof hive | null | undefined;

function hiveModuleLoaded(): typeof hive | null {
  if (hiveModule === undefined) {
    try {
      hiveModule = createRequire(import.meta.url)('@graphql-hive/router-query-planner') as typeof hive;
    } catch {
      hiveModule = null;
    }
  }
  return hiveModule;
}

/** Hive's planner per Apollo planner (one per supergraph); null when it cannot be built. */
const hivePlanners = new WeakMap<QueryPlanner, hive.QueryPlanner | null>();
/** The plans made by Hive's planner, for the executor's metric. */
const hivePlans = new WeakSet<QueryPlan>();

/** Whether a plan is Hive's (see correctedPlan). */
export const isHivePlan = (plan: QueryPlan): boolean => hivePlans.has(plan);

/** Per Apollo planner: whether its supergraph has a @requires with arguments. */
const requiresWithArguments = new WeakMap<QueryPlanner, boolean>();

const REQUIRES_WITH_ARGUMENTS = /requires: "(?:[^"\\]|\\.)*\(/;

/**
 * The operation to plan: its text, the operation name the request gave (to choose among several),
 * the name of the operation chosen (for its subgraph operations' names), whether it selects fields,
 * and whether Hive's plan is preferred (QUERY_PLANNER=hive, a query).
 */
export interface PlannedOperation {
  query: string;
  operationName: string | undefined;
  documentName: string | undefined;
  selectsFields: boolean;
  preferHive: boolean;
}

/**
 * The plan to run. With `preferHive`, Hive's when its planner can plan the operation, and Apollo's is
 * not built at all: a new query paid both planners before, 7 times Hive's alone over the SDK's
 * queries (2.7 against 0.38 ms each), 2-6 times on larger ones (`npm run bench:planning`,
 * tools/bench/README.md). Otherwise Apollo's, or Hive's
 * where Apollo's is known to be wrong (see above). `undefined` when neither planner can plan the
 * operation (the caller answers an error). `apolloPlan` builds Apollo's plan; what it throws is
 * thrown (the gateway then reports it in its words).
 *
 * Apollo's planner also refuses operations too large to plan (client-mistakes.ts); an operation
 * Hive plans first never meets those checks, and the edge's `selections` limit (fields selected,
 * fragments expanded: by default 5,000 at most, for first-party apps; limits/policy.ts) bounds what
 * reaches either planner instead.
 */
export function chosenPlan(planner: QueryPlanner, supergraphSdl: string, apolloPlan: () => QueryPlan, operation: PlannedOperation): QueryPlan | undefined {
  const { query, operationName, documentName, selectsFields, preferHive } = operation;
  if (preferHive) {
    const first = hivePlan(planner, supergraphSdl, query, operationName, documentName);
    if (first && first !== 'unplannable') return first;
    const plan = apolloPlan();
    // Hive's planner refused it: Apollo's empty plan for an operation that selects fields is no plan.
    return first === 'unplannable' && !plan.node && selectsFields ? undefined : plan;
  }
  const plan = apolloPlan();
  const empty = !plan.node && selectsFields;
  let argumentsInRequires = requiresWithArguments.get(planner);
  if (argumentsInRequires === undefined) requiresWithArguments.set(planner, (argumentsInRequires = REQUIRES_WITH_ARGUMENTS.test(supergraphSdl)));
  if (!argumentsInRequires && !empty && !(plan.node && hasUnresolvableKey(planner.supergraph, plan.node as PlanNode))) return plan;
  const second = hivePlan(planner, supergraphSdl, query, operationName, documentName);
  if (second === 'unplannable') return empty ? undefined : plan;
  return second ?? plan;
}

function hivePlan(planner: QueryPlanner, supergraphSdl: string, query: string, operationName: string | undefined, documentName: string | undefined): QueryPlan | 'unplannable' | undefined {
  let second = hivePlanners.get(planner);
  if (second === undefined) {
    try {
      const loaded = hiveModuleLoaded();
      second = loaded ? new loaded.QueryPlanner(supergraphSdl) : null;
    } catch {
      second = null;
    }
    hivePlanners.set(planner, second);
  }
  if (!second) return undefined;
  let plan: hive.QueryPlan;
  try {
    plan = second.plan(query, operationName ?? null, new Set(), 0);
  } catch {
    return 'unplannable';
  }
  try {
    const names = fetchNames(documentName);
    const converted = { kind: 'QueryPlan', node: plan.node ? fromHive(plan.node, names) : undefined } as QueryPlan;
    hivePlans.add(converted);
    return converted;
  } catch {
    // A node this executor does not run (@defer): Apollo's plan stands.
    return undefined;
  }
}

/**
 * Names for a plan's subgraph operations, as Apollo's planner gives them (`<operation>__<subgraph>__<n>`,
 * n counting the plan's fetches): Hive's are anonymous. Subgraphs log and count operations by name,
 * and two operations of one document (`query One`, `query Two`) then make different calls. None for
 * an anonymous operation, as with Apollo's.
 */
function fetchNames(operationName: string | undefined): ((serviceName: string, operation: string) => NamedOperation) | undefined {
  if (!operationName) return undefined;
  let n = 0;
  return (serviceName, operation) => {
    const name = `${operationName}__${serviceName.replace(/[^_0-9A-Za-z]/g, '_')}__${n++}`;
    // Hive writes a query of no variables in shorthand (`{users{id}}`).
    const named = operation.startsWith('{') ? `query ${name}${operation}` : operation.replace(/^(query|mutation)(?=\s*[({])/, `$1 ${name}`);
    return named === operation ? { operation } : { operation: named, operationName: name };
  };
}

type FetchNames = ReturnType<typeof fetchNames>;
type NamedOperation = { operation: string; operationName?: string };

/** A Hive fetch's operation and its name: Hive's own if it has one, else named by `names`. */
function operationOf(node: { serviceName: string; operation: string; operationName?: string | null }, names: FetchNames): NamedOperation {
  return names && !node.operationName ? names(node.serviceName, node.operation) : { operation: node.operation, operationName: node.operationName ?? undefined };
}

function fromHive(node: hive.PlanNode, names: FetchNames): PlanNode {
  switch (node.kind) {
    case 'Fetch':
      return {
        kind: 'Fetch',
        serviceName: node.serviceName,
        variableUsages: node.variableUsages ?? [],
        operationKind: (node.operationKind ?? 'query') as FetchNode['operationKind'],
        ...operationOf(node, names),
        requires: node.requires?.map(requiresFromHive),
        inputRewrites: node.inputRewrites?.flatMap(rewriteFromHive),
        outputRewrites: node.outputRewrites?.flatMap(rewriteFromHive),
      } as FetchNode;
    case 'BatchFetch':
      return {
        kind: 'BatchFetch',
        serviceName: node.serviceName,
        variableUsages: node.variableUsages ?? [],
        ...operationOf(node, names),
        entities: node.entityBatch.aliases.map((a) => ({
          alias: a.alias,
          variable: a.representationsVariableName,
          paths: a.paths.map(pathFromHive),
          requires: a.requires.map(requiresFromHive),
          inputRewrites: a.inputRewrites?.flatMap(rewriteFromHive),
          outputRewrites: a.outputRewrites?.flatMap(rewriteFromHive),
        })),
      } satisfies BatchFetchNode as unknown as PlanNode;
    case 'Sequence':
    case 'Parallel':
      return { kind: node.kind, nodes: node.nodes.map((n) => fromHive(n, names)) } as PlanNode;
    case 'Flatten':
      return { kind: 'Flatten', path: pathFromHive(node.path), node: fromHive(node.node, names) } as unknown as PlanNode;
    case 'Condition':
      return {
        kind: 'Condition',
        condition: node.condition,
        ifClause: node.ifClause && fromHive(node.ifClause, names),
        elseClause: node.elseClause && fromHive(node.elseClause, names),
      } as PlanNode;
    default:
      throw new Error(`plan node ${node.kind} is not run by the router`);
  }
}

function pathFromHive(path: hive.FlattenNodePathSegment[]): PathStep[] {
  return path.map((s) => (s === '@' ? '@' : 'Field' in s ? s.Field : { types: s.TypeCondition }));
}

/** Hive's requires fields read `name` from the data and write `alias` into the representation. */
function requiresFromHive(s: hive.RequiresSelection): RequiresSelection {
  switch (s.kind) {
    case 'Field':
      return { kind: 'Field', name: s.alias ?? s.name, ...(s.alias ? { from: s.name } : {}), selections: s.selections?.map(requiresFromHive) };
    case 'InlineFragment':
      if (s.skipIf || s.includeIf) throw new Error('conditional requires');
      return { kind: 'InlineFragment', typeCondition: s.typeCondition, selections: s.selections.map(requiresFromHive) };
    default:
      throw new Error('fragment spread in requires');
  }
}

/** Hive's rewrites in Apollo's form (a type condition naming several types becomes one rewrite per type). */
function rewriteFromHive(rewrite: hive.FetchRewrite): FetchDataRewrite[] {
  const [kind, body] = 'kind' in rewrite ? (['ValueSetter', rewrite] as const) : 'ValueSetter' in rewrite ? (['ValueSetter', rewrite.ValueSetter] as const) : (['KeyRenamer', rewrite.KeyRenamer] as const);
  let paths: string[][] = [[]];
  for (const segment of body.path) {
    if ('Key' in segment) paths = paths.map((p) => [...p, segment.Key]);
    else paths = paths.flatMap((p) => segment.TypenameEquals.map((t) => [...p, `... on ${t}`]));
  }
  return paths.map((path) =>
    kind === 'ValueSetter'
      ? { kind, path, setValueTo: (body as hive.ValueSetter).setValueTo }
      : { kind, path, renameKeyTo: (body as hive.KeyRenamer).renameKeyTo },
  );
}

/** A key field set as a tree: field name to its subfields (empty for a leaf). */
type KeyTree = Map<string, KeyTree>;

/** Per supergraph: resolvable keys by subgraph and type. */
const resolvableKeys = new WeakMap<Supergraph, Map<string, KeyTree[] | null>>();

/** Whether an entity fetch's representation carries none of the keys its subgraph can resolve. */
function hasUnresolvableKey(supergraph: Supergraph, node: PlanNode): boolean {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.some((n) => hasUnresolvableKey(supergraph, n));
    case 'Flatten':
      return hasUnresolvableKey(supergraph, node.node);
    case 'Condition':
      return Boolean((node.ifClause && hasUnresolvableKey(supergraph, node.ifClause)) || (node.elseClause && hasUnresolvableKey(supergraph, node.elseClause)));
    case 'Fetch':
      return (node.requires ?? []).some((s) => {
        if (s.kind !== 'InlineFragment' || !s.typeCondition) return false;
        const keys = keysOf(supergraph, node.serviceName, s.typeCondition);
        return keys !== null && !keys.some((key) => covers(s.selections, key));
      });
    default:
      return false;
  }
}

/** Resolvable keys of a type in a subgraph; null when unknown (nothing is then checked). */
function keysOf(supergraph: Supergraph, subgraphName: string, typeName: string): KeyTree[] | null {
  let cache = resolvableKeys.get(supergraph);
  if (!cache) resolvableKeys.set(supergraph, (cache = new Map()));
  const id = `${subgraphName}\u0000${typeName}`;
  let keys = cache.get(id);
  if (keys !== undefined) return keys;
  keys = null;
  try {
    const subgraph = supergraph.subgraphs().get(subgraphName);
    const type = subgraph?.schema.type(typeName);
    if (subgraph && type && 'appliedDirectivesOf' in type) {
      const applied = type.appliedDirectivesOf(subgraph.metadata().keyDirective());
      const parsed = applied.filter((d) => d.arguments().resolvable !== false).map((d) => keyTree(String(d.arguments().fields)));
      keys = parsed.length && parsed.every((k) => k !== null) ? (parsed as KeyTree[]) : null;
    }
  } catch {
    keys = null;
  }
  cache.set(id, keys);
  return keys;
}

/** `id compositeId { two three }` as a tree; null for what this reader does not follow (fragments, arguments). */
function keyTree(fields: string): KeyTree | null {
  const tokens = fields.match(/[A-Za-z_][A-Za-z0-9_]*|[{}]|\S/g) ?? [];
  const stack: KeyTree[] = [new Map()];
  let last: string | undefined;
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token === '{') {
      if (!last) return null;
      const child: KeyTree = new Map();
      top.set(last, child);
      stack.push(child);
      last = undefined;
    } else if (token === '}') {
      if (stack.length === 1) return null;
      stack.pop();
      last = undefined;
    } else if (/^[A-Za-z_]/.test(token)) {
      top.set(token, new Map());
      last = token;
    } else return null;
  }
  return stack.length === 1 ? stack[0]! : null;
}

function covers(selections: readonly QueryPlanSelectionNode[], key: KeyTree): boolean {
  for (const [name, sub] of key) {
    const field = selections.find((s) => s.kind === 'Field' && s.name === name);
    if (!field || field.kind !== 'Field') return false;
    if (sub.size && !covers(field.selections ?? [], sub)) return false;
  }
  return true;
}
