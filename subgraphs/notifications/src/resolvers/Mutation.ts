import { requireUser } from '@worldgraph/kit';
import { sendSecurityCode } from '../domain/security-sms.ts';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  markNotificationRead: (_root, { id }, ctx) => ctx.inbox.markRead(requireUser(ctx.viewer), id),
  markAllNotificationsRead: (_root, _args, ctx) => ctx.inbox.markAllRead(requireUser(ctx.viewer)),
  updateNotificationPreferences: (_root, { input }, ctx) => ctx.preferences.update(requireUser(ctx.viewer), input),
  internalSendSecurityCode: (_root, args, ctx) => sendSecurityCode(ctx.sms, args),
};
