import { STATUS_CODES } from 'node:http';
import type { Pool } from 'undici';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CLIENT_ADDRESS_SIGNATURE_HEADER, endSpan, loadConfig, peerPool, REQUEST_ID_HEADER, signClientAddress, startClientSpan } from '@worldgraph/kit';
import { GraphQLError } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import { CircuitBreaker } from './circuit-breaker.ts';
import './telemetry.ts';
import { subgraphCallConfigSchema } from './config.ts';
import type { RouterContext } from './context.ts';
import { SITE_HEADER } from './site/sites.ts';

/**
 * Calls a subgraph on behalf of a client: forwards the bearer token (subgraphs verify it again),
 * the request id and the client's address.
 *
 * Requests go out through an undici pool per subgraph (its request API), not through fetch: under
 * load, fetch's web streams, abort signals and Response objects cost the router a fifth of its
 * CPU, and node:http's request objects a tenth (tools/bench/README.md, gateways). The answer is read whole. Identical queries in flight
 * share one call (as Apollo Router's and Hive Gateway's deduplication do); the subgraph then sees
 * the first caller's request id and address.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  /** The connection to this subgraph, shared with the router's plan executor. */
  readonly client: SubgraphCaller;

  /**
   * `serviceSecret` signs the client address the subgraph is told (kit `signClientAddress`).
   * `client`: how the subgraph is called. Default: over HTTP (SubgraphClient); the router's own
   * subgraph is called in process (site/router-subgraph.ts).
   */
  constructor(url: string, name = new URL(url).host, serviceSecret?: string, client: SubgraphCaller = new SubgraphClient(url, name, serviceSecret)) {
    super({ url, fetcher: ((target: string, init: { headers: Record<string, string>; body: string }) => client.post(init.headers, init.body)) as never });
    this.client = client;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    for (const [name, value] of Object.entries(forwardedHeaders(context as RouterContext))) headers.set(name, value);
  }
}

/** What a subgraph is told of the client behind a call. */
export function forwardedHeaders(context: RouterContext): Record<string, string> {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: context.requestId, 'x-forwarded-for': context.clientAddress };
  if (context.authorization) headers.authorization = context.authorization;
  if (context.traceparent) headers.traceparent = context.traceparent;
  if (context.site) headers[SITE_HEADER] = context.site.id;
  // The audit log records the client's user agent, not the router's.
  if (context.userAgent) headers['user-agent'] = context.userAgent;
  return headers;
}

/** How the router calls one subgraph: POST a GraphQL request body with headers, get its answer. */
export interface SubgraphCaller {
  post(headers: Record<string, string>, body: string): Promise<SubgraphResponse>;
}

/**
 * HTTP to one subgraph: an undici connection pool (keep-alive), its request API rather than fetch;
 * identical queries in flight (same text, variables and token) share one call. Each caller gets
 * its own copy of the answer, since the plan's results are merged into it: a call of one caller
 * hands it the parsed answer; a call shared by several parses it once and hands each a copy of
 * its objects and arrays (`copyOfData`: strings shared, four times cheaper than parsing again, and
 * no new string per value).
 */
export class SubgraphClient implements SubgraphCaller {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inFlight = new Map<string, { response: Promise<SubgraphResponse>; callers: Callers }>();
  private readonly timeoutMs: number;
  private readonly breaker: CircuitBreaker;

  constructor(readonly url: string, readonly name: string = new URL(url).host, private readonly serviceSecret?: string) {
    ({ pool: this.pool, path: this.path } = peerPool(url));
    const settings = callSettings();
    this.timeoutMs = settings.timeouts.get(name) ?? settings.SUBGRAPH_TIMEOUT_MS;
    this.breaker = breakerOf(url, settings);
  }

