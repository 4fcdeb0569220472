import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  notifications: (_root, { first, after, unreadOnly }, ctx) => ctx.inbox.list(requireUser(ctx.viewer), first, after, unreadOnly),
  unreadNotificationCount: (_root, _args, ctx) => ctx.inbox.unreadCount(requireUser(ctx.viewer)),
  notificationPreferences: (_root, _args, ctx) => ctx.preferences.list(requireUser(ctx.viewer)),
};
