// The router's executor for queries and mutations: the gateway's query planner makes the plan,
// this runs it. @apollo/gateway's own executor rebuilds the operation's federation-internals form
// for every request, walks it to shape the answer, builds usage-reporting trace nodes, and sends
// each entity once per occurrence; under the benchmark's load those were half of the router's
// CPU (tools/bench/README.md, gateways). This one compiles plan and answer shape once per
// operation, sends each distinct entity representation once per fetch (as Apollo Router does),
// and keeps the gateway's semantics: the same requests to subgraphs, the same merging, the same
// errors and their paths, the same null propagation.
//
// What it does not run (introspection, @defer, a subscription over HTTP, a data source of
// another kind) goes to the gateway's executor unchanged.
import type { ApolloGateway } from '@apollo/gateway';
import { applyRewrites, isObjectOfType } from '@apollo/gateway/dist/dataRewrites.js';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { ConditionNode, FetchNode, FlattenNode, PlanNode, QueryPlan, QueryPlanner, SequenceNode } from '@apollo/query-planner';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { Counter } from 'prom-client';
import { GraphQLError, getVariableValues, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../context.ts';
import { forwardedHeaders, ForwardingDataSource, SubgraphUnavailableError, type SubgraphCaller, type SubgraphResponse } from '../data-source.ts';
import { withAnswerJson } from './answer-json.ts';
import { compileOperation, shapeResult, type OperationShape } from './shape.ts';
import { fetchAnswer, merge, type FetchAnswer, type Merger } from './fetch-answer.ts';
import { collectorOf, keyFields as compiledKeyFields, own, positionsAt, type KeyFields, type Position } from './paths.ts';
import { atSecondUse, type Uses } from './second-use.ts';
import { internalsOf, type GatewayInternals } from '../gateway-internals.ts';
import { chosenPlan, isHivePlan, type BatchFetchNode, type PathStep, type QueryPlannerChoice, type RequiresSelection } from './second-planner.ts';

/** An operation ready to run: its plan and the shape of its answer, or why the gateway runs it. */
type Prepared = { plan: QueryPlan; shape: OperationShape; apiSchema: GraphQLSchema; supergraphSchema: GraphQLSchema; unplannable?: true } | { fallback: string };

type Data = Record<string, unknown>;
type Path = Position;

interface Run {
  readonly prepared: Extract<Prepared, { plan: QueryPlan }>;
  readonly variables: Record<string, unknown>;
  readonly context: RouterContext;
  readonly clients: Map<string, SubgraphCaller>;
  readonly errors: GraphQLError[];
  readonly root: Data;
  /** Whether an object is of one of these types (a type condition of a Flatten path). */
  readonly ofTypes: (value: Data, types: readonly string[]) => boolean;
  headers?: Record<string, string>;
}

const MAX_PREPARED = 2_000;

const executed = new Counter({
  name: 'router_operations_executed_total',
  help: "Operations by who ran their plan: the router's executor (reason \"Hive's plan\" where Apollo's planner is wrong), or the gateway's (reason: why)",
  labelNames: ['executor', 'reason'],
});

const joined = new Counter({
  name: 'router_operations_joined_total',
  help: 'Query operations that joined an identical one already in flight (same operation, variables, credentials, client and site, same supergraph) instead of running their plan again',
});

/** A query operation's execution in flight, joined by identical ones (`PlanExecutor.shared`). */
interface InFlight {
  /** The subgraphs' clients it calls: a request given other clients runs its own execution. */
  readonly clients: Map<string, SubgraphCaller>;
  readonly result: Promise<ExecutionResult>;
  /** Requests that joined it. */
  joined: number;
}

/**
 * The `data` of executions several requests shared, and the JSON of an answer that is that data
 * alone, once made (`stringifySharedOnce`). Weak: gone with the answers.
 */
const sharedData = new WeakMap<object, string | Buffer | undefined>();

/**
 * Apollo Server's `stringifyResult`, serialising a shared execution's answer once for all its
 * requests: only an answer of `data` alone (no errors, no extensions: what each request formats
 * or adds on its own differs from one to the next), whose `data` is a shared execution's, which
 * nothing changes after the executor. Anything else is `stringify`'s, every time.
 */
export function stringifySharedOnce<Text extends string | Buffer>(stringify: (value: unknown) => Text): (value: unknown) => Text {
  return (value) => {
    const result = value as Record<string, unknown>;
    const data = result.data;
    if (data === null || typeof data !== 'object' || !sharedData.has(data)) return stringify(value);
    for (const key in result) if (key !== 'data' && result[key] !== undefined) return stringify(value);
    let json = sharedData.get(data) as Text | undefined;
    if (json === undefined) sharedData.set(data, (json = stringify({ data })));
    return json;
  };
}

export class PlanExecutor {
  /** Per planner: a new supergraph (live swap) brings a new planner, and operations are prepared again. */
  private readonly prepared = new WeakMap<QueryPlanner, Map<string, Prepared>>();
  /** The subgraphs' clients, with the data sources they were taken from (see clientsOf). */
  private clients?: { sources: Map<string, unknown>; callers: Map<string, SubgraphCaller> };
  /**
   * Query executions in flight, per prepared operation (so per planner and document: a request
   * never joins an execution planned on a supergraph swapped out since), by `sharingKey`.
   */
  private readonly inFlight = new WeakMap<Prepared, Map<string, InFlight>>();

  /**
   * `share`: identical query operations in flight share one execution (QUERY_SHARING). `planner`:
   * whose plans queries run, Hive's where it can plan them or Apollo's (QUERY_PLANNER, second-planner.ts).
   */
  constructor(
    private readonly gateway: ApolloGateway,
    private readonly share = true,
    private readonly planner: QueryPlannerChoice = 'hive',
  ) {}

  private get internals(): GatewayInternals {
    return internalsOf(this.gateway);
  }

  /** Apollo Server's executor: runs what it can, hands the rest to the gateway's. */
  executor(fallback: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const prepared = this.prepare(requestContext);
      const clients = this.clientsOf();
      if ('fallback' in prepared || !clients) {
        executed.inc({ executor: 'gateway', reason: 'fallback' in prepared ? prepared.fallback : 'data sources' });
        return fallback(requestContext);
      }
      executed.inc({ executor: 'router', reason: isHivePlan(prepared.plan) ? "Hive's plan" : '' });
      if (this.share && prepared.shape.kind === 'query') return this.shared(requestContext, prepared, clients);
      return this.execute(requestContext, prepared, clients);
    };
  }

  /**
   * A query's execution, shared with identical queries in flight: the operation-level counterpart
   * of the subgraph calls' deduplication (data-source.ts). Fifty identical queries in flight
   * already share every subgraph call, yet each would parse the answers, merge, shape and collect
   * garbage on its own; here they wait for one execution and each gets its result. Everything
   * else stays per request (Apollo Server's pipeline runs before and after this: limits, rate
   * limits, safelist, authorization, metrics, logs, error formatting, headers). Only in flight:
   * once settled, the next identical query runs anew. Mutations never share (each must act).
   *
   * Each caller gets its own result object (Apollo Server spreads it, the edge replaces its
   * `extensions`); `data` and the GraphQLErrors are the same objects for all: nothing after the
   * executor changes them (Apollo Server formats errors into new objects, plugins read `data`).
   * An answer that is that `data` alone is serialised once for all (`stringifySharedOnce`).
   */
  private async shared(requestContext: GatewayGraphQLRequestContext, prepared: Extract<Prepared, { plan: QueryPlan }>, clients: Map<string, SubgraphCaller>): Promise<ExecutionResult> {
    let pending = this.inFlight.get(prepared);
    if (!pending) this.inFlight.set(prepared, (pending = new Map()));
    const key = sharingKey(requestContext.context as RouterContext, requestContext.request.variables);
    const running = pending.get(key);
    let result: ExecutionResult;
    if (running && running.clients === clients) {
      joined.inc();
      running.joined++;
      result = await running.result;
    } else {
      const started = this.execute(requestContext, prepared, clients);
      const entry: InFlight = { clients, result: started, joined: 0 };
      pending.set(key, entry);
      try {
        result = await started;
      } finally {
        // Only this execution's entry: a newer one (other clients) may hold the key now.
        if (pending.get(key) === entry) pending.delete(key);
      }
      if (entry.joined > 0 && result.data) sharedData.set(result.data, undefined);
    }
    return result.extensions ? { ...result, extensions: { ...result.extensions } } : { ...result };
  }

  private prepare(requestContext: GatewayGraphQLRequestContext): Prepared {
    const { apiSchema, queryPlanner, schema, supergraphSchema } = this.internals;
    if (!apiSchema || !queryPlanner || !schema || !supergraphSchema) return { fallback: 'not loaded' };
    let cache = this.prepared.get(queryPlanner);
    if (!cache) this.prepared.set(queryPlanner, (cache = new Map()));
    const operationName = requestContext.request.operationName ?? undefined;
    const key = `${requestContext.queryHash}\n${operationName ?? ''}`;
    let prepared = cache.get(key);
    if (prepared) {
      // Most recently used last, so the oldest is dropped first.
      cache.delete(key);
      cache.set(key, prepared);
      return prepared;
    }
    prepared = prepareOperation(requestContext, operationName, apiSchema, queryPlanner, schema, supergraphSchema, (this.gateway as unknown as { supergraphSdl?: string }).supergraphSdl, this.planner);
    if (cache.size >= MAX_PREPARED) cache.delete(cache.keys().next().value!);
    cache.set(key, prepared);
    return prepared;
  }

  /** Each subgraph's client, from the gateway's data sources (rebuilt with each supergraph). */
  /**
   * The subgraphs' clients, taken from the gateway's data sources. @apollo/gateway updates its
   * service map in place on a live swap (a subgraph added, one whose routing URL changed given a new
   * data source, the others kept), so the clients are checked against the data sources themselves,
   * a dozen identity checks per request, not cached by the map object: a subgraph a new supergraph
   * added was otherwise unknown to this executor (an internal error) and a moved one called at its
   * old URL.
   */
  private clientsOf(): Map<string, SubgraphCaller> | undefined {
    const { serviceMap } = this.internals;
    const cached = this.clients;
    if (cached && sameSources(cached.sources, serviceMap)) return cached.callers;
    const sources = new Map<string, unknown>();
    const callers = new Map<string, SubgraphCaller>();
    for (const [name, { dataSource }] of Object.entries(serviceMap)) {
      if (!(dataSource instanceof ForwardingDataSource)) return undefined;
      sources.set(name, dataSource);
      callers.set(name, dataSource.client);
    }
    this.clients = { sources, callers };
    return callers;
  }

  private async execute(requestContext: GatewayGraphQLRequestContext, prepared: Extract<Prepared, { plan: QueryPlan }>, clients: Map<string, SubgraphCaller>): Promise<ExecutionResult> {
    const variables = requestContext.request.variables ?? {};
    // As the gateway does: variables are checked against the operation before anything is sent.
    if (prepared.shape.definition.variableDefinitions?.length) {
      const { errors } = getVariableValues(prepared.apiSchema, prepared.shape.definition.variableDefinitions, variables);
      if (errors?.length) return { errors };
    }
    if (prepared.unplannable) return { data: null, errors: [new GraphQLError('The supergraph cannot resolve this operation: it has no query plan', { extensions: { code: 'QUERY_PLANNING_FAILED' } })] };
    const schema = prepared.supergraphSchema;
    const ofTypesOf = (value: Data, types: readonly string[]) => types.some((t) => isObjectOfType(schema, value, t));
    const run: Run = { prepared, variables, context: requestContext.context as RouterContext, clients, errors: [], root: {}, ofTypes: ofTypesOf };
    if (prepared.plan.node) await executeNode(run, prepared.plan.node as PlanNode, run.root, []);
    try {
      const { data, errors, compiled } = shapeResult(prepared.apiSchema, prepared.shape, variables, run.root);
      // Data the compiled shaper made is written by code compiled for it (answer-json.ts `stringifyAnswers`).
      if (compiled && data) withAnswerJson(prepared.shape, data);
      // A subgraph's null where the schema promises a value is a field error (GraphQL spec, "Handling Field
      // Errors"): it goes to `errors` with its path. @apollo/gateway put these in `extensions.valueCompletion`
      // when no subgraph erred, so a client could get `data: null` with no error at all. When a subgraph
      // erred, its errors stand for the nulls they caused (as the gateway answers).
      if (run.errors.length === 0 && errors.length > 0) return { errors, data };
      return run.errors.length === 0 ? { data } : { errors: run.errors, data };
    } catch (error) {
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error })] };
    }
  }
}

