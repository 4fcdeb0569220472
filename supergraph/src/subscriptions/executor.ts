import { buildOperationContext, executeQueryPlan, type ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { GraphQLError, type DocumentNode, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { createChannel, type Channel } from '@worldgraph/kit';
import { Gauge } from 'prom-client';
import type { RouterContext } from '../context.ts';
import type { UpstreamSubscriptions } from './upstream.ts';
import { internalsOf, type GatewayInternals } from '../gateway-internals.ts';

type OperationContext = ReturnType<typeof buildOperationContext>;

/** One upstream subscription and the clients sharing it. */
interface Hub {
  listeners: Set<Channel<ExecutionResult>>;
  stop(): void;
}

const activeSubscriptions = new Gauge({ name: 'graphql_subscriptions_active', help: 'Client subscriptions open on this router' });
const upstreamSubscriptions = new Gauge({ name: 'graphql_subscriptions_upstream', help: 'Subscriptions this router holds open to subgraphs' });

/** The service name under which each upstream event enters the plan as if it had been fetched. */
const EVENT_SOURCE = '__subscription_event__';

/** What one client subscription needs. */
export interface SubscriptionRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  context: RouterContext;
}

/**
 * Federated subscriptions, as Apollo Router runs them: the query planner splits a subscription
 * into a primary fetch (the owning subgraph's Subscription field) and `rest`. The primary runs
 * over graphql-ws against that subgraph; each event it yields is fed into the plan in place of the
 * primary fetch's result and `rest` runs through the gateway's normal execution, so a subscriber
 * can select fields from any subgraph (fetched per event, with the subscriber's credentials).
 */
export class SubscriptionExecutor {
  /** Plans per planner: a new supergraph (live swap) brings a new planner, and plans of its own. */
  private readonly plans = new WeakMap<QueryPlanner, Map<string, SubscriptionNode>>();
  /** Shared upstream subscriptions per plan, so one opened before a live swap is not joined after it. */
  private readonly hubs = new WeakMap<SubscriptionNode, Map<string, Hub>>();

  constructor(
    private readonly gateway: ApolloGateway,
    private readonly upstream: UpstreamSubscriptions,
    /** Results waiting for one slow client before it is dropped. Default: 256. */
    private readonly maxBuffered = 256,
  ) {}

  private get internals(): GatewayInternals {
    return internalsOf(this.gateway);
  }

  /**
   * The plan of a subscription operation, cached by its text (the planner is the costly part).
   * `_caller` is for wrappers that decide by client class (the router's safelist).
   */
  plan(document: DocumentNode, operationName: string | null | undefined, key: string, _caller?: RouterContext): SubscriptionNode {
    const { apiSchema, queryPlanner } = this.internals;
    if (!apiSchema || !queryPlanner) throw new Error('the gateway has not loaded its supergraph');
    let plans = this.plans.get(queryPlanner);
    if (!plans) this.plans.set(queryPlanner, (plans = new Map()));
    const cacheKey = `${operationName ?? ''}\n${key}`;
    let node = plans.get(cacheKey);
    if (!node) {
      const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName: operationName ?? undefined }));
      if (plan.node?.kind !== 'Subscription') throw new GraphQLError('Not a subscription operation', { extensions: { code: 'BAD_USER_INPUT' } });
      node = plan.node;
      if (plans.size >= 1_000) plans.delete(plans.keys().next().value!);
      plans.set(cacheKey, node);
    }
    return node;
  }

  /**
   * One client subscription. Clients with the same operation, variables and credentials share one
   * upstream subscription and one execution of the rest per event (thousands may watch one map
   * box); each reads through its own bounded channel, and the upstream closes with the last one.
   */
  subscribe(request: SubscriptionRequest, node: SubscriptionNode, queryText: string): AsyncIterableIterator<ExecutionResult> {
    const key = JSON.stringify([queryText, request.operationName ?? null, request.variables, request.context.authorization ?? null]);
    let hubs = this.hubs.get(node);
    if (!hubs) this.hubs.set(node, (hubs = new Map()));
    let hub = hubs.get(key);
    if (!hub) {
      hub = this.open(() => hubs.get(key) === hub && hubs.delete(key), request, node);
      hubs.set(key, hub);
    }
    const shared = hub;
    const channel = createChannel<ExecutionResult>(this.maxBuffered, () => {
      activeSubscriptions.dec();
      shared.listeners.delete(channel);
      if (!shared.listeners.size) shared.stop();
    });
    activeSubscriptions.inc();
    shared.listeners.add(channel);
    return channel.iterator;
  }

  /** Opens the primary fetch over graphql-ws and turns each of its events into a complete result. */
  private open(forget: () => void, request: SubscriptionRequest, node: SubscriptionNode): Hub {
    const { primary, rest } = node;
    const listeners = new Set<Channel<ExecutionResult>>();
    // Built once per upstream subscription, not per event.
    const operationContext = buildOperationContext({ schema: this.internals.schema!, operationDocument: request.document, operationName: request.operationName ?? undefined });
    const events = this.upstream.subscribe(primary.serviceName, {
      query: primary.operation,
      variables: pick(request.variables, primary.variableUsages),
      extensions: { authorization: request.context.authorization, requestId: request.context.requestId },
    });
    upstreamSubscriptions.inc();
    let stopped = false;
    const hub: Hub = {
      listeners,
      stop: () => {
        forget();
        if (stopped) return;
        stopped = true;
        upstreamSubscriptions.dec();
        void events.return?.();
      },
    };
    void (async () => {
      try {
        for await (const event of events) {
          const result = event.data
            ? await this.resolveRest(request, operationContext, primary, rest, event)
            : { errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) };
          for (const listener of listeners) listener.push(result);
        }
        hub.stop();
        for (const listener of [...listeners]) listener.end();
      } catch (error) {
        hub.stop();
        for (const listener of [...listeners]) listener.fail(error instanceof Error ? error : new Error(String(error)));
      }
    })();
    return hub;
  }

  private async resolveRest(request: SubscriptionRequest, operationContext: OperationContext, primary: FetchNode, rest: PlanNode | undefined, event: FormattedExecutionResult): Promise<ExecutionResult> {
    const { apiSchema, supergraphSchema, serviceMap } = this.internals;
    const seeded: FetchNode = { ...primary, serviceName: EVENT_SOURCE, variableUsages: [] };
    const plan: QueryPlan = { kind: 'QueryPlan', node: rest ? { kind: 'Sequence', nodes: [seeded, rest] } : seeded };
    const services: Record<string, GraphQLDataSource> = { [EVENT_SOURCE]: { process: async () => event as never } };
    for (const [name, { dataSource }] of Object.entries(serviceMap)) services[name] = dataSource;
    const requestContext = {
      request: { variables: request.variables, operationName: request.operationName ?? undefined },
      context: request.context,
      metrics: {},
      logger: undefined,
      cache: undefined,
      overallCachePolicy: undefined,
    };
    return (await executeQueryPlan(plan, services, requestContext as never, operationContext, supergraphSchema!, apiSchema!)) as ExecutionResult;
  }
}

function pick(variables: Record<string, unknown>, names: string[] = []): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => n in variables).map((n) => [n, variables[n]]));
}
