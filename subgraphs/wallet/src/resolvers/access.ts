import { forbidden, unauthenticated, type Viewer } from '@worldgraph/kit';

/** A wallet is visible to its owner, to admins and to other contexts. */
export const canSeeWallet = (viewer: Viewer, userId: string) =>
  viewer.kind === 'service' || (viewer.kind === 'user' && (viewer.userId === userId || viewer.roles.includes('admin')));

/** The signed-in user's id; anonymous callers are refused by @authenticated before this. */
export function userIdOf(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden('Only users have a wallet');
  return viewer.userId;
}
