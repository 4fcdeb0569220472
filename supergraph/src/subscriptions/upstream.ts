import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { endSpan, startClientSpan } from '@worldgraph/kit';

/** One operation sent to a subgraph over graphql-ws. */
export interface UpstreamRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** The client's Authorization header and the request id: the subgraph verifies the token again. */
  extensions: { authorization?: string; requestId: string; traceparent?: string };
}

/**
 * graphql-ws connections from the router to the subgraphs: one socket per subgraph, opened on
 * first use and multiplexing every client subscription routed there (graphql-ws re-subscribes
 * them itself after a reconnect).
 */
export class UpstreamSubscriptions {
  private readonly clients = new Map<string, Client>();

  /** `urlOf` gives a subgraph's HTTP GraphQL URL; the socket uses the same path. */
  constructor(private readonly urlOf: (subgraph: string) => string | undefined) {}

  subscribe(subgraph: string, request: UpstreamRequest): AsyncIterableIterator<FormattedExecutionResult> {
    // The subscribe call as a span of its own (when tracing is on): its traceparent travels in the extensions.
    const traced = startClientSpan(`subscribe ${subgraph}`, request.extensions.traceparent ? { traceparent: request.extensions.traceparent } : {}, { 'worldgraph.subgraph': subgraph });
    if (traced) {
      request = { ...request, extensions: { ...request.extensions, traceparent: traced.traceparent } };
      endSpan(traced.span);
    }
    return this.client(subgraph).iterate(request);
  }

  private client(subgraph: string): Client {
    let client = this.clients.get(subgraph);
    if (!client) {
      const url = this.urlOf(subgraph);
      if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
      client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        // Keep the socket between subscriptions, and come back after a subgraph restart.
        lazyCloseTimeout: 30_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        keepAlive: 10_000,
      });
      this.clients.set(subgraph, client);
    }
    return client;
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.dispose()));
    this.clients.clear();
  }
}