/** Whether the service map holds exactly these data sources (the same names, the same objects). */
function sameSources(sources: Map<string, unknown>, serviceMap: Record<string, { dataSource: unknown }>): boolean {
  let count = 0;
  for (const name in serviceMap) {
    if (sources.get(name) !== serviceMap[name]!.dataSource) return false;
    count++;
  }
  return count === sources.size;
}

/**
 * What, besides the prepared operation, can change a query's subgraph calls or its answer: its
 * variables, the credentials and site the subgraphs are told of (forwardedHeaders), and the
 * client's class and API key. Not the request id or traceparent, which only correlate logs and
 * spans, nor the client's address and user agent, which subgraphs record but do not answer by:
 * joined requests' subgraph calls carry the first one's, as deduplicated subgraph calls
 * (data-source.ts: same text, variables and token) already do. So anonymous players asking for
 * the same map box at once share one execution, whoever they are. Variables as JSON: the same
 * values in another key order make another execution, never a wrong one.
 */
function sharingKey(context: RouterContext, variables: Record<string, unknown> | undefined): string {
  return JSON.stringify([
    context.authorization ?? null,
    context.apiKey?.id ?? null,
    context.clientClass ?? null,
    context.viewer?.kind ?? null,
    context.site?.id ?? null,
    variables ?? null,
  ]);
}

