import { unauthenticated } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  me: async (_root, _args, { viewer, users }) => {
    if (viewer.kind !== 'user') throw unauthenticated();
    const user = await users.load(viewer.userId);
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  },
  user: (_root, { id }, { users }) => users.load(id),
  userByUsername: (_root, { username }, { usersByUsername }) => usersByUsername.load(username.toLowerCase()),
};
