import type { UserResolvers } from '../generated/graphql.ts';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  auditTrail: (user, { first, after }, { audit }) => audit.page({ userId: user.id }, first, after),
};
