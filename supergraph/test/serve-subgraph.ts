// A subgraph schema served over HTTP on a loopback port, as a router's tests need one: the
// request's query, variables and operation name executed against it, the result as JSON.
import http from 'node:http';
import { execute, parse, type GraphQLSchema } from 'graphql';
import type { SupergraphUpdates } from '../src/live-supergraph.ts';

export interface ServeOptions {
  /** Runs as each request's body has arrived, before it is executed (to count calls or hold answers). */
  beforeAnswer?: () => void | Promise<void>;
}

/**
 * Listens on 127.0.0.1 (any free port) and resolves with the listening server. Resolvers get
 * `{ user }` as context: the subject of a bearer token the router forwarded (read, not verified:
 * the router verified it).
 */
export function serveSubgraph(schema: GraphQLSchema, options: ServeOptions = {}): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      await options.beforeAnswer?.();
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = token ? (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub : undefined;
      const result = await execute({ schema, document: parse(body.query), variableValues: body.variables, operationName: body.operationName, contextValue: { user } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The GraphQL URL of a server `serveSubgraph` started. */
export const graphqlUrlOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;

/**
 * Supergraph updates a test drives, as the registry would: `updates` for the router's
 * `supergraphUpdates`, and `swap(sdl)` applies a new supergraph (once the router watches).
 */
export function supergraphSwap(): { updates: SupergraphUpdates; swap(supergraphSdl: string): Promise<void> } {
  let apply: ((supergraphSdl: string) => Promise<void>) | undefined;
  return {
    updates: {
      watch: (next) => {
        apply = next;
        return () => {};
      },
    },
    swap: (supergraphSdl) => {
      if (!apply) throw new Error('no router watches these supergraph updates');
      return apply(supergraphSdl);
    },
  };
}
