// The router's plan executor after a live supergraph swap (the registry's new supergraph, as in
// production, where the subgraphs' URLs come from the supergraph itself): a subgraph added by the
// swap is called, and one whose routing URL changed is called at its new URL. @apollo/gateway
// updates its service map in place and keeps a data source whose URL is unchanged, so the
// executor's subgraph clients must follow the data sources, not the map object.
import http from 'node:http';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { generateKeyPairSync } from 'node:crypto';
import { parse } from 'graphql';
import { startRouter, type RunningRouter } from '../src/router.ts';
import { graphqlUrlOf, serveSubgraph, supergraphSwap } from './serve-subgraph.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const ACCOUNTS = `${LINK}\n type Query { hello: String }`;
const EXTRAS = `${LINK}\n type Query { extra: String }`;

const servers: http.Server[] = [];
let router: RunningRouter;
const registry = supergraphSwap();
let accountsUrl: string;
let extrasUrl: string;
let extrasMovedUrl: string;

const supergraph = (services: { name: string; url: string; sdl: string }[]) => {
  const composed = composeServices(services.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return composed.supergraphSdl!;
};

async function ask(query: string) {
  const res = await fetch(router.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

beforeAll(async () => {
  const accounts = await serveSubgraph(buildSubgraphSchema({ typeDefs: parse(ACCOUNTS), resolvers: { Query: { hello: () => 'hello' } } as never }));
  const extras = await serveSubgraph(buildSubgraphSchema({ typeDefs: parse(EXTRAS), resolvers: { Query: { extra: () => 'from the first extras' } } as never }));
  const moved = await serveSubgraph(buildSubgraphSchema({ typeDefs: parse(EXTRAS), resolvers: { Query: { extra: () => 'from the moved extras' } } as never }));
  servers.push(accounts, extras, moved);
  [accountsUrl, extrasUrl, extrasMovedUrl] = [graphqlUrlOf(accounts), graphqlUrlOf(extras), graphqlUrlOf(moved)];
  const { publicKey } = generateKeyPairSync('ed25519');
  router = await startRouter({
    port: 0,
    supergraphSdl: supergraph([{ name: 'accounts', url: accountsUrl, sdl: ACCOUNTS }]),
    // No URL overrides: each subgraph is called where the supergraph says, as from the registry.
    subgraphUrls: new Map(),
    verifier: new TokenVerifier({ accessKeys: publicKey, kv: createKeyValueStore(undefined, 'executor-swap-test:') }),
    logger: createLogger('executor-swap-test', 'silent'),
    corsOrigin: true,
    supergraphUpdates: registry.updates,
  });
});

afterAll(async () => {
  await router?.close();
  for (const s of servers) s.closeAllConnections(), s.close();
});

describe("the router's executor across live supergraph swaps", () => {
  it('calls a subgraph the new supergraph adds, and one whose routing URL changed at its new URL', async () => {
    expect(await ask('{ hello }')).toEqual({ data: { hello: 'hello' } });
    await registry.swap(supergraph([{ name: 'accounts', url: accountsUrl, sdl: ACCOUNTS }, { name: 'extras', url: extrasUrl, sdl: EXTRAS }]));
    expect(await ask('{ hello extra }')).toEqual({ data: { hello: 'hello', extra: 'from the first extras' } });
    await registry.swap(supergraph([{ name: 'accounts', url: accountsUrl, sdl: ACCOUNTS }, { name: 'extras', url: extrasMovedUrl, sdl: EXTRAS }]));
    expect(await ask('{ hello extra }')).toEqual({ data: { hello: 'hello', extra: 'from the moved extras' } });
  });
});
