// Serves one audit suite's subgraphs on 127.0.0.1, each at /<name> of one HTTP server, as the
// audit does (graphql-yoga with unmasked errors): parse, validate, execute, answer JSON.
import http from 'node:http';
import { execute, GraphQLError, parse, validate, type ExecutionResult } from 'graphql';
import type { AuditSubgraph } from './audit/subgraph.ts';

export interface ServedSubgraphs {
  /** GraphQL URL per subgraph name. */
  urls: Map<string, string>;
  close(): Promise<void>;
}

export async function serveSubgraphs(subgraphs: AuditSubgraph[]): Promise<ServedSubgraphs> {
  const byPath = new Map(subgraphs.map((s) => [`/${s.name}`, s]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const subgraph = byPath.get(req.url ?? '');
      if (!subgraph) return void res.writeHead(404).end();
      let result: ExecutionResult;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { query: string; variables?: Record<string, unknown>; operationName?: string };
        const schema = subgraph.schema();
        const document = parse(body.query);
        const errors = validate(schema, document);
        result = errors.length
          ? { errors }
          : await execute({ schema, document, variableValues: body.variables, operationName: body.operationName });
      } catch (error) {
        result = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    urls: new Map(subgraphs.map((s) => [s.name, `http://127.0.0.1:${port}/${s.name}`])),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