function prepareOperation(
  requestContext: GatewayGraphQLRequestContext,
  operationName: string | undefined,
  apiSchema: Schema,
  queryPlanner: QueryPlanner,
  schema: GraphQLSchema,
  supergraphSchema: GraphQLSchema,
  supergraphSdl: string | undefined,
  planner: QueryPlannerChoice,
): Prepared {
  const document = requestContext.document;
  if (!document) return { fallback: 'no document' };
  let shape: OperationShape | undefined;
  try {
    shape = compileOperation(schema, document, operationName);
  } catch {
    return { fallback: 'operation not compiled' };
  }
  if (!shape) return { fallback: 'operation not found' };
  if (shape.kind === 'subscription') return { fallback: 'subscription over HTTP' };
  if (shape.introspection) return { fallback: 'introspection' };
  if (shape.unsafeKey) return { fallback: 'unsafe response key' };
  // Apollo's plan, built once and only where it is needed (second-planner.ts's chosenPlan).
  let apollo: QueryPlan | undefined;
  const apolloPlan = () => (apollo ??= queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName })));
  const query = requestContext.source ?? requestContext.request.query;
  let plan: QueryPlan | undefined;
  try {
    plan =
      supergraphSdl && query
        ? chosenPlan(queryPlanner, supergraphSdl, apolloPlan, {
            query,
            operationName,
            // The operation the shape was compiled for (compileOperation chose it by the request's name).
            documentName: shape.definition.name?.value,
            selectsFields: selectsFields(shape.selections),
            // Hive's planner plans @defer and @stream away (the answer would come whole); Apollo's plans them, and the gateway runs those.
            preferHive: planner === 'hive' && shape.kind === 'query' && !INCREMENTAL.test(query),
          })
        : apolloPlan();
  } catch {
    // Planning errors are the gateway's to report, in its words.
    return { fallback: 'not planned' };
  }
  if (!plan) return { plan: apollo!, shape, apiSchema: schema, supergraphSchema, unplannable: true };
  if (plan.node && !runnable(plan.node as PlanNode)) return { fallback: '@defer' };
  return { plan, shape, apiSchema: schema, supergraphSchema };
}

