import { buildOperationContext, executeQueryPlan, type ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { GraphQLError, type DocumentNode, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { createChannel, type Channel } from '@worldgraph/kit';
import { Counter, Gauge } from 'prom-client';
import type { RouterContext } from '../context.ts';
import type { UpstreamSubscriptions } from './upstream.ts';
import { internalsOf, type GatewayInternals } from '../gateway-internals.ts';

type OperationContext = ReturnType<typeof buildOperationContext>;

/**
 * Hands events to one client, oldest first: usually one, several when more came in while the
 * hub was serving others (they can go out in one write). Every client of a hub is given the same
 * result objects, so whatever is derived from one (its serialised payload) can be made once.
 */
export type Deliver = (results: readonly ExecutionResult[]) => void;

/** A client of a hub: where its events go, and the stream that tells it the end or a failure. */
interface Listener {
  deliver: Deliver;
  lifetime: Channel<never>;
  /** The hub's number of the next event this client is to be given. */
  next: number;
}

/** One upstream subscription and the clients sharing it. */
interface Hub {
  listeners: Set<Listener>;
  /** The number the next event will have: a client joining now gets events from there. */
  head(): number;
  stop(): void;
}

/**
 * Clients served before the event loop gets a turn: one event's fan-out to thousands of sockets
 * must not hold up everything else in the process (other hubs' events, requests, pings).
 */
const FAN_OUT_CHUNK = 500;

const activeSubscriptions = new Gauge({ name: 'graphql_subscriptions_active', help: 'Client subscriptions open on this router' });
const upstreamSubscriptions = new Gauge({ name: 'graphql_subscriptions_upstream', help: 'Subscriptions this router holds open to subgraphs' });
const joinedSubscriptions = new Counter({
  name: 'graphql_subscriptions_joined_total',
  help: 'Client subscriptions that joined an identical upstream subscription already open (no new subgraph subscription)',
});

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
   * box), and each event is handed to every one of them by `deliver`, in order, straight from the
   * hub: no queue per client (the transport bounds what a slow client may leave unsent). The
   * iterator returned yields nothing: it ends when the upstream ends (after the last event was
   * delivered), fails when it fails, and its `return()` unsubscribes; the upstream closes with the
   * last client.
   */
  subscribe(request: SubscriptionRequest, node: SubscriptionNode, queryText: string, deliver: Deliver): AsyncIterableIterator<never> {
    const key = JSON.stringify([queryText, request.operationName ?? null, request.variables, request.context.authorization ?? null]);
    let hubs = this.hubs.get(node);
    if (!hubs) this.hubs.set(node, (hubs = new Map()));
    let hub = hubs.get(key);
    if (!hub) {
      hub = this.open(() => hubs.get(key) === hub && hubs.delete(key), request, node);
      hubs.set(key, hub);
    } else joinedSubscriptions.inc();
    const shared = hub;
    const listener: Listener = {
      deliver,
      next: shared.head(),
      // Nothing is ever queued in it (bound 1): it carries only the end or the failure.
      lifetime: createChannel<never>(1, () => {
        activeSubscriptions.dec();
        shared.listeners.delete(listener);
        if (!shared.listeners.size) shared.stop();
      }),
    };
    activeSubscriptions.inc();
    shared.listeners.add(listener);
    return listener.lifetime.iterator;
  }

  /** Opens the primary fetch over graphql-ws and turns each of its events into a complete result. */
  private open(forget: () => void, request: SubscriptionRequest, node: SubscriptionNode): Hub {
    const { primary, rest } = node;
    const listeners = new Set<Listener>();
    // Built once per upstream subscription, not per event.
    const operationContext = buildOperationContext({ schema: this.internals.schema!, operationDocument: request.document, operationName: request.operationName ?? undefined });
    const events = this.upstream.subscribe(primary.serviceName, {
      query: primary.operation,
      variables: pick(request.variables, primary.variableUsages),
      extensions: { authorization: request.context.authorization, requestId: request.context.requestId },
    });
    upstreamSubscriptions.inc();
    let stopped = false;
    // Results not yet given to every client: log[i] is event number base + i.
    const log: ExecutionResult[] = [];
    let base = 0;
    let upstreamEnded = false;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const hub: Hub = {
      listeners,
      head: () => base + log.length,
      stop: () => {
        forget();
        if (stopped) return;
        stopped = true;
        upstreamSubscriptions.dec();
        void events.return?.();
      },
    };
    // Events in: the rest of each is executed as it comes, while earlier ones are still going out.
    void (async () => {
      try {
        for await (const event of events) {
          log.push(
            event.data
              ? await this.resolveRest(request, operationContext, primary, rest, event)
              : { errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) },
          );
          wake?.();
        }
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      upstreamEnded = true;
      wake?.();
    })();
    // Events out: passes over the clients, each given what it has not had yet. An event that comes
    // in during a pass reaches the clients still ahead in it with the one they are being given
    // (one write), and the others in the next pass; the upstream's end reaches them after the last.
    void (async () => {
      for (;;) {
        const behind = await fanOut(listeners, log, base);
        // What every client has had is dropped from the log.
        log.splice(0, behind - base);
        base = behind;
        if (behind < hub.head()) continue;
        if (upstreamEnded) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      hub.stop();
      for (const listener of [...listeners]) failure ? listener.lifetime.fail(failure) : listener.lifetime.end();
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

/**
 * One pass over the clients of a hub, FAN_OUT_CHUNK at a time: each is given the events of `log`
 * (event number `base` first) it has not had yet, including any that came in during the pass.
 * Clients that leave meanwhile are skipped; a client whose delivery throws is ended with that
 * error alone. Returns the number of the oldest event some client has not had.
 */
async function fanOut(listeners: Set<Listener>, log: readonly ExecutionResult[], base: number): Promise<number> {
  const targets = [...listeners];
  for (let i = 0; i < targets.length; i++) {
    if (i > 0 && i % FAN_OUT_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
    const listener = targets[i]!;
    const head = base + log.length;
    if (!listeners.has(listener) || listener.next >= head) continue;
    const results = log.slice(listener.next - base);
    listener.next = head;
    try {
      listener.deliver(results);
    } catch (error) {
      listener.lifetime.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }
  let oldest = base + log.length;
  for (const listener of listeners) oldest = Math.min(oldest, listener.next);
  return oldest;
}

function pick(variables: Record<string, unknown>, names: string[] = []): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => n in variables).map((n) => [n, variables[n]]));
}
