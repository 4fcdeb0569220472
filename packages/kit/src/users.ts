import { isUserId } from './auth.ts';
import { fetchEntities } from './entities.ts';
import type { Runtime } from './runtime.ts';

/**
 * Ids accounts answered for. Accounts never deletes a user (erasure keeps the id and blanks the
 * rest), so a user once known exists for good: positive answers are kept, at most KNOWN_MAX ids
 * per process (the oldest go first). Unknown ids are always asked again (they may register).
 */
const known = new Set<string>();
const KNOWN_MAX = 100_000;

/**
 * Whether accounts knows every one of these users: one federation entity lookup (`_entities`)
 * with the calling context's service credential. Ids that are no user id name nobody, and are
 * never sent. How a context checks a user it is about to refer to (a transfer's payee, a
 * channel's member, an avatar's owner) without reading accounts' database.
 */
export async function usersExist(runtime: Pick<Runtime, 'callSubgraph'>, userIds: string[], requestId?: string): Promise<boolean> {
  const ids = [...new Set(userIds)];
  if (!ids.every(isUserId)) return false;
  const asked = ids.filter((id) => !known.has(id));
  if (!asked.length) return true;
  const users = await fetchEntities<{ id: string }>(runtime, 'accounts', 'User', 'id', asked, requestId);
  for (const u of users) {
    if (!u) continue;
    known.add(u.id);
    if (known.size > KNOWN_MAX) known.delete(known.values().next().value!);
  }
  return users.every((u) => !!u);
}