/** A document that may ask for incremental delivery (a text match: at worst Apollo's planner plans it). */
const INCREMENTAL = /@(defer|stream)\b/;

function runnable(node: PlanNode): boolean {
  switch (node.kind as PlanNode['kind'] | 'BatchFetch') {
    case 'BatchFetch':
      return true;
    case 'Fetch':
      return !(node as FetchNode).hasDefers;
    case 'Sequence':
    case 'Parallel':
      return (node as SequenceNode).nodes.every(runnable);
    case 'Flatten':
      return runnable((node as FlattenNode).node);
    case 'Condition': {
      const { ifClause, elseClause } = node as ConditionNode;
      return (!ifClause || runnable(ifClause)) && (!elseClause || runnable(elseClause));
    }
    default:
      return false;
  }
}

/** Whether an operation selects a field other than `__typename` unconditionally (an empty plan cannot answer it). */
function selectsFields(selections: OperationShape['selections']): boolean {
  return selections.some((s) => s.skip === undefined && s.include === undefined && (s.field ? !s.typename : selectsFields(s.selections)));
}

/** `data` is an object (the root) or the objects a Flatten path led to; `path` is where they are. */
async function executeNode(run: Run, node: PlanNode | BatchFetchNode, data: Data | Data[], path: Path): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(run, child, data, path);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(run, child, data, path)));
      return;
    case 'Flatten': {
      const found: Data[] = [];
      const steps = node.path as unknown as PathStep[];
      collectorOf(steps)(data, found, run.ofTypes);
      if (found.length) await executeNode(run, node.node, found, (path as PathStep[]).concat(steps) as Path);
      return;
    }
    case 'BatchFetch':
      try {
        await executeBatchFetch(run, node);
      } catch (error) {
        run.errors.push(error as GraphQLError);
      }
      return;
    case 'Fetch':
      try {
        await executeFetch(run, node, Array.isArray(data) ? data : [data], path);
      } catch (error) {
        run.errors.push(error as GraphQLError);
      }
      return;
    case 'Condition': {
      const value = run.variables[node.condition] ?? run.prepared.shape.defaults[node.condition];
      const branch = value ? node.ifClause : node.elseClause;
      if (branch) await executeNode(run, branch, data, path);
      return;
    }
    default:
      throw new Error(`plan node ${(node as PlanNode).kind} is not run here`);
  }
}

