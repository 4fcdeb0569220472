import { forbidden, isSelfOrAdmin, mapLive, requireUser } from '@worldgraph/kit';
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
};
