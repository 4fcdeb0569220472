import { isSelfOrAdmin as seesPrivate, mayView, type Audience } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';
import { twoFactorMethod } from '../domain/two-factor.ts';

// Email, phone, two-factor and KYC state are private.

export const User: UserResolvers = {
  __resolveReference: (ref, { users }) => users.load(ref.id),
  email: (user, _args, { viewer }) => (mayView(viewer, user.id, user.privacyEmail as Audience) && !user.erasedAt ? user.email : null),
  emailVerified: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? Boolean(user.emailVerifiedAt) : null),
  twoFactorEnabled: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? twoFactorMethod(user) !== null : null),
  twoFactorMethod: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? twoFactorMethod(user) : null),
  phoneNumber: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) && !user.erasedAt ? user.phoneNumber : null),
  kycStatus: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.kycStatus : null),
  status: (user, _args, { viewer }) => (user.online && mayView(viewer, user.id, user.privacyPresence as Audience) ? 'online' : 'offline'),
  lastSeenAt: (user, _args, { viewer }) => (mayView(viewer, user.id, user.privacyPresence as Audience) ? user.lastSeenAt : null),
  privacy: (user, _args, { viewer }) =>
    seesPrivate(viewer, user.id)
      ? { email: user.privacyEmail, presence: user.privacyPresence, holdings: user.privacyHoldings, level: user.privacyLevel } as never
      : null,
};
