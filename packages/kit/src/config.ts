import { z } from 'zod';
import { redisUrlSchema } from './redis.ts';

/** HTTP settings of the kit's one server bootstrap (packages/kit/src/http.ts), part of every process's config. */
export const httpConfigSchema = z.object({
  /**
   * Comma-separated addresses or CIDRs of the proxies in front of this process (or `loopback`,
   * `linklocal`, `uniquelocal`); only their X-Forwarded-For is believed. Default: none, the
   * client address is the socket's peer.
   */
  TRUSTED_PROXIES: z.string().default(''),
  /** Longest a client may take to send a whole request (headers and body), in ms; then 408. Default: 30000. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Longest a client may take to send a request's headers, in ms (at most HTTP_REQUEST_TIMEOUT_MS). Default: 10000. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * Port of the process's one /metrics server (Prometheus), apart from the ports it serves: then
   * /metrics is not public on them. Default: 9464 in production; elsewhere unset, and every server
   * answers /metrics on its own port.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /**
   * Address every server of the process listens on. Default: 127.0.0.1 (this machine only) outside
   * production, 0.0.0.0 in production (a pod behind its Service); `HOST=0.0.0.0` opens development
   * to the network.
   */
  HOST: z.string().min(1).optional(),
});

/**
 * Settings every process reads from its environment. Each subgraph extends this with its own
 * (see `loadConfig`). Defaults are the embedded, single-machine ones; production sets them all.
 */
export const baseConfigSchema = z.object({
  /** `production` hides internal details and refuses generated secrets. Default: development. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** pino level. Default: info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Postgres server URL; each context uses its own database on it. Unset: embedded Postgres. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * Connections of each context's Prisma pool. Default: 10; the one-process stack (`npm start`,
   * tests) uses 4, so a dozen contexts stay within a Postgres server's default 100 connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Prefix of every context's database name: `${DB_PREFIX}${context}`. Default: worldgraph_. */
  DB_PREFIX: z.string().regex(/^[a-z][a-z0-9_]*$/).default('worldgraph_'),
  /**
   * Redis for the bus, counters and revocations: `redis://host:6379` (one server) or, through
   * Sentinel, `redis-sentinel://host:26379,host:26379/<master name>` (redis.ts). Unset: in process
   * (single process only).
   */
  REDIS_URL: redisUrlSchema.optional(),
  /** Prefix of every Redis key, so several stacks can share one Redis. Default: wg: */
  REDIS_PREFIX: z.string().default('wg:'),
  /** Where domain events travel: `redis` (Redis streams, or in process without REDIS_URL) or `kafka` (KAFKA_BROKERS). Default: redis. */
  EVENT_BUS: z.enum(['redis', 'kafka']).default('redis'),
  /** Kafka bootstrap brokers, comma-separated host:port (EVENT_BUS=kafka). Default: none. */
  KAFKA_BROKERS: z.string().optional(),
  /** Partitions of each context's topic the Kafka bus creates. Default: 6. */
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).default(6),
  /** Replication factor of each topic the Kafka bus creates (3 in production clusters). Default: 1. */
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).default(1),
  /** Where generated development keys and embedded Postgres data live. Default: .data */
  DATA_DIR: z.string().default('.data'),
  /** Accounts' JWKS endpoint, used to verify access tokens. */
  AUTH_JWKS_URL: z.string().url().optional(),
  /** Shared secret (>= 32 chars) signing service credentials for internal calls. */
  SERVICE_TOKEN_SECRET: z.string().min(32).optional(),
  ...httpConfigSchema.shape,
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** Thrown when the environment does not satisfy a config schema; lists every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses `env` (default: process.env) with `schema`; reports every invalid variable at once.
 * Empty strings count as unset, so `FOO= npm start` falls back to the default.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
