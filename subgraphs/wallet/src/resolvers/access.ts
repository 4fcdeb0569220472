import { forbidden, unauthenticated, type Viewer } from '@worldgraph/kit';

/** The signed-in user's id; anonymous callers are refused by @authenticated before this. */
export function userIdOf(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden('Only users have a wallet');
  return viewer.userId;
}
