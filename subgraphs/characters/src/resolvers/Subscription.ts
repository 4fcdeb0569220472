import { mapLive, notFound, requireUser } from '@worldgraph/kit';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import { characterChange, type CharacterChangeView } from '../domain/live.ts';
import type { TradeView } from '../domain/trades.ts';

export const Subscription: SubscriptionResolvers = {
  characterChanged: {
    subscribe: (_root, _args, ctx) => {
      const accountId = requireUser(ctx.viewer);
      const events = ctx.live.subscribe(['characters'], { filter: (e) => !!characterChange(e, accountId) });
      return mapLive(events, (e) => ({ characterChanged: characterChange(e, accountId)! }));
    },
    resolve: (payload: { characterChanged: CharacterChangeView }) => payload.characterChanged,
  },
  tradeChanged: {
    // The owners of its characters only; checked once, when the subscription starts.
    subscribe: async (_root, { tradeId }, ctx) => {
      const trade = await ctx.trades.forAccount(requireUser(ctx.viewer), tradeId);
      if (!trade) throw notFound('Trade');
      const events = ctx.live.subscribe(['characters'], { filter: (e) => e.aggregateId === trade.id && e.type.startsWith('Trade') });
      return mapLive(events, async () => {
        const now = await ctx.trades.find(trade.id);
        return now ? { tradeChanged: now } : undefined;
      });
    },
    resolve: (payload: { tradeChanged: TradeView }) => payload.tradeChanged,
  },
};
