import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@worldgraph/kit';
import type { RouterContext } from './context.ts';

/**
 * Calls a subgraph on behalf of a client: forwards the bearer token (subgraphs verify it again),
 * the request id and the client's address, over Node's fetch, which keeps connections alive.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(url: string) {
    super({ url, fetcher: passGraphQLErrors as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set('x-forwarded-for', context.clientAddress);
    if (context.userAgent) headers.set('user-agent', context.userAgent);
  }
}

/**
 * A subgraph refusing a request before execution (a variable its scalar rejects, a NUL) answers
 * 4xx with GraphQL errors. The gateway would turn that into an opaque "400: Bad Request" holding
 * the subgraph's URL; relaying it as a normal GraphQL reply lets its errors reach the client.
 */
async function passGraphQLErrors(url: string, init: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status < 400 || response.status >= 500 || !response.headers.get('content-type')?.includes('json')) return response;
  const body = await response.text();
  const parsed = JSON.parse(body) as { errors?: unknown };
  return Array.isArray(parsed.errors) ? new Response(body, { status: 200, headers: response.headers }) : new Response(body, response);
}
