import type { Viewer } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';

/** Email and KYC state are private: the user themself, admins and other contexts see them. */
const seesPrivate = (viewer: Viewer, userId: string) =>
  viewer.kind === 'service' || (viewer.kind === 'user' && (viewer.userId === userId || viewer.roles.includes('admin')));

export const User: UserResolvers = {
  __resolveReference: (ref, { users }) => users.load(ref.id),
  email: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.email : null),
  kycStatus: (user, _args, { viewer }) => (seesPrivate(viewer, user.id) ? user.kycStatus : null),
};