  /** POSTs a GraphQL request body (JSON, `query` first) with these headers. */
  post(headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    if (!isQuery(body)) return this.send(headers, body, { count: 1 });
    const key = `${headers.authorization ?? ''}\n${body}`;
    const pending = this.inFlight.get(key);
    if (pending) {
      pending.callers.count++;
      return pending.response;
    }
    // Callers join until the answer is in: it is removed from inFlight before anyone gets it.
    const callers: Callers = { count: 1 };
    const response = this.send(headers, body, callers).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, { response, callers });
    return response;
  }

  /** Closes the pool's connections. */
  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * One call, within this subgraph's timeout and through its circuit breaker: a timeout, a
   * connection error or a 5xx counts as a failure; while the circuit is open, calls fail at once.
   * Either way the caller gets a SubgraphUnavailableError (SUBGRAPH_UNAVAILABLE).
   */
  private async send(headers: Record<string, string>, body: string, callers: Callers): Promise<SubgraphResponse> {
    if (!this.breaker.allow()) {
      fetchesCounted(this.name, 'circuit_open');
      throw new SubgraphUnavailableError(this.name, 'CIRCUIT_OPEN');
    }
    const started = performance.now();
    const signature =
      this.serviceSecret && headers['x-forwarded-for'] && headers[REQUEST_ID_HEADER]
        ? { [CLIENT_ADDRESS_SIGNATURE_HEADER]: signatureOf(this.serviceSecret, headers[REQUEST_ID_HEADER], headers['x-forwarded-for'], headers) }
        : undefined;
    // A span per fetch (when tracing is on), child of the operation's; the subgraph continues it.
    const traced = startClientSpan(`fetch ${this.name}`, headers, { 'worldgraph.subgraph': this.name });
    let res;
    let text: string;
    let parsed: unknown;
    try {
      res = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...signature, ...(traced?.traceparent ? { traceparent: traced.traceparent } : undefined) },
        body,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      text = await res.body.text();
    } catch (error) {
      this.breaker.failed();
      const code = (error as { code?: string }).code;
      const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
      fetchesCounted(this.name, timedOut ? 'timeout' : 'connection_error', started);
      if (traced) endSpan(traced.span, error);
      throw new SubgraphUnavailableError(this.name, timedOut ? 'TIMEOUT' : 'CONNECTION_FAILED');
    }
    if (res.statusCode >= 500) this.breaker.failed();
    else this.breaker.succeeded();
    fetchesCounted(this.name, res.statusCode >= 500 ? 'http_error' : 'ok', started);
    if (traced) {
      traced.span.setAttribute('http.response.status_code', res.statusCode);
      endSpan(traced.span, res.statusCode >= 500 ? `HTTP ${res.statusCode}` : undefined);
    }
    const contentType = headerValue(res.headers['content-type']) ?? '';
    let status = res.statusCode;
    // A subgraph refusing a request before execution (a variable its scalar rejects, a NUL)
    // answers 4xx with GraphQL errors. The gateway would turn that into an opaque "400: Bad
    // Request" holding the subgraph's URL; relaying it as a normal GraphQL reply lets its
    // errors reach the client.
    if (status >= 400 && status < 500 && contentType.includes('json') && /"errors"\s*:\s*\[/.test(text)) status = 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: STATUS_CODES[status] ?? '',
      url: this.url,
      headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
      json: async (copy = copyOfData) => {
        if (callers.count === 1) return JSON.parse(text);
        // Parsed once, never handed out: every caller mutates its own copy.
        parsed ??= JSON.parse(text);
        return copy(parsed);
      },
      text: async () => text,
    };
  }
}

/**
 * The client address's signature (kit signClientAddress), made once per request: the plan
 * executor gives every call of a request the same headers object, and an HMAC per call was 1 % of
 * the router's CPU. Checked against the values, so a changed or reused object is signed again.
 */
const signatures = new WeakMap<object, { secret: string; requestId: string; address: string; signature: string }>();
function signatureOf(secret: string, requestId: string, address: string, headers: object): string {
  const known = signatures.get(headers);
  if (known && known.secret === secret && known.requestId === requestId && known.address === address) return known.signature;
  const signature = signClientAddress(secret, requestId, address);
  signatures.set(headers, { secret, requestId, address, signature });
  return signature;
}

/** How many callers share one call (SubgraphClient.post); final once the answer is in. */
interface Callers {
  count: number;
}

