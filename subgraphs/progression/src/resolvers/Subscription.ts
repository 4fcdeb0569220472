import { requireUser } from '@worldgraph/kit';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { levelChanges } from '../domain/live.ts';

export const Subscription: SubscriptionResolvers = {
  // Only the viewer's own: the filter runs on every event before anything reaches the socket.
  levelChanged: { subscribe: (_root, _args, ctx) => levelChanges(ctx.live, requireUser(ctx.viewer)) },
};
