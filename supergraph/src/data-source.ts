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
  constructor(url: string) {
    const secure = new URL(url).protocol === 'https:';
    const Agent = secure ? https.Agent : http.Agent;
    // LIFO keeps the busiest sockets warm; idle ones close before the subgraph's own timeout (5 s in Node).
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 256, maxFreeSockets: 64, timeout: 4_000, scheduling: 'lifo' });
    const client = secure ? https : http;
    // Identical queries in flight to this subgraph (same text, variables and token) share one call;
    // each caller still parses its own copy of the answer, since the gateway merges into it.
    const inFlight = new Map<string, Promise<SubgraphResponse>>();
    const fetcher = (target: string, init: { headers: Record<string, string>; body: string }) => {
      if (!isQuery(init.body)) return post(client, agent, target, init.headers, init.body);
      const key = `${init.headers.authorization ?? ''}\n${init.body}`;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = post(client, agent, target, init.headers, init.body).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    };
    super({ url, fetcher: fetcher as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set('x-forwarded-for', context.clientAddress);
  }
}

/** What RemoteGraphQLDataSource reads of a fetch Response: status, headers, the body once. */
interface SubgraphResponse {
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
    const req = client.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
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
