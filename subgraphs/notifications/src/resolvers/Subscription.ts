import { requireUser } from '@worldgraph/kit';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { notificationsAdded } from '../domain/live.ts';

export const Subscription: SubscriptionResolvers = {
  // Only the viewer's own: the filter runs on every event before anything reaches the socket.
  notificationAdded: { subscribe: (_root, _args, ctx) => notificationsAdded(ctx.live, requireUser(ctx.viewer)) },
};
