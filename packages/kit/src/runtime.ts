import { ServiceCredentials, TokenVerifier } from './auth.ts';
import type { BaseConfig } from './config.ts';
import { databaseUrl, ensureDatabase } from './database.ts';
import { AppError, ErrorCode } from './errors.ts';
import { REQUEST_ID_HEADER } from './http.ts';
import { peerPool } from './peer-pool.ts';
import type { EventBus } from './events/bus.ts';
import type { LiveEvents } from './events/live.ts';
import type { KeyValueStore } from './kv.ts';
import type { Logger } from './logger.ts';
import { currentTraceparent, endSpan, startClientSpan } from './tracing.ts';

/** What the kit hands a subgraph when it starts: config, logger, stores, auth, peers. */
export interface Runtime {
  name: string;
  config: BaseConfig & { DATABASE_URL: string; SERVICE_TOKEN_SECRET: string };
  logger: Logger;
  kv: KeyValueStore;
  verifier: TokenVerifier;
  /** Durable domain-event streams (Redis Streams, or in process): publish via the outbox, consume in groups. */
  events: EventBus;
  /** Live events for subscriptions: every replica sees every event. */
  live: LiveEvents;
  /** This context's own database. */
  databaseUrl: string;
  ensureDatabase(): Promise<void>;
  /** Calls another subgraph directly (not through the router) with this context's service credential. */
  callSubgraph<T>(subgraph: string, query: string, variables?: Record<string, unknown>, requestId?: string): Promise<T>;
  /** A subgraph's GraphQL URL (its own included, once it listens), as configured or learnt. */
  subgraphUrl(subgraph: string): string | undefined;
}

export interface RuntimeOptions {
  name: string;
  config: Runtime['config'];
  logger: Logger;
  kv: KeyValueStore;
  verifier: TokenVerifier;
  events: EventBus;
  live: LiveEvents;
  /** GraphQL URL of each subgraph, read when a call is made (a test stack learns them as it starts). */
  subgraphUrls: Map<string, string>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Builds a subgraph's runtime from parts the process shares between its subgraphs. */
export function createRuntime({ name, config, logger, kv, verifier, events, live, subgraphUrls }: RuntimeOptions): Runtime {
  const dbUrl = databaseUrl(config.DATABASE_URL, `${config.DB_PREFIX}${name}`);
  return {
    name,
    config,
    logger: logger.child({ subgraph: name }),
    kv,
    verifier,
    events,
    live,
    databaseUrl: dbUrl,
    ensureDatabase: () => ensureDatabase(config.DATABASE_URL, `${config.DB_PREFIX}${name}`),
    callSubgraph: subgraphCaller(name, config.SERVICE_TOKEN_SECRET, subgraphUrls),
    subgraphUrl: (subgraph) => subgraphUrls.get(subgraph),
  };
}

/** A peer's answer that is no domain refusal: our own failure, with the peer's code when it gave one. */
export class SubgraphCallError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * A peer's error as its caller sees it: a domain refusal keeps its code (and its `reason`, when it
 * gives one: why a child was refused, say); anything else is our internal failure.
 */
export function peerError(subgraph: string, code: unknown, message: string, reason?: unknown): Error {
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return new AppError(code as ErrorCode, message, typeof reason === 'string' ? { reason } : undefined);
  return new SubgraphCallError(`${subgraph} call failed: ${message}`, typeof code === 'string' ? code : undefined);
}

/** How long an internal call may take, to its answer's last byte. */
const CALL_TIMEOUT_MS = 10_000;

/**
 * Calls other subgraphs directly (not through the router) as `service`, with a service
 * credential signed by `secret`; a peer's domain refusal keeps its code.
 *
 * Calls go out through a keep-alive undici connection pool per peer (kit peerPool), with its request
 * API rather than fetch, as the router's subgraph calls do: fetch's Request/Response objects, web
 * streams and an AbortSignal per call were about 9 % of the test stack's CPU in the buyFeature
 * benchmark for its one wallet debit per purchase (tools/bench/README.md, the write path).
 */
export function subgraphCaller(service: string, secret: string, subgraphUrls: Map<string, string>): Runtime['callSubgraph'] {
  const credentials = new ServiceCredentials(service, secret);
  // One pool per peer URL, made at its first call.
  const targets = new Map<string, ReturnType<typeof peerPool>>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) targets.set(url, (found = peerPool(url)));
    return found;
  };
  return async <T>(subgraph: string, query: string, variables?: Record<string, unknown>, requestId?: string): Promise<T> => {
    const url = subgraphUrls.get(subgraph);
    if (!url) throw new Error(`unknown subgraph ${subgraph}`);
    const { pool, path } = target(url);
    // Inside an operation being traced, the call is a span of its trace, continued by the peer.
    const parent = currentTraceparent();
    const traced = parent ? startClientSpan(`call ${subgraph}`, { traceparent: parent }, { 'worldgraph.subgraph': subgraph }) : undefined;
    let status: number;
    let text: string;
    try {
      const response = await pool.request({
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: await credentials.authorization(),
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
          ...(traced?.traceparent ? { traceparent: traced.traceparent } : {}),
        },
        body: JSON.stringify({ query, variables }),
        headersTimeout: CALL_TIMEOUT_MS,
        bodyTimeout: CALL_TIMEOUT_MS,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      if (traced) endSpan(traced.span, error);
      throw error;
    }
    if (traced) endSpan(traced.span, status < 400 ? undefined : `HTTP ${status}`);
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string; reason?: unknown } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${subgraph} call failed: HTTP ${status}, not JSON`);
    }
    const error = body.errors?.[0];
    if (error) throw peerError(subgraph, error.extensions?.code, error.message, error.extensions?.reason);
    return body.data as T;
  };
}
