import { isSelfOrAdmin, mayViewField } from '@worldgraph/kit';
import type { UserResolvers } from '../generated/graphql.ts';
import { balancesOf } from './Wallet.ts';

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // Someone else's wallet reads as null, like accounts' private fields.
  wallet: (user, _args, { viewer }) => (isSelfOrAdmin(viewer, user.id) ? { userId: user.id } : null),
  // Balances alone (not the ledger) are what the user's holdings privacy can show others.
  holdings: async (user, _args, ctx) => ((await mayViewField(ctx.privacy, ctx.viewer, user.id, 'holdings')) ? balancesOf(ctx, user.id) : null),
};
