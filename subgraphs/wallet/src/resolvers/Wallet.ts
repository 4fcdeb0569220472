import { badInput, Decimal } from '@worldgraph/kit';
import type { WalletContext } from '../context.ts';
import type { WalletResolvers } from '../generated/graphql.ts';

/** A user's balance in every configured asset (zero when never funded). */
export async function balancesOf({ wallet, balances }: WalletContext, userId: string) {
  const rows = await balances.load(userId);
  return wallet.assets.map((asset) => ({ asset, amount: rows.find((r) => r.asset === asset)?.amount ?? new Decimal(0) }));
}

export const Wallet: WalletResolvers = {
  owner: (parent) => ({ id: parent.userId }),
  balances: (parent, _args, ctx) => balancesOf(ctx, parent.userId),
  balance: async (parent, { asset }, { wallet, balances }) => {
    if (!wallet.assets.includes(asset)) throw badInput(`Unknown asset ${asset}; known: ${wallet.assets.join(', ')}`, { field: 'asset' });
    const rows = await balances.load(parent.userId);
    return { asset, amount: rows.find((r) => r.asset === asset)?.amount ?? new Decimal(0) };
  },
  transactions: (parent, { first, after, asset }, { wallet }) => wallet.history(parent.userId, { first: first ?? 20, after, asset }),
};
