// Two small subgraphs for the router's tests of its request path (shared-execution,
// known-operations): accounts (users, the signed-in user, a mutation, a user error and an internal
// one) and reviews (a field on User), served on loopback ports, composed into a supergraph, and
// signed access tokens for them.
import type http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@worldgraph/kit';
import { GraphQLError, parse } from 'graphql';
import { SignJWT } from 'jose';
import { graphqlUrlOf, serveSubgraph, type ServeOptions } from './serve-subgraph.ts';

export const USERS = [
  { id: 'u1', name: 'Ada' },
  { id: 'u2', name: 'Grace' },
];

export interface UsersReviews {
  /** The subgraphs' servers (close them after the tests), by name their GraphQL URLs. */
  servers: http.Server[];
  urls: Map<string, string>;
  /** The supergraph of both; `reviewsSuffix` added to the reviews URL makes another one, planned anew. */
  supergraph(reviewsSuffix?: string): string;
  /** How many times `mutation { touch }` ran. */
  touched(): number;
}

/** Serves both subgraphs; `authenticatedMe` puts `@authenticated` on `Query.me`. */
export async function startUsersReviews(options: ServeOptions & { authenticatedMe?: boolean } = {}): Promise<UsersReviews> {
  let touched = 0;
  const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated"])`;
  const subgraphs = [
    {
      name: 'accounts',
      sdl: `${link}
        type Query { me: User ${options.authenticatedMe ? '@authenticated' : ''}  users(first: Int): [User!]!  flaky: String  crash: String }
        type Mutation { touch: Int! }
        type User @key(fields: "id") { id: ID!  name: String }`,
      resolvers: {
        Query: {
          // The signed-in user, read from the Authorization header the router forwarded.
          me: (_: unknown, __: unknown, context: { user?: string }) => USERS.find((u) => u.id === context.user) ?? null,
          users: (_: unknown, { first }: { first?: number }) => USERS.slice(0, first ?? USERS.length),
          flaky: () => {
            throw new GraphQLError('flaky failed', { extensions: { code: 'BAD_USER_INPUT' } });
          },
          crash: () => {
            throw new Error('crash: a secret from the database');
          },
        },
        Mutation: { touch: () => ++touched },
        User: { __resolveReference: (ref: { id: string }) => USERS.find((u) => u.id === ref.id) },
      },
    },
    {
      name: 'reviews',
      sdl: `${link}
        type User @key(fields: "id") { id: ID!  reviews: [String!]! }`,
      resolvers: { User: { __resolveReference: (ref: { id: string }) => ref, reviews: (u: { id: string }) => [`review of ${u.id}`] } },
    },
  ];
  const servers: http.Server[] = [];
  const urls = new Map<string, string>();
  for (const def of subgraphs) {
    const server = await serveSubgraph(buildSubgraphSchema({ typeDefs: parse(def.sdl), resolvers: def.resolvers as never }), options);
    servers.push(server);
    urls.set(def.name, graphqlUrlOf(server));
  }
  return {
    servers,
    urls,
    supergraph(reviewsSuffix = '') {
      const composed = composeServices(subgraphs.map((s) => ({ name: s.name, url: `${urls.get(s.name)!}${s.name === 'reviews' ? reviewsSuffix : ''}`, typeDefs: parse(s.sdl) })));
      if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
      return composed.supergraphSdl!;
    },
    touched: () => touched,
  };
}

/** A key pair for the router's verifier, and access tokens (role user, 10 minutes) signed with it. */
export function accessTokens() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const tokenOf = (sub: string) =>
    new SignJWT({ sid: randomUUID(), roles: ['user'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(sub)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setExpirationTime('10m')
      .sign(privateKey);
  return { publicKey, tokenOf };
}
