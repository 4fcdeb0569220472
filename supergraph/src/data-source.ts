import { STATUS_CODES } from 'node:http';
import { Pool } from 'undici';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@worldgraph/kit';
import type { RouterContext } from './context.ts';

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
  readonly client: SubgraphClient;

  constructor(url: string) {
    const client = new SubgraphClient(url);
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
  // The audit log records the client's user agent, not the router's.
  if (context.userAgent) headers['user-agent'] = context.userAgent;
  return headers;
}

/**
 * HTTP to one subgraph: an undici connection pool (keep-alive), its request API rather than fetch;
 * identical queries in flight (same text, variables and token) share one call, and each caller
 * parses its own copy of the answer, since the plan's results are merged into it.
 */
export class SubgraphClient {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();

  constructor(readonly url: string) {
    const parsed = new URL(url);
    this.path = `${parsed.pathname}${parsed.search}`;
    // Idle connections close before the subgraph's own keep-alive timeout (5 s in Node).
    this.pool = new Pool(parsed.origin, { connections: 256, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000 });
  }

  /** POSTs a GraphQL request body (JSON, `query` first) with these headers. */
  post(headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    if (!isQuery(body)) return this.send(headers, body);
    const key = `${headers.authorization ?? ''}\n${body}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.send(headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** Closes the pool's connections. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private async send(headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    const res = await this.pool.request({ path: this.path, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.body.text();
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
      json: async () => JSON.parse(text),
      text: async () => text,
    };
  }
}

/** What RemoteGraphQLDataSource reads of a fetch Response: status, headers, the body once. */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** A query (never a mutation): the data source serialises `query` first, as the gateway wrote it. */
const isQuery = (body: string) => body.startsWith('{"query":"query') || body.startsWith('{"query":"{');

const headerValue = (value: string | string[] | undefined) => (value === undefined ? null : Array.isArray(value) ? value.join(', ') : value);
