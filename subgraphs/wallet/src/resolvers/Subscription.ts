import { forbidden, isSelfOrAdmin, requireUser, type DomainEvent } from '@worldgraph/kit';
import type { WalletChanged } from '../domain/ledger.ts';
import type { SubscriptionResolvers } from '../generated/graphql.ts';
import type { WalletContext } from '../context.ts';

export const Subscription: SubscriptionResolvers = {
  walletChanged: {
    subscribe: (_root, { userId }, ctx) => {
      const owner = userId ?? requireUser(ctx.viewer);
      if (!isSelfOrAdmin(ctx.viewer, owner)) throw forbidden("Only the wallet's owner can follow it");
      const events = ctx.live.subscribe(['wallet'], { filter: (e) => e.type === 'WalletChanged' && (e.payload as unknown as WalletChanged).userId === owner });
      return entries(events, ctx) as never;
    },
    resolve: (entry: unknown) => entry as never,
  },
};

/** The ledger entry of each event, as the Transaction type resolves it. */
async function* entries(events: AsyncIterableIterator<DomainEvent>, ctx: WalletContext) {
  try {
    for await (const event of events) {
      const entry = await ctx.wallet.entry((event.payload as unknown as WalletChanged).entryId);
      if (entry) yield entry;
    }
  } finally {
    await events.return?.();
  }
}
