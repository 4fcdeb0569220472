import http from 'node:http';
import https from 'node:https';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@worldgraph/kit';
import type { RouterContext } from './context.ts';

/**
 * Calls a subgraph on behalf of a client: forwards the bearer token (subgraphs verify it again),
 * the request id and the client's address.
 *
 * Requests go out over node:http with a keep-alive agent per subgraph, not through fetch: under
 * load, fetch's web streams, abort signals and Response objects cost the router a fifth of its
 * CPU (tools/bench/README.md, gateways). The answer is read whole. Identical queries in flight
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
 * HTTP to one subgraph: node:http with a keep-alive agent; identical queries in flight (same
 * text, variables and token) share one call, and each caller parses its own copy of the answer,
 * since the plan's results are merged into it.
 */
export class SubgraphClient {
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();

  constructor(readonly url: string) {
    const secure = new URL(url).protocol === 'https:';
    const Agent = secure ? https.Agent : http.Agent;
    // LIFO keeps the busiest sockets warm; idle ones close before the subgraph's own timeout (5 s in Node).
    this.agent = new Agent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 256, maxFreeSockets: 64, timeout: 4_000, scheduling: 'lifo' });
    this.transport = secure ? https : http;
  }

  /** POSTs a GraphQL request body (JSON, `query` first) with these headers. */
  post(headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    if (!isQuery(body)) return post(this.transport, this.agent, this.url, headers, body);
    const key = `${headers.authorization ?? ''}\n${body}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = post(this.transport, this.agent, this.url, headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
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

function post(client: typeof http | typeof https, agent: http.Agent, url: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
        const contentType = res.headers['content-type'] ?? '';
        let status = res.statusCode ?? 0;
        // A subgraph refusing a request before execution (a variable its scalar rejects, a NUL)
        // answers 4xx with GraphQL errors. The gateway would turn that into an opaque "400: Bad
        // Request" holding the subgraph's URL; relaying it as a normal GraphQL reply lets its
        // errors reach the client.
        if (status >= 400 && status < 500 && contentType.includes('json') && /"errors"\s*:\s*\[/.test(text)) status = 200;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          statusText: res.statusMessage ?? '',
          url,
          headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
          json: async () => JSON.parse(text),
          text: async () => text,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A query (never a mutation): the data source serialises `query` first, as the gateway wrote it. */
const isQuery = (body: string) => body.startsWith('{"query":"query') || body.startsWith('{"query":"{');

const headerValue = (value: string | string[] | undefined) => (value === undefined ? null : Array.isArray(value) ? value.join(', ') : value);
