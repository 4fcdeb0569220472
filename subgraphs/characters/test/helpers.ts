// Shared operations of the characters tests: players and game servers through the router (and the
// subgraph itself for internal operations, which the router never exposes).
import { gql, serviceToken, stack, type GraphQLResponse } from '@worldgraph/testenv';

/** Sends an operation and fails the test with the errors if there are any. */
export async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Calls the characters subgraph directly as a game server (service credential). */
export async function asGameServer<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return gql<T>(query, variables, { url: stack().subgraphs.characters, token: await serviceToken('gameserver') });
}
