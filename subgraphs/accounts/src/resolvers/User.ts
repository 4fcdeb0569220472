import { isSelfOrAdmin as seesPrivate } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';

// Email and KYC state are private.

export const User: UserResolvers = {
  __resolveReference: (ref, { users }) => users.load(ref.id),
  email: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.email : null),
  emailVerified: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? Boolean(user.emailVerifiedAt) : null),
  twoFactorEnabled: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? Boolean(user.totpEnabledAt) : null),
  kycStatus: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.kycStatus : null),
  status: (user) => (user.online ? 'online' : 'offline'),
};
