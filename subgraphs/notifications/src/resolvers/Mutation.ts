import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  markNotificationRead: (_root, { id }, ctx) => ctx.inbox.markRead(requireUser(ctx.viewer), id),
  markAllNotificationsRead: (_root, _args, ctx) => ctx.inbox.markAllRead(requireUser(ctx.viewer)),
};