async function executeFetch(run: Run, fetch: FetchNode, entities: Data[], path: Path): Promise<void> {
  if (entities.length === 0) return;
  const client = run.clients.get(fetch.serviceName);
  if (!client) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const variables: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) {
    if (Object.hasOwn(run.variables, name) && run.variables[name] !== undefined) variables[name] = run.variables[name];
  }
  const schema = run.prepared.supergraphSchema;
  const code = answerCode(fetch);
  if (!fetch.requires) {
    const data = await send(run, client, fetch, variables, path, undefined, code);
    if (!data) return;
    applyRewrites(schema, fetch.outputRewrites, data);
    const mergeData = mergerOf(code, fetch.outputRewrites, undefined);
    for (let i = 0; i < entities.length; i++) mergeData(entities[i]!, data, i > 0);
    return;
  }
  // Each distinct representation is sent once; its answer is merged into every entity that has it.
  const distinct = new Representations();
  const representations = distinct.list;
  // Plain arrays of small integers, not typed arrays: a typed array of more than 64 bytes is an
  // ArrayBuffer outside the heap, made and freed per fetch (0.4 % of the router on Scenario A).
  const slot: number[] = new Array(entities.length).fill(-1);
  for (let e = 0; e < entities.length; e++) {
    const index = distinct.indexOf(schema, entities[e]!, fetch.requires as RequiresSelection[], fetch.inputRewrites);
    if (index !== undefined) slot[e] = index;
  }
  if (!representations.length) return;
  if (Object.hasOwn(variables, 'representations')) throw new Error('Variables cannot contain key "representations"');
  variables.representations = representations;
  // Where each entity is, worked out once and only if the subgraph reports errors.
  let paths: Path[] | undefined;
  const data = await send(
    run,
    client,
    fetch,
    variables,
    path,
    (errorPath) => {
      if (typeof errorPath[1] !== 'number') return undefined;
      if (!paths) positionsAt(run.root, path as PathStep[], run.ofTypes, (paths = []));
      const e = slot.indexOf(errorPath[1]);
      return [...((e >= 0 ? paths[e] : undefined) ?? []), ...errorPath.slice(2)];
    },
    code,
  );
  if (!data) return;
  const received = data._entities;
  if (!Array.isArray(received)) throw new Error('Expected "data._entities" in response to be an array');
  if (received.length !== representations.length) throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  const used: number[] = new Array(representations.length).fill(0);
  const mergeEntity = mergerOf(code, fetch.outputRewrites, '_entities');
  for (let e = 0; e < entities.length; e++) {
    const index = slot[e]!;
    if (index < 0) continue;
    const entity = entities[e]!;
    const answer = received[index] as Data | null;
    if (!used[index]) {
      if (answer && !answer.__typename) answer.__typename = entity.__typename;
      if (answer) applyRewrites(schema, fetch.outputRewrites, answer);
    }
    mergeEntity(entity, answer, used[index] === 1);
    used[index] = 1;
  }
}

/** Hive's BatchFetch: several `_entities` aliases in one request, each with its own paths and representations. */
async function executeBatchFetch(run: Run, fetch: BatchFetchNode): Promise<void> {
  const client = run.clients.get(fetch.serviceName);
  if (!client) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const variables: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) {
    if (Object.hasOwn(run.variables, name) && run.variables[name] !== undefined) variables[name] = run.variables[name];
  }
  const schema = run.prepared.supergraphSchema;
  const byVariable = new Map<string, Representations>();
  const groups = fetch.entities.map((entry) => {
    const entities: Data[] = [];
    for (const path of entry.paths) collectorOf(path)(run.root, entities, run.ofTypes);
    let batch = byVariable.get(entry.variable);
    if (!batch) byVariable.set(entry.variable, (batch = new Representations()));
    const slot: number[] = new Array(entities.length).fill(-1);
    for (let e = 0; e < entities.length; e++) {
      const index = batch.indexOf(schema, entities[e]!, entry.requires, entry.inputRewrites);
      if (index !== undefined) slot[e] = index;
    }
    return { entry, entities, slot };
  });
  if (![...byVariable.values()].some((b) => b.list.length)) return;
  for (const [name, batch] of byVariable) variables[name] = batch.list;
  const code = answerCode(fetch);
  const data = await send(
    run,
    client,
    fetch,
    variables,
    [],
    (errorPath) => {
      const group = groups.find((g) => g.entry.alias === errorPath[0]);
      if (!group || typeof errorPath[1] !== 'number') return undefined;
      const e = group.slot.indexOf(errorPath[1]);
      if (e < 0) return undefined;
      const paths: Path[] = [];
      for (const path of group.entry.paths) positionsAt(run.root, path, run.ofTypes, paths);
      return [...(paths[e] ?? []), ...errorPath.slice(2)];
    },
    code,
  );
  if (!data) return;
  for (const { entry, entities, slot } of groups) {
    const received = data[entry.alias];
    if (received === undefined || received === null) continue;
    if (!Array.isArray(received)) throw new Error(`Expected "data.${entry.alias}" in response to be an array`);
    const mergeEntity = mergerOf(code, entry.outputRewrites, entry.alias);
    const used: number[] = new Array(received.length).fill(0);
    for (let e = 0; e < entities.length; e++) {
      const index = slot[e]!;
      if (index < 0) continue;
      const entity = entities[e]!;
      const answer = received[index] as Data | null;
      if (!used[index]) {
        if (answer && !answer.__typename) answer.__typename = entity.__typename;
        if (answer) applyRewrites(schema, entry.outputRewrites, answer);
      }
      mergeEntity(entity, answer, used[index] === 1);
      used[index] = 1;
    }
  }
}

