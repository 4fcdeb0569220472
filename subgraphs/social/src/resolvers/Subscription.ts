import { forbidden, notFound, requireUser } from '@worldgraph/kit';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { toChange, type DynastyChangeView } from '../domain/changes.ts';
import { isId } from '../domain/dynasties.ts';

export const Subscription: SubscriptionResolvers = {
  dynastyChanged: {
    // Members only (and whoever a request concerns, who hears about it by notification); checked once, when it starts.
    subscribe: async (_root, { dynastyId }, ctx) => {
      const userId = requireUser(ctx.viewer);
      if (!isId(dynastyId) || !(await ctx.dynastyById.load(dynastyId))) throw notFound('Dynasty');
      const member = await ctx.memberByUser.load(userId);
      if (member?.dynastyId !== dynastyId) throw forbidden('Only members follow a dynasty');
      const events = ctx.live.subscribe(['social'], { filter: (e) => e.aggregateId === dynastyId });
      return (async function* () {
        try {
          for await (const event of events) yield { dynastyChanged: toChange(event) };
        } finally {
          await events.return?.();
        }
      })();
    },
    resolve: (payload: { dynastyChanged: DynastyChangeView }) => payload.dynastyChanged,
  },
};
