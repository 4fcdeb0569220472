import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';
import type { EdgeSettings } from './limits/edge.ts';
import { DEFAULT_LIMITS, parseLimits } from './limits/policy.ts';
import { parseRateRule } from './limits/rate-limit.ts';

/** How the router calls subgraphs (supergraph/src/data-source.ts): timeouts and circuit breakers. */
export const subgraphCallConfigSchema = z.object({
  /** Longest wait for a subgraph's answer (its headers, then between chunks of its body), in ms. Default: 30000. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  /** Per-subgraph timeouts overriding SUBGRAPH_TIMEOUT_MS, e.g. `audit=10000,features=5000`. Default: none. */
  SUBGRAPH_TIMEOUTS: z.string().regex(/^(\s*[a-z][\w-]*=\d+\s*(,|$))*$/).default(''),
  /** Consecutive failed calls (timeout, connection error, 5xx) that open a subgraph's circuit: calls fail fast. Default: 5. */
  SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).default(5),
  /** How long an open circuit fails fast before one probe call may try the subgraph again (half-open), in ms. Default: 10000. */
  SUBGRAPH_BREAKER_RESET_MS: z.coerce.number().int().min(1).default(10_000),
});

/**
 * The edge's limits (supergraph/src/limits/edge.ts): per client class (anonymous, integrator,
 * first-party) operation limits and demand control, rate limits, graphql-ws bounds.
 */
export const edgeConfigSchema = z.object({
  /** `off`: no operation limits, cost analysis or rate limits at all (benchmarks' before/after). Default: on. */
  EDGE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** Anonymous callers' operation limits over the defaults, e.g. `depth=10,cost=1000`. Default: depth=12,aliases=20,rootFields=10,distinctFields=80,tokens=2000,introspectionLists=3,selections=500,cost=5000. */
  LIMITS_ANONYMOUS: z.string().optional(),
  /** Integrators' (API keys) operation limits over the defaults. Default: depth=15,aliases=50,rootFields=20,distinctFields=200,tokens=5000,introspectionLists=3,selections=1000,cost=20000. */
  LIMITS_INTEGRATOR: z.string().optional(),
  /** The first-party apps' operation limits over the defaults. Default: depth=20,aliases=100,rootFields=30,distinctFields=400,tokens=15000,introspectionLists=3,selections=5000,cost=100000. */
  LIMITS_FIRST_PARTY: z.string().optional(),
  /** Size assumed for a list field without `@listSize` in cost estimates. Default: 10. */
  COST_DEFAULT_LIST_SIZE: z.coerce.number().int().min(1).default(10),
  /** One answer in this many has its actual cost measured for the `graphql_operation_cost` metric (every one whose request asks for `extensions.cost` is). Default: 10. */
  COST_ACTUAL_EVERY: z.coerce.number().int().min(1).default(10),
  /** `true`: rate limits per address, user and API key (Redis with REDIS_URL, else in process), sockets per user/address and messages per second over graphql-ws. Default: true in production, false elsewhere. */
  RATE_LIMITS: z.enum(['true', 'false']).optional(),
  /** Requests per client address, as `<requests>/<seconds>`. Default: 600/60. */
  RATE_LIMIT_ADDRESS: z.string().default('600/60'),
  /** Requests per signed-in user. Default: 600/60. */
  RATE_LIMIT_USER: z.string().default('600/60'),
  /** Requests per API key. Default: 1200/60. */
  RATE_LIMIT_API_KEY: z.string().default('1200/60'),
  /** Largest graphql-ws message, in bytes (larger ones close the socket with 1009). Default: 262144. */
  WS_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  /** Operations running at once on one graphql-ws socket. Default: 100. */
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(100),
  /** graphql-ws sockets per signed-in user on one router replica (with RATE_LIMITS). Default: 20. */
  WS_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).default(20),
  /** graphql-ws sockets per client address on one router replica (with RATE_LIMITS). Default: 200. */
  WS_MAX_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
  /** Messages per second on one graphql-ws socket, past which it is closed with 4429 (with RATE_LIMITS). Default: 50. */
  WS_MAX_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(50),
});

