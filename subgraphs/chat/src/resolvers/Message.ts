import type { ChannelActivityResolvers, ChannelMemberResolvers, ChatReportResolvers, MessageResolvers } from '../generated/graphql.ts';

export const Message: MessageResolvers = {
  channel: async (m, _args, ctx) => (await ctx.channelById.load(m.channelId))!,
  author: (m) => ({ id: m.authorId }),
  deleted: (m) => m.deletedAt !== null,
  replyTo: (m, _args, ctx) => (m.replyToId ? ctx.messageById.load(m.replyToId) : null),
  mentions: (m) => m.mentions.map((id) => ({ id })),
};

export const ChannelMember: ChannelMemberResolvers = {
  user: (m) => ({ id: m.userId }),
};

export const ChannelActivity: ChannelActivityResolvers = {
  channel: async (a, _args, ctx) => (await ctx.channelById.load(a.channelId))!,
  user: (a) => (a.userId ? { id: a.userId } : null),
};

export const ChatReport: ChatReportResolvers = {
  reporter: (r) => ({ id: r.reporterId }),
};
