import { forbidden, isSelfOrAdmin, mapLive, notFound, requireUser } from '@worldgraph/kit';
import type { TopUpOrderSettled } from '../domain/orders.ts';
import type { WalletChanged } from '../domain/ledger.ts';
import type { SubscriptionResolvers } from '../generated/graphql.ts';

export const Subscription: SubscriptionResolvers = {
  walletChanged: {
    subscribe: (_root, { userId }, ctx) => {
      const owner = userId ?? requireUser(ctx.viewer);
      if (!isSelfOrAdmin(ctx.viewer, owner)) throw forbidden("Only the wallet's owner can follow it");
      const events = ctx.live.subscribe(['wallet'], { filter: (e) => e.type === 'WalletChanged' && (e.payload as unknown as WalletChanged).userId === owner });
      return mapLive(events, async (event) => (await ctx.wallet.entry((event.payload as unknown as WalletChanged).entryId)) ?? undefined) as never;
    },
    resolve: (entry: unknown) => entry as never,
  },
  topUpOrderSettled: {
    subscribe: async (_root, { id }, ctx) => {
      requireUser(ctx.viewer);
      const order = id.length <= 40 ? await ctx.orders.get(id) : null;
      if (!order || !isSelfOrAdmin(ctx.viewer, order.userId)) throw notFound('Order');
      const events = ctx.live.subscribe(['wallet'], { filter: (e) => e.type === 'TopUpOrderSettled' && (e.payload as unknown as TopUpOrderSettled).orderId === id });
      return mapLive(events, async () => (await ctx.orders.get(id)) ?? undefined) as never;
    },
    resolve: (order: unknown) => order as never,
  },
};