/** The edge's settings from the router's config (throws on a malformed limit or rate). */
export function edgeSettingsOf(config: z.infer<typeof edgeConfigSchema> & { NODE_ENV: string }): EdgeSettings {
  const rates = (config.RATE_LIMITS ?? String(config.NODE_ENV === 'production')) === 'true';
  return {
    enabled: config.EDGE_LIMITS === 'on',
    limits: {
      anonymous: parseLimits(config.LIMITS_ANONYMOUS, DEFAULT_LIMITS.anonymous),
      integrator: parseLimits(config.LIMITS_INTEGRATOR, DEFAULT_LIMITS.integrator),
      'first-party': parseLimits(config.LIMITS_FIRST_PARTY, DEFAULT_LIMITS['first-party']),
    },
    defaultListSize: config.COST_DEFAULT_LIST_SIZE,
    actualCostEvery: config.COST_ACTUAL_EVERY,
    rateLimits: rates
      ? { address: parseRateRule(config.RATE_LIMIT_ADDRESS), user: parseRateRule(config.RATE_LIMIT_USER), apiKey: parseRateRule(config.RATE_LIMIT_API_KEY) }
      : undefined,
    sockets: {
      maxPayloadBytes: config.WS_MAX_PAYLOAD_BYTES,
      subscriptionsPerSocket: config.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      perUser: rates ? config.WS_MAX_SOCKETS_PER_USER : undefined,
      perAddress: rates ? config.WS_MAX_SOCKETS_PER_ADDRESS : undefined,
      messagesPerSecond: rates ? config.WS_MAX_MESSAGES_PER_SECOND : undefined,
    },
  };
}

/** The router's settings, on top of the kit's. */
export const routerConfigSchema = baseConfigSchema.extend({
  ...edgeConfigSchema.shape,
  ...subgraphCallConfigSchema.shape,
  /** HTTP and WebSocket port. Default: 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Comma-separated origins allowed by CORS; `*` allows any. Default: any outside production, none in it. */
  CORS_ORIGINS: z.string().optional(),
  /** The composed schema the router serves. Default: supergraph/supergraph.graphql. */
  SUPERGRAPH_PATH: z.string().optional(),
  /** `registry`: the schema registry's current supergraph (`${DB_PREFIX}registry` on DATABASE_URL), swapped live when a new one is published. Default: file. */
  SUPERGRAPH_SOURCE: z.enum(['file', 'registry']).default('file'),
  /** How often a registry-fed router checks for a new version besides the publish notifications (LISTEN/NOTIFY), in ms. Default: 30000. */
  REGISTRY_POLL_MS: z.coerce.number().int().min(50).default(30_000),
  /** The clients' persisted-operation manifest. Default: packages/sdk/src/generated/persisted-documents.json. */
  PERSISTED_OPERATIONS_PATH: z.string().optional(),
  /** `true`: accept only the manifest's operations (safelist). Default: true in production, false elsewhere. */
  OPERATION_SAFELIST: z.enum(['true', 'false']).optional(),
  /** The site this router serves whatever the host (a site's own deployment: k8s/sites/<id>), a folder name of SITES_DIR. Default: chosen by each request's host among the sites' domains, else `worldgraph` (every context). */
  SITE: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  /** The sites' folder: one folder per site with its site.json (README, "Sites"). Default: the repository's sites/. */
  SITES_DIR: z.string().optional(),
  /** Who runs query plans: `router` (compiled once per operation) or `gateway` (@apollo/gateway's executor). Default: router. */
  QUERY_EXECUTOR: z.enum(['router', 'gateway']).default('router'),
  /** `on`: identical query operations in flight (same operation, variables, credentials, client and site) share one execution of the router's executor; never mutations. `off`: each runs its own (benchmarks' per-request figure). Default: on. */
  QUERY_SHARING: z.enum(['on', 'off']).default('on'),
  /** Whose plans the router's executor runs for queries: `hive` (Hive's planner where it can plan them: one request per subgraph for the entity fetches that run together; Apollo's otherwise) or `apollo` (Apollo's, Hive's only where Apollo's is known to be wrong). Mutations and subscriptions: Apollo's. Default: hive. */
  QUERY_PLANNER: z.enum(['hive', 'apollo']).default('hive'),
});
export type RouterConfig = z.infer<typeof routerConfigSchema>;

export const loadRouterConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(routerConfigSchema, env);

/** CORS origin setting for the `cors` middleware. */
export function corsOrigins(config: RouterConfig): boolean | string[] {
  const raw = config.CORS_ORIGINS ?? (config.NODE_ENV === 'production' ? '' : '*');
  if (raw.trim() === '*') return true;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Whether only persisted operations are accepted: OPERATION_SAFELIST, else production. */
export const safelistEnabled = (config: RouterConfig) => (config.OPERATION_SAFELIST ?? String(config.NODE_ENV === 'production')) === 'true';
