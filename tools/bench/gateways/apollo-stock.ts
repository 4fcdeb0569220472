// The stock gateway the public benchmark measures: @apollo/gateway inside Apollo Server's
// standalone server, default settings. Reads SUPERGRAPH_PATH and PORT. With FORWARD_AUTHORIZATION=1
// (Scenario B only) it passes the client's Authorization header on, the one setting our
// subgraphs need to know the viewer; and the supergraph's @authenticated/@requiresScopes links
// lose `for: SECURITY`, which @apollo/gateway refuses to load otherwise.
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { prepareSupergraphForGateway } from '../../../supergraph/src/authorization.ts';

// Nothing leaves the machine: without it the gateway reports usage to Apollo and first queries cloud metadata servers.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
const forward = process.env.FORWARD_AUTHORIZATION === '1';
type Context = { authorization?: string };
const gateway = new ApolloGateway({
  supergraphSdl: prepareSupergraphForGateway(readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8')),
  ...(forward && {
    buildService: ({ url }) =>
      new (class extends RemoteGraphQLDataSource<Context> {
        override willSendRequest({ request, context }: { request: { http?: { headers: { set(k: string, v: string): void } } }; context: Context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        }
      })({ url }),
  }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4000), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`stock gateway at ${url}`);
const stop = () => void server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop).on('SIGINT', stop);
