import { badInput, isUserId, mapLive } from '@worldgraph/kit';
import type { AccountsEvent } from '../domain/presence.ts';
import type { SubscriptionResolvers } from '../generated/graphql.ts';

type StatusChanged = Extract<AccountsEvent, { type: 'UserStatusChanged' }>;

export const Subscription: SubscriptionResolvers = {
  userStatusChanged: {
    subscribe: (_root, { userIds }, ctx) => {
      if (!userIds.length || userIds.length > 100) throw badInput('Follow 1 to 100 users', { field: 'userIds' });
      const bad = userIds.find((id) => !isUserId(id));
      if (bad) throw badInput(`${bad} is not a user id`, { field: 'userIds' });
      const wanted = new Set(userIds);
      const events = ctx.live.subscribe(['accounts'], { filter: (e) => e.type === 'UserStatusChanged' && wanted.has((e.payload as StatusChanged).userId) });
      return mapLive(events, async (event) => {
        const { userId, status, changedAt } = event.payload as StatusChanged;
        const user = await ctx.accounts.user(userId);
        return user ? { user, status, changedAt } : undefined;
      }) as never;
    },
    resolve: (change: unknown) => change as never,
  },
};