/**
 * The distinct representations of one fetch (or of one BatchFetch variable), in the order sent.
 * The usual representation (fields of scalars, under type conditions) is looked up from the entity
 * itself in a trie of the values `select` would assign, and only built when new: in a deep query
 * most entities repeat (every review's author is one of a few users), and no key string or
 * representation is allocated for a repeat. Others are built and keyed by `representationKey`.
 */
class Representations {
  readonly list: Data[] = [];
  private readonly flat: Trie = new Map();
  private readonly keyed = new Map<string, number>();
  /** The last requires asked for, and its key fields (looked up once per fetch, not per entity). */
  private requires?: readonly RequiresSelection[];
  private usual?: KeyFields | null;
  /** For a usual key of one field: the index of each value's representation (the trie's path in one lookup). */
  private readonly byValue = new Map<unknown, number>();

  /** Where the entity's representation is in `list` (added when new); undefined: it has none (a field missing, no `__typename`). */
  indexOf(schema: GraphQLSchema, entity: Data, requires: readonly RequiresSelection[], inputRewrites: FetchNode['inputRewrites']): number | undefined {
    // The usual key (scalar fields under the entity's own type) of a representation already sent:
    // the trie's path read straight from the entity, as `walk` would follow it.
    if (this.requires !== requires) {
      this.requires = requires;
      this.usual = keyFieldsOf(requires);
      this.byValue.clear();
    }
    const usual = this.usual!;
    const isUsual = usual !== null && entity.__typename === usual.typeCondition;
    // A key of one field besides `__typename` (the usual `@key`): its value alone, in one map.
    const value = isUsual && usual.value ? usual.value(entity) : undefined;
    if (value !== undefined) {
      const known = this.byValue.get(value);
      if (known !== undefined) return known;
    } else if (isUsual) {
      const known = usual.find(this.flat, entity);
      if (known !== undefined) return known;
    }
    const flatness = flatnessOf(schema, entity, requires);
    if (flatness === MISSING) return undefined;
    // Not found above: nor on the trie's path, which `find` (or the entities with this value) would have followed.
    if (flatness === FLAT && !isUsual) {
      const known = walk(schema, entity, requires, this.flat, false)?.get(END) as number | undefined;
      if (known !== undefined) return known;
    }
    const representation = select(schema, entity, requires);
    if (!representation || !representation.__typename) return undefined;
    applyRewrites(schema, inputRewrites, representation);
    const node = flatness === FLAT ? walk(schema, entity, requires, this.flat, true)! : undefined;
    const key = node ? undefined : representationKey(representation);
    let index = (node ? node.get(END) : this.keyed.get(key!)) as number | undefined;
    if (index === undefined) {
      index = this.list.length;
      this.list.push(representation);
      if (node) node.set(END, index);
      else this.keyed.set(key!, index);
    }
    if (value !== undefined) this.byValue.set(value, index);
    return index;
  }
}

/** Each requires' KeyFields (paths.ts): one type condition's scalar fields, or null. */
const keyFields = new WeakMap<readonly RequiresSelection[], KeyFields | null>();

function keyFieldsOf(requires: readonly RequiresSelection[]): KeyFields | null {
  let key = keyFields.get(requires);
  if (key !== undefined) return key;
  key = null;
  const only = requires.length === 1 ? requires[0]! : undefined;
  if (only?.kind === 'InlineFragment' && only.typeCondition && only.selections.every((s) => s.kind === 'Field' && !s.selections)) {
    const fields = only.selections as (RequiresSelection & { kind: 'Field' })[];
    const names = fields.map((f) => f.alias ?? f.name);
    key = compiledKeyFields(only.typeCondition, names, fields.map((f, i) => f.from ?? names[i]!), END);
  }
  keyFields.set(requires, key);
  return key;
}

