import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  myChannels: (_p, _args, ctx) => ctx.channels.mine(ctx.actor().userId),
  channel: async (_p, { id }, ctx) => (await ctx.channels.readable(ctx.actor(), id)).channel,
  blockedUsers: async (_p, _args, ctx) => (await ctx.channels.blocked(ctx.actor().userId)).map((id) => ({ id })),
  chatReports: (_p, { first }, ctx) => ctx.messages.reports(first),
};
