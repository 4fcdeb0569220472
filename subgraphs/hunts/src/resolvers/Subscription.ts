import { requireUser } from '@worldgraph/kit';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { toProgress, type ProgressEvent } from '../domain/progress.ts';

export const Subscription: SubscriptionResolvers = {
  huntProgress: {
    // Members only; checked once, when the subscription starts.
    subscribe: async (_root, { huntId }, ctx) => {
      const hunt = await ctx.hunts.requireManaged(requireUser(ctx.viewer), huntId);
      const events = ctx.live.subscribe(['hunts'], { filter: (e) => e.aggregateId === hunt.id });
      return (async function* () {
        try {
          for await (const event of events) yield { huntProgress: toProgress(event) };
        } finally {
          await events.return?.();
        }
      })();
    },
    resolve: (payload: { huntProgress: ProgressEvent }) => payload.huntProgress,
  },
};
