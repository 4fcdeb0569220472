import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

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

/** The router's settings, on top of the kit's. */
export const routerConfigSchema = baseConfigSchema.extend({
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
  /** Who runs query plans: `router` (compiled once per operation) or `gateway` (@apollo/gateway's executor). Default: router. */
  QUERY_EXECUTOR: z.enum(['router', 'gateway']).default('router'),
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
