import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@worldgraph/kit';
import type { RouterContext } from './context.ts';

/**
 * Calls a subgraph on behalf of a client: forwards the bearer token (subgraphs verify it again),
 * the request id and the client's address, over Node's fetch, which keeps connections alive.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(url: string) {
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set('x-forwarded-for', context.clientAddress);
  }
}