/**
 * A deep copy of answer data: new objects and arrays, the same strings and numbers, own keys in
 * order (for…in gives the parse's), undefined values left out, a `__proto__` key an own property as
 * in a parse. For a subgraph's answer shared by several callers (`SubgraphClient.post`), and for the
 * plan executor's merged entity answers (what `merge({}, value, true)` made, without its checks for
 * keys a new object cannot hold yet).
 */
export function copyOfData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const list = value.slice();
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'object' && item !== null) list[i] = copyOfData(item);
    }
    return list;
  }
  const object: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    if (key === '__proto__') Object.defineProperty(object, key, { value: copyOfData(item), enumerable: true, writable: true, configurable: true });
    else object[key] = typeof item === 'object' && item !== null ? copyOfData(item) : item;
  }
  return object;
}

/** What RemoteGraphQLDataSource reads of a fetch Response: status, headers, the body once. */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  /**
   * The parsed body. `copy`, when the answer is shared by several callers, makes each one's copy of
   * the one parse: the plan executor's compiled copy of its fetch's answer (execution/fetch-answer.ts),
   * by default copyOfData.
   */
  json(copy?: (answer: unknown) => unknown): Promise<unknown>;
  text(): Promise<string>;
}

/** A query (never a mutation): the data source serialises `query` first, as the gateway wrote it. */
const isQuery = (body: string) => body.startsWith('{"query":"query') || body.startsWith('{"query":"{');

const headerValue = (value: string | string[] | undefined) => (value === undefined ? null : Array.isArray(value) ? value.join(', ') : value);

/**
 * A subgraph that could not answer: timed out, refused the connection, or its circuit is open
 * (failing fast). The plan executor gives it the path it could not fill.
 */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(serviceName: string, reason: 'TIMEOUT' | 'CONNECTION_FAILED' | 'CIRCUIT_OPEN', path?: readonly (string | number)[]) {
    super(`The ${serviceName} service is unavailable (${reason.toLowerCase().replace('_', ' ')})`, {
      path,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName, reason },
    });
  }

  /** The same error, naming where in the answer it left a gap. */
  at(path: readonly (string | number)[] | undefined): SubgraphUnavailableError {
    return new SubgraphUnavailableError(String(this.extensions.serviceName), this.extensions.reason as 'TIMEOUT', path);
  }
}

const subgraphFetchDuration = new Histogram({
  name: 'router_subgraph_fetch_duration_seconds',
  help: 'Calls from the router to a subgraph, by subgraph and outcome (ok, http_error, timeout, connection_error); _count gives the rate',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
});
const subgraphFetchFailures = new Counter({
  name: 'router_subgraph_fetch_errors_total',
  help: 'Calls from the router to a subgraph that failed, by subgraph and reason (http_error, timeout, connection_error, circuit_open)',
  labelNames: ['subgraph', 'reason'] as const,
});

function fetchesCounted(subgraph: string, outcome: 'ok' | 'http_error' | 'timeout' | 'connection_error' | 'circuit_open', started?: number): void {
  if (started !== undefined) subgraphFetchDuration.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
  if (outcome !== 'ok') subgraphFetchFailures.inc({ subgraph, reason: outcome });
}

type CallSettings = ReturnType<typeof readCallSettings>;
let settings: CallSettings | undefined;
function readCallSettings() {
  const config = loadConfig(subgraphCallConfigSchema);
  const timeouts = new Map(
    config.SUBGRAPH_TIMEOUTS.split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter(([name, ms]) => name && ms)
      .map(([name, ms]) => [name!, Number(ms)]),
  );
  return { ...config, timeouts };
}
/** The router's SUBGRAPH_* settings (supergraph/src/config.ts), read once. */
const callSettings = () => (settings ??= readCallSettings());

/** One breaker per subgraph URL for the process: a live supergraph swap builds new data sources, not new breakers. */
const breakers = new Map<string, CircuitBreaker>();
function breakerOf(url: string, config: CallSettings): CircuitBreaker {
  let breaker = breakers.get(url);
  if (!breaker) breakers.set(url, (breaker = new CircuitBreaker(config.SUBGRAPH_BREAKER_FAILURES, config.SUBGRAPH_BREAKER_RESET_MS)));
  return breaker;
}
