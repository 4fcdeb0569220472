import { isSelfOrAdmin as seesPrivate } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';

// Email and KYC state are private.

export const User: UserResolvers = {
  __resolveReference: (ref, { users }) => users.load(ref.id),
  email: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.email : null),
  kycStatus: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.kycStatus : null),
  status: (user) => (user.online ? 'online' : 'offline'),
};