/** Field name → value → field name → …; END holds the index of the representation whose assignments led there. */
type Trie = Map<unknown, unknown>;
const END = Symbol('representation');
const FLAT = 0;
const MISSING = 1;
const NOT_FLAT = 2;

/** Whether `select` would assign scalars only (FLAT), give null (MISSING: a field missing), or assign a list or object (NOT_FLAT). */
function flatnessOf(schema: GraphQLSchema, source: Data, selections: readonly RequiresSelection[]): number {
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      if (selection.selections) return NOT_FLAT;
      const value = own(source, selection.from ?? selection.alias ?? selection.name);
      if (value === undefined) return MISSING;
      if (value !== null && typeof value === 'object') return NOT_FLAT;
    } else if (selection.typeCondition && isObjectOfType(schema, source, selection.typeCondition)) {
      // A type condition's part with a field missing is left out whole (`select` merges its null).
      if (flatnessOf(schema, source, selection.selections as RequiresSelection[]) === NOT_FLAT) return NOT_FLAT;
    }
  }
  return FLAT;
}

/** Follows (or with `create` makes) the trie path of `select`'s assignments, in its order, for a FLAT source; undefined: not there. */
function walk(schema: GraphQLSchema, source: Data, selections: readonly RequiresSelection[], node: Trie, create: boolean): Trie | undefined {
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const value = own(source, selection.from ?? name);
      let values = node.get(name) as Trie | undefined;
      if (!values) {
        if (!create) return undefined;
        node.set(name, (values = new Map()));
      }
      let next = values.get(value) as Trie | undefined;
      if (!next) {
        if (!create) return undefined;
        values.set(value, (next = new Map()));
      }
      node = next;
    } else if (selection.typeCondition && isObjectOfType(schema, source, selection.typeCondition)) {
      const part = selection.selections as RequiresSelection[];
      if (flatnessOf(schema, source, part) !== FLAT) continue;
      const next = walk(schema, source, part, node, create);
      if (!next) return undefined;
      node = next;
    }
  }
  return node;
}

/**
 * A representation's identity, for sending each distinct one once: JSON for nested ones, and for
 * the usual flat ones (a typename and key fields) the values with their lengths (injective, and
 * cheaper than JSON for the hundreds of entities of a deep query).
 */
function representationKey(representation: Data): string {
  let key = '';
  for (const name in representation) {
    const value = representation[name];
    if (typeof value === 'string') key += `${name}\u0000${value.length}:${value}`;
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) key += `${name}\u0001${String(value)}\u0001`;
    else return JSON.stringify(representation);
  }
  return key;
}

/** The `requires` selection of an entity (its representation), or null when a field is missing. */
function select(schema: GraphQLSchema, source: Data | null, selections: readonly RequiresSelection[]): Data | null {
  if (source === null) return null;
  const result: Data = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const key = selection.alias ?? selection.name;
      const value = own(source, selection.from ?? key);
      if (value === undefined) return null;
      if (Array.isArray(value)) result[key] = value.map((v) => (selection.selections ? select(schema, v as Data, selection.selections) : v));
      else if (selection.selections) result[key] = select(schema, value as Data, selection.selections);
      else result[key] = value;
    } else if (selection.typeCondition && isObjectOfType(schema, source, selection.typeCondition)) {
      merge(result, select(schema, source, selection.selections), false);
    }
  }
  return result;
}

/** Each fetch's `"query":…,"operationName":…` JSON, escaped once (a plan's operations are long strings, sent often). */
const encodedOperations = new WeakMap<FetchNode | BatchFetchNode, { query: string; operationName: string }>();

function requestBody(fetch: FetchNode | BatchFetchNode, variables: Record<string, unknown>): string {
  let encoded = encodedOperations.get(fetch);
  if (!encoded) {
    encoded = { query: JSON.stringify(fetch.operation), operationName: fetch.operationName === undefined ? '' : `,"operationName":${JSON.stringify(fetch.operationName)}` };
    encodedOperations.set(fetch, encoded);
  }
  // The same text as JSON.stringify({ query, variables, operationName }), as the gateway sends it.
  return `{"query":${encoded.query},"variables":${JSON.stringify(variables)}${encoded.operationName}}`;
}

