import { buildOperationContext, executeQueryPlan, type ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';

type OperationContext = ReturnType<typeof buildOperationContext>;
import type { FetchNode, PlanNode, QueryPlan, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { GraphQLError, type DocumentNode, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../context.ts';
import type { UpstreamSubscriptions } from './upstream.ts';

/** The gateway's state after load(); not in its public types, read as the gateway itself uses it. */
interface GatewayInternals {
  schema?: GraphQLSchema;
  apiSchema?: Schema;
  supergraphSchema?: GraphQLSchema;
  queryPlanner?: QueryPlanner;
  serviceMap: Record<string, { dataSource: GraphQLDataSource }>;
}

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
  private readonly plans = new Map<string, SubscriptionNode>();

  constructor(
    private readonly gateway: ApolloGateway,
    private readonly upstream: UpstreamSubscriptions,
  ) {}

  private get internals(): GatewayInternals {
    return this.gateway as unknown as GatewayInternals;
  }

  /** The plan of a subscription operation, cached by its text (the planner is the costly part). */
  plan(document: DocumentNode, operationName: string | null | undefined, key: string): SubscriptionNode {
    const cacheKey = `${operationName ?? ''}\n${key}`;
    let node = this.plans.get(cacheKey);
    if (!node) {
      const { apiSchema, queryPlanner } = this.internals;
      if (!apiSchema || !queryPlanner) throw new Error('the gateway has not loaded its supergraph');
      const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName: operationName ?? undefined }));
      if (plan.node?.kind !== 'Subscription') throw new GraphQLError('Not a subscription operation', { extensions: { code: 'BAD_USER_INPUT' } });
      node = plan.node;
      if (this.plans.size >= 1_000) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(cacheKey, node);
    }
    return node;
  }

  /** Opens the primary subscription and yields one complete result per event. */
  async *subscribe(request: SubscriptionRequest, node: SubscriptionNode): AsyncGenerator<ExecutionResult> {
    const { primary, rest } = node;
    // Built once per subscription, not per event.
    const operationContext = buildOperationContext({ schema: this.internals.schema!, operationDocument: request.document, operationName: request.operationName ?? undefined });
    const events = this.upstream.subscribe(primary.serviceName, {
      query: primary.operation,
      variables: pick(request.variables, primary.variableUsages),
      extensions: { authorization: request.context.authorization, requestId: request.context.requestId },
    });
    try {
      for await (const event of events) {
        if (!event.data) {
          yield { errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) };
          continue;
        }
        yield await this.resolveRest(request, operationContext, primary, rest, event);
      }
    } finally {
      await events.return?.();
    }
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
