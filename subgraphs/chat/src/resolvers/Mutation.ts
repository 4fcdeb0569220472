import type { MutationResolvers } from '../generated/graphql.ts';
import { publishTyping } from '../domain/live.ts';

export const Mutation: MutationResolvers = {
  sendMessage: (_p, { input }, ctx) => ctx.messages.send(ctx.actor(), input),
  editMessage: (_p, { id, body }, ctx) => ctx.messages.edit(ctx.actor(), id, body),
  deleteMessage: (_p, { id }, ctx) => ctx.messages.delete(ctx.actor(), id),
  markChannelRead: async (_p, { channelId, messageId }, ctx) => {
    await ctx.messages.markRead(ctx.actor(), channelId, messageId);
    return (await ctx.channels.readable(ctx.actor(), channelId)).channel;
  },
  sendTyping: async (_p, { channelId }, ctx) => {
    const actor = ctx.actor();
    await ctx.channels.writable(actor, channelId);
    if (await ctx.messages.mayType(actor.userId)) await publishTyping(ctx.events, channelId, actor.userId);
    return true;
  },
  createPartyChannel: (_p, { name, memberIds }, ctx) => ctx.channels.createParty(ctx.actor(), name, memberIds),
  inviteToChannel: (_p, { channelId, userId }, ctx) => ctx.channels.invite(ctx.actor(), channelId, userId),
  leaveChannel: (_p, { channelId }, ctx) => ctx.channels.leave(ctx.actor(), channelId),
  openDirectChannel: (_p, { userId }, ctx) => ctx.channels.openDirect(ctx.actor(), userId),
  blockUser: (_p, { userId }, ctx) => ctx.channels.block(ctx.actor(), userId),
  unblockUser: (_p, { userId }, ctx) => ctx.channels.unblock(ctx.actor(), userId),
  muteMember: (_p, { channelId, userId, minutes }, ctx) => ctx.channels.mute(ctx.actor(), channelId, userId, minutes),
  reportMessage: (_p, { id, reason }, ctx) => ctx.messages.report(ctx.actor(), id, reason),
};
