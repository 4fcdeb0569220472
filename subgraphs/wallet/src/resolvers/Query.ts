import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  assets: (_root, _args, { wallet }) => wallet.assets,
  myWallet: (_root, _args, { viewer }) => ({ userId: requireUser(viewer) }),
};
