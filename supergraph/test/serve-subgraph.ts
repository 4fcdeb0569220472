// A subgraph schema served over HTTP on a loopback port, as a router's tests need one: the
// request's query and variables executed against it, the result as JSON.
import http from 'node:http';
import { execute, parse, type GraphQLSchema } from 'graphql';

/** Listens on 127.0.0.1 (any free port) and resolves with the listening server. */
export function serveSubgraph(schema: GraphQLSchema): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { query: string; variables?: Record<string, unknown> };
      const result = await execute({ schema, document: parse(body.query), variableValues: body.variables });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The GraphQL URL of a server `serveSubgraph` started. */
export const graphqlUrlOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
