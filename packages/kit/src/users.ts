import { isUserId } from './auth.ts';
import type { Runtime } from './runtime.ts';

/**
 * Whether accounts knows every one of these users: one federation entity lookup (`_entities`)
 * with the calling context's service credential. Ids that are no user id name nobody, and are
 * never sent. How a context checks a user it is about to refer to (a transfer's payee, a
 * channel's member, an avatar's owner) without reading accounts' database.
 */
export async function usersExist(runtime: Pick<Runtime, 'callSubgraph'>, userIds: string[], requestId?: string): Promise<boolean> {
  const ids = [...new Set(userIds)];
  if (!ids.every(isUserId)) return false;
  if (!ids.length) return true;
  const data = await runtime.callSubgraph<{ _entities: ({ id: string } | null)[] }>(
    'accounts',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
    { r: ids.map((id) => ({ __typename: 'User', id })) },
    requestId,
  );
  return data._entities.every((u) => !!u);
}
