import type { ChannelResolvers, DynastyResolvers, HuntResolvers } from '../generated/graphql.ts';
import type { ChatContext } from '../context.ts';
import type { Channel as ChannelRow } from '../generated/prisma/client.ts';

/** A channel the viewer may read, or null (its existence is not revealed). */
const visible = async (ctx: ChatContext, channel: ChannelRow | null) => {
  if (!channel) return null;
  try {
    return (await ctx.channels.readable(ctx.actor(), channel.id)).channel;
  } catch {
    return null;
  }
};

export const Channel: ChannelResolvers = {
  __resolveReference: async (ref, ctx) => visible(ctx, await ctx.channelById.load(ref.id)),
  kind: (c) => c.kind.toUpperCase() as never,
  closed: (c) => c.closedAt !== null,
  // The parent already checked access; a membership ended since then is simply no role.
  myRole: async (c, _args, ctx) => (c.kind === 'global' ? null : ((await ctx.myMembership.load(c.id))?.role ?? null)),
  unreadCount: (c, _args, ctx) => ctx.unread.load(c.id),
  lastMessage: (c, _args, ctx) => ctx.lastMessage.load(c.id),
  members: async (c, { first }, ctx) => {
    await ctx.channels.readable(ctx.actor(), c.id);
    if (c.kind === 'global') return [];
    return ctx.channels.members(c.id, first ?? 50);
  },
  messages: async (c, { first, before, after }, ctx) => {
    await ctx.channels.readable(ctx.actor(), c.id);
    return ctx.messages.history(c.id, first, before, after);
  },
};

export const Dynasty: DynastyResolvers = {
  chatChannel: async (d, _args, ctx) => visible(ctx, await ctx.channelByRef.load(`dynasty:${d.id}`)),
};

export const Hunt: HuntResolvers = {
  chatChannel: async (h, _args, ctx) => visible(ctx, await ctx.channelByRef.load(`hunt:${h.id}`)),
};
