import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { channelActivity, messagesAdded } from '../domain/live.ts';

export const Subscription: SubscriptionResolvers = {
  // Checked when the subscription starts: a channel the viewer may not read is refused at once.
  messageAdded: {
    subscribe: async (_root, { channelId }, ctx) => {
      await ctx.channels.readable(ctx.actor(), channelId);
      return messagesAdded(ctx.live, channelId);
    },
  },
  channelActivity: {
    subscribe: async (_root, _args, ctx) => {
      const userId = ctx.actor().userId;
      return channelActivity(ctx.live, userId, new Set((await ctx.channels.mine(userId)).map((c) => c.id)));
    },
  },
};
