/**
 * The router's edge: operation limits, demand control and rate limits (DESIGN.md, "The router").
 * - HTTP: `edge.middleware()` after token verification, before Apollo Server: rate limits per
 *   address, user and API key (429, RATE_LIMITED, RateLimit headers), then each operation's
 *   tokens, size and estimated cost for its client class (400, OPERATION_LIMIT_EXCEEDED or
 *   COST_ESTIMATED_TOO_EXPENSIVE), before anything is parsed in full, validated or planned.
 * - Apollo Server: `edge.plugin()` checks again what did not come through the middleware
 *   (graphql-ws queries and mutations, operations sent by hash), measures the actual cost of
 *   each answer (metric; `extensions.cost` when the request's `extensions.cost` is true).
 * - graphql-ws: `edge.sockets` bounds frames, sockets per user and address, messages per second,
 *   subscriptions per socket, and checks each operation before it is parsed.
 * What is computed from an operation's text is kept per supergraph (a new one starts afresh).
 */
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueStore, Logger, Viewer } from '@worldgraph/kit';
import type { RequestHandler } from 'express';
import { getOperationAST, GraphQLError, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import type { WebSocket } from 'ws';
import type { ApiKeyPrincipal, ClientClass } from '../client-class.ts';
import type { RouterContext } from '../context.ts';
import { costDirectivesOf } from './cost-directives.ts';
import { actualCost, costShapeOf, countTokens, estimateCost, measureOperation, type CostModel, type CostShape, type OperationMeasures } from './measure.ts';
import { checkMeasures, DEFAULT_LIMITS, limitExceeded, type OperationLimits } from './policy.ts';
import { RateLimiter, rateLimitHeaders, type RateRule, type RateScope } from './rate-limit.ts';

/** Everything the edge enforces; `edgeSettingsOf` (supergraph/src/config.ts) reads it from the environment. */
export interface EdgeSettings {
  /** false: no limits, no cost analysis, no rate limits (benchmarks' before/after). */
  enabled: boolean;
  limits: Record<ClientClass, OperationLimits>;
  /** Size of a list without `@listSize` in cost estimates. */
  defaultListSize: number;
  /**
   * One answer in this many has its actual cost measured for the metric (walking an answer costs
   * about a sixth of serialising it); every answer whose request asks for `extensions.cost` is.
   */
  actualCostEvery: number;
  /** Requests per address, user and API key; undefined: no rate limits. */
  rateLimits?: { address: RateRule; user: RateRule; apiKey: RateRule };
  sockets: {
    /** Largest graphql-ws frame, in bytes (ws `maxPayload`: larger ones close the socket with 1009). */
    maxPayloadBytes: number;
    subscriptionsPerSocket: number;
    /** Open sockets per signed-in user, per address, messages per second per socket (this router replica); undefined: unbounded. */
    perUser?: number;
    perAddress?: number;
    messagesPerSecond?: number;
  };
}

/** The defaults: limits on, no rate limits (they are on in production, through the config). */
export const DEFAULT_EDGE_SETTINGS: EdgeSettings = {
  enabled: true,
  limits: DEFAULT_LIMITS,
  defaultListSize: 10,
  actualCostEvery: 10,
  sockets: { maxPayloadBytes: 256 * 1024, subscriptionsPerSocket: 100 },
};

/** Close code of a socket past a rate or count bound (4000-4399 are the application's). */
export const RATE_LIMITED_CLOSE = 4429;

/**
 * The request's client class: the one set by the API-key and client-class checks when present,
 * else `integrator` with an API key, `first-party` when signed in, `anonymous` otherwise.
 */
export function clientClassOf(caller: { viewer?: Viewer; clientClass?: ClientClass; apiKey?: ApiKeyPrincipal }): ClientClass {
  return caller.clientClass ?? (caller.apiKey ? 'integrator' : caller.viewer?.kind === 'user' ? 'first-party' : 'anonymous');
}

const costHistogram = new Histogram({
  name: 'graphql_operation_cost',
  help: 'Demand-control cost of operations: estimated before planning, actual from the answer',
  labelNames: ['kind', 'client_class'] as const,
  buckets: [0, 1, 10, 100, 1_000, 10_000, 100_000],
});
const refusals = new Counter({
  name: 'graphql_edge_refusals_total',
  help: 'Requests refused at the edge, by limit (depth, aliases, cost, rate, sockets, …) and client class',
  labelNames: ['limit', 'client_class'] as const,
});

interface OperationAnalysis {
  operation: OperationDefinitionNode;
  document: DocumentNode;
  /** The supergraph it was analysed against (requests in flight keep theirs across a swap). */
  data: SchemaData;
  measures: OperationMeasures;
  /** The estimate when it does not depend on variables. */
  fixedCost?: number;
  shape?: CostShape;
}
interface TextAnalysis {
  tokens: number;
  document?: DocumentNode;
  operations: Map<string, OperationAnalysis | null>;
}
/** What the edge derives from one supergraph: its API schema, cost directives and analysed texts. */
interface SchemaData {
  schema: GraphQLSchema;
  model: CostModel;
  texts: Map<string, TextAnalysis>;
}

const MAX_ANALYSED_TEXTS = 2_000;

/** What the check of one operation found: a refusal, or its estimated cost. */
export interface EdgeCheck {
  error?: GraphQLError;
  estimated?: number;
  analysis?: OperationAnalysis;
}

export class Edge {
  private data?: SchemaData;
  private readonly maxTokens: number;
  private readonly limiter?: RateLimiter;
  /** Answers seen, for sampling their actual cost. */
  private answers = 0;
  /** The graphql-ws bounds, for supergraph/src/subscriptions/server.ts. */
  readonly sockets: SocketGuard;

  constructor(
    readonly settings: EdgeSettings,
    kv: KeyValueStore | undefined,
    private readonly logger: Logger,
  ) {
    this.maxTokens = Math.max(...Object.values(settings.limits).map((l) => l.tokens));
    if (settings.enabled && settings.rateLimits && kv) this.limiter = new RateLimiter(kv, logger);
    this.sockets = createSocketGuard(this);
  }

  /** Follows the gateway's supergraph: each one's schema and directives are read once. */
  watch(gateway: ApolloGateway) {
    gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => this.useSupergraph(apiSchema, coreSupergraphSdl));
  }

  /** Serves `supergraphSdl` (its API schema `schema`) from now on; texts are analysed afresh. */
  useSupergraph(schema: GraphQLSchema, supergraphSdl: string) {
    this.data = { schema, model: { directives: costDirectivesOf(supergraphSdl), defaultListSize: this.settings.defaultListSize }, texts: new Map() };
  }

  /**
   * A text's analysis, from the cache or made now; a text past `maxTokens` for its caller is
   * refused on its token count alone, never parsed (nor kept: distinct texts must not crowd out
   * the cache for nothing).
   */
  private analyse(data: SchemaData, text: string, maxTokens: number): TextAnalysis {
    let analysis = data.texts.get(text);
    if (analysis) return analysis;
    const tokens = countTokens(text, this.maxTokens);
    if (tokens > maxTokens) return { tokens, operations: new Map() };
    let document: DocumentNode | undefined;
    if (tokens <= this.maxTokens) {
      try {
        document = parse(text, { maxTokens: this.maxTokens });
      } catch {
        /* Apollo Server reports the syntax error */
      }
    }
    analysis = { tokens, document, operations: new Map() };
    if (data.texts.size >= MAX_ANALYSED_TEXTS) data.texts.delete(data.texts.keys().next().value!);
    data.texts.set(text, analysis);
    return analysis;
  }

  private operationOf(data: SchemaData, text: TextAnalysis, operationName: string | undefined): OperationAnalysis | undefined {
    const key = operationName ?? '';
    let analysis = text.operations.get(key);
    if (analysis === undefined) {
      const operation = text.document && getOperationAST(text.document, operationName);
      analysis = operation ? { operation, document: text.document!, data, measures: measureOperation(data.schema, text.document!, operation) } : null;
      text.operations.set(key, analysis);
    }
    return analysis ?? undefined;
  }

  /**
   * Checks one operation of `clientClass` before planning: tokens, size, estimated cost. A
   * document that does not parse or names no operation passes: Apollo Server reports it.
   */
  check(text: string, operationName: string | undefined, variables: Record<string, unknown> | undefined, clientClass: ClientClass): EdgeCheck {
    const data = this.data;
    if (!this.settings.enabled || !data) return {};
    const limits = this.settings.limits[clientClass];
    const analysed = this.analyse(data, text, limits.tokens);
    const refuse = (error: GraphQLError, limit: string): EdgeCheck => {
      refusals.inc({ limit, client_class: clientClass });
      return { error };
    };
    if (analysed.tokens > limits.tokens) return refuse(limitExceeded(clientClass, 'tokens', limits.tokens, analysed.tokens), 'tokens');
    const analysis = this.operationOf(data, analysed, operationName);
    if (!analysis) return {};
    const tooBig = checkMeasures(clientClass, limits, analysis.measures);
    if (tooBig) return refuse(tooBig, String(tooBig.extensions.limit));
    let estimated = analysis.fixedCost;
    if (estimated === undefined) {
      const estimate = estimateCost(data.schema, data.model, analysed.document!, analysis.operation, variables);
      estimated = estimate.cost;
      if (!estimate.usesVariables) analysis.fixedCost = estimated;
    }
    if (estimated > limits.cost) return refuse(limitExceeded(clientClass, 'cost', limits.cost, estimated), 'cost');
    return { estimated, analysis };
  }

  /** The actual cost of an answer's `data` (the response shape is built once per operation). */
  private actual(analysis: OperationAnalysis, data: unknown): number {
    analysis.shape ??= costShapeOf(analysis.data.schema, analysis.data.model, analysis.document, analysis.operation);
    return actualCost(analysis.shape, data, analysis.operation.operation);
  }

  /** The scopes a request is charged to: its address, and its user or API key. */
  private scopesOf(caller: { viewer?: Viewer; apiKey?: ApiKeyPrincipal }, address: string): RateScope[] {
    const rules = this.settings.rateLimits!;
    const scopes: RateScope[] = [{ scope: 'address', id: address, rule: rules.address }];
    if (caller.apiKey) scopes.push({ scope: 'apiKey', id: caller.apiKey.id, rule: rules.apiKey });
    else if (caller.viewer?.kind === 'user') scopes.push({ scope: 'user', id: caller.viewer.userId, rule: rules.user });
    return scopes;
  }

  /**
   * Express middleware for /graphql, after the client's identity is known (it reads
   * `res.locals.client`, which client-identity.ts leaves: viewer, client class, API key) and
   * before Apollo Server. `persisted` resolves operations sent by hash alone.
   */
  middleware(address: (req: Parameters<RequestHandler>[0]) => string, persisted?: { documents: ReadonlyMap<string, string> }): RequestHandler {
    return async (req, res, next) => {
      if (!this.settings.enabled) return next();
      // The identity the client-identity middleware left (res.locals.client), or the bare viewer.
      const caller = (res.locals.client ?? res.locals) as { viewer?: Viewer; clientClass?: ClientClass; apiKey?: ApiKeyPrincipal };
      const clientClass = clientClassOf(caller);
      if (this.limiter) {
        try {
          const decision = await this.limiter.consume(this.scopesOf(caller, address(req)));
          res.set(rateLimitHeaders(decision));
          if (!decision.allowed) {
            refusals.inc({ limit: 'rate', client_class: clientClass });
            res.status(429).json({
              errors: [
                {
                  message: `Too many requests from this ${decision.scope === 'apiKey' ? 'API key' : decision.scope}: at most ${decision.limit} per ${decision.windowSeconds} s. Retry in ${decision.resetSeconds} s.`,
                  extensions: { code: 'RATE_LIMITED', scope: decision.scope, limit: decision.limit, windowSeconds: decision.windowSeconds, retryAfterSeconds: decision.resetSeconds },
                },
              ],
            });
            return;
          }
        } catch (err) {
          return next(err);
        }
      }
      const body: unknown = req.method === 'GET' ? { query: req.query.query, operationName: req.query.operationName, variables: req.query.variables, extensions: req.query.extensions } : req.body;
      for (const op of Array.isArray(body) ? body : [body]) {
        if (!op || typeof op !== 'object') continue;
        const { query, operationName, variables, extensions } = op as Record<string, unknown>;
        const hash = (parseMaybe(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
        const text = typeof query === 'string' && query ? query : typeof hash === 'string' ? persisted?.documents.get(hash) : undefined;
        if (!text) continue;
        const vars = parseMaybe(variables);
        const { error } = this.check(text, typeof operationName === 'string' ? operationName : undefined, vars && typeof vars === 'object' ? (vars as Record<string, unknown>) : undefined, clientClass);
        if (error) {
          const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
          res.status(400).json({ errors: [{ message: error.message, extensions }] });
          return;
        }
      }
      next();
    };
  }

  /**
   * Apollo Server plugin: the check again before planning (cached: a text the middleware passed
   * costs a map lookup), for what did not come through it; the actual cost after execution.
   */
  plugin(): ApolloServerPlugin<RouterContext> {
    const edge = this;
    return {
      async requestDidStart() {
        if (!edge.settings.enabled) return;
        let checked: EdgeCheck | undefined;
        let clientClass: ClientClass = 'anonymous';
        const sampled = ++edge.answers % edge.settings.actualCostEvery === 0;
        return {
          async didResolveOperation({ source, request, contextValue }) {
            clientClass = clientClassOf(contextValue);
            checked = edge.check(source, request.operationName ?? undefined, request.variables ?? undefined, clientClass);
            if (checked.error) throw checked.error;
            if (checked.estimated !== undefined) costHistogram.observe({ kind: 'estimated', client_class: clientClass }, checked.estimated);
          },
          async willSendResponse({ response, request }) {
            const asked = request.extensions?.cost === true;
            if (!checked?.analysis || response.body.kind !== 'single' || !(asked || sampled)) return;
            const result = response.body.singleResult;
            const actual = edge.actual(checked.analysis, result.data);
            costHistogram.observe({ kind: 'actual', client_class: clientClass }, actual);
            if (asked) {
              result.extensions = { ...result.extensions, cost: { estimated: checked.estimated, actual, max: edge.settings.limits[clientClass].cost } };
            }
          },
        };
      },
    };
  }

  close() {
    return this.limiter?.close();
  }
}

function parseMaybe(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The graphql-ws side of the edge. */
export interface SocketGuard {
  /** ws `maxPayload`. */
  maxPayloadBytes: number;
  /** A socket was opened: its messages are counted, and it is closed (4429) past the per-second bound. */
  opened(socket: WebSocket): void;
  /** Admits a connection (connection_init) of `userId` from `address`; else the reason to close it with 4429. */
  admit(socket: WebSocket, userId: string | undefined, address: string): string | undefined;
  /** The socket closed. */
  released(socket: WebSocket): void;
  /** Checks an operation sent over the socket, before it is parsed; `active`: the socket's operations, this one included (graphql-ws reserves its id first). */
  check(text: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined, clientClass: ClientClass, active: number): GraphQLError | undefined;
}

function createSocketGuard(edge: Edge): SocketGuard {
  const { sockets: settings, enabled } = edge.settings;
  const byUser = new Map<string, number>();
  const byAddress = new Map<string, number>();
  const admitted = new Map<WebSocket, { userId?: string; address: string }>();
  const down = (map: Map<string, number>, key: string) => {
    const n = (map.get(key) ?? 1) - 1;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };
  return {
    maxPayloadBytes: settings.maxPayloadBytes,
    opened(socket) {
      const max = settings.messagesPerSecond;
      if (!enabled || !max) return;
      let second = 0;
      let count = 0;
      socket.on('message', () => {
        const now = Math.floor(Date.now() / 1000);
        if (now !== second) {
          second = now;
          count = 0;
        }
        if (++count === max + 1) {
          refusals.inc({ limit: 'messagesPerSecond', client_class: 'unknown' });
          socket.close(RATE_LIMITED_CLOSE, `Too many messages: at most ${max} per second`);
        }
      });
    },
    admit(socket, userId, address) {
      if (!enabled) return undefined;
      if (settings.perAddress && (byAddress.get(address) ?? 0) >= settings.perAddress) {
        refusals.inc({ limit: 'socketsPerAddress', client_class: userId ? 'first-party' : 'anonymous' });
        return `Too many connections from this address: at most ${settings.perAddress}`;
      }
      if (userId && settings.perUser && (byUser.get(userId) ?? 0) >= settings.perUser) {
        refusals.inc({ limit: 'socketsPerUser', client_class: 'first-party' });
        return `Too many connections for this user: at most ${settings.perUser}`;
      }
      byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
      if (userId) byUser.set(userId, (byUser.get(userId) ?? 0) + 1);
      admitted.set(socket, { userId, address });
      return undefined;
    },
    released(socket) {
      const entry = admitted.get(socket);
      if (!entry) return;
      admitted.delete(socket);
      down(byAddress, entry.address);
      if (entry.userId) down(byUser, entry.userId);
    },
    check(text, operationName, variables, clientClass, active) {
      if (!enabled) return undefined;
      if (active > settings.subscriptionsPerSocket) {
        refusals.inc({ limit: 'subscriptionsPerSocket', client_class: clientClass });
        return new GraphQLError(`Too many operations on this socket: at most ${settings.subscriptionsPerSocket} at once.`, {
          extensions: { code: 'RATE_LIMITED', limit: 'subscriptionsPerSocket', max: settings.subscriptionsPerSocket, actual: active },
        });
      }
      const error = edge.check(text, operationName ?? undefined, variables ?? undefined, clientClass).error;
      if (!error) return undefined;
      const { http: _http, ...extensions } = error.extensions;
      return new GraphQLError(error.message, { extensions });
    },
  };
}