/** One request to a subgraph, with the gateway's error handling; returns its `data`. */
async function send(
  run: Run,
  client: SubgraphCaller,
  fetch: FetchNode | BatchFetchNode,
  variables: Record<string, unknown>,
  path: Path,
  hydrate: ((errorPath: Path) => Path | undefined) | undefined,
  code: FetchAnswer | undefined,
): Promise<Data | undefined> {
  run.headers ??= forwardedHeaders(run.context);
  const body = requestBody(fetch, variables);
  let response: SubgraphResponse;
  try {
    response = await client.post(run.headers, body);
  } catch (error) {
    // A subgraph that is down leaves a gap: the error says where (the first entity's place, or the fetch's root fields).
    if (error instanceof SubgraphUnavailableError) throw error.at(gapPath(fetch, hydrate));
    throw error;
  }
  if (!response.ok) throw await errorFromResponse(response);
  const parsed = await parseBody(response, code?.copy);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
  const { data, errors } = parsed as { data?: Data | null; errors?: SubgraphError[] };
  if (errors) {
    for (const error of errors) {
      const errorPath = error.path;
      const hydrated = (hydrate && errorPath && hydrate(errorPath)) || (errorPath ? [...path.filter((p) => typeof p !== 'object'), ...errorPath] : undefined);
      run.errors.push(downstreamError(error, fetch.serviceName, hydrated));
    }
  }
  return data ?? undefined;
}

/**
 * Where a fetch that could not be made leaves a gap: its first field, under the first entity's
 * place for an entity fetch (`["me", "wallet"]`), at the root otherwise (`["me"]`).
 */
function gapPath(fetch: FetchNode | BatchFetchNode, hydrate: ((errorPath: Path) => Path | undefined) | undefined): Path | undefined {
  if (!hydrate) {
    const key = firstResponseKey(fetch.operation, 1);
    return key ? [key] : undefined;
  }
  const entity = hydrate(['_entities', 0]);
  const key = firstResponseKey(fetch.operation, 3); // { _entities(…) { ... on Type { key
  return entity && key ? [...entity, key] : entity;
}

/** The first response key (alias or field name) selected at brace depth `depth` of an operation's text. */
function firstResponseKey(text: string, depth: number): string | undefined {
  let braces = 0;
  let parens = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (parens > 0) continue;
    else if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (braces === depth && /[_A-Za-z]/.test(c)) {
      const name = /^[_A-Za-z]\w*/.exec(text.slice(i))![0];
      const spread = text[i - 1] === '.';
      i += name.length - 1;
      if (name === 'on') i = text.indexOf('{', i) - 1; // `... on Type {`: the type is no key
      else if (!spread && name !== '__typename') return name;
    }
  }
  return undefined;
}

interface SubgraphError {
  message?: string;
  path?: Path;
  extensions?: Record<string, unknown>;
}

/** As the gateway reports a subgraph's error: its message, code (or DOWNSTREAM_SERVICE_ERROR) and the service's name. */
function downstreamError(error: SubgraphError, serviceName: string, path: Path | undefined): GraphQLError {
  const message = error.message || `Error while fetching subquery from service "${serviceName}"`;
  const extensions: Record<string, unknown> = { ...error.extensions, serviceName };
  if (!extensions.code) extensions.code = 'DOWNSTREAM_SERVICE_ERROR';
  return new GraphQLError(message, { path, extensions, originalError: Object.assign(new Error(message), error) });
}

// Not async: an async function returning the body's promise would wait for it twice.
function parseBody(response: SubgraphResponse, copy?: FetchAnswer['copy']): Promise<unknown> {
  const type = response.headers.get('content-type');
  return type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) ? response.json(copy) : response.text();
}

/** Each fetch's compiled copy and merges of its answer (fetch-answer.ts), made at its second answer (a one-off operation's fetches keep the generic code). */
const answers = new WeakMap<FetchNode | BatchFetchNode, Uses<FetchAnswer>>();

const answerCode = (fetch: FetchNode | BatchFetchNode): FetchAnswer | undefined => atSecondUse(answers, fetch, () => fetchAnswer(fetch.operation));

/**
 * How a fetch's answer is merged: its `data` (`key` undefined) or the values under a root key
 * (`_entities`, a BatchFetch alias), by its compiled code when made, else by `merge`. Output
 * rewrites rename keys after the answer comes: the generic merge reads the answer's own keys.
 */
function mergerOf(code: FetchAnswer | undefined, outputRewrites: FetchNode['outputRewrites'], key: string | undefined): Merger {
  if (!code || (outputRewrites !== undefined && outputRewrites.length > 0)) return merge;
  return key === undefined ? code.mergeData : code.mergeUnder(key);
}

/** RemoteGraphQLDataSource's error for a non-2xx answer. */
async function errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
  const body = await parseBody(response);
  const extensions: Record<string, unknown> = { response: { url: response.url, status: response.status, statusText: response.statusText, body } };
  if (response.status === 401) extensions.code = 'UNAUTHENTICATED';
  else if (response.status === 403) extensions.code = 'FORBIDDEN';
  return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
}
