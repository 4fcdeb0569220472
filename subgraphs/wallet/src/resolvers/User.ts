import { isSelfOrAdmin } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // Someone else's wallet reads as null, like accounts' private fields.
  wallet: (user, _args, { viewer }) => (isSelfOrAdmin(viewer, user.id) ? { userId: user.id } : null),
};
