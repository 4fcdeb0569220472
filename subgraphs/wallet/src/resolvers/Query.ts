import type { QueryResolvers } from '../generated/graphql.ts';
import { userIdOf } from './access.ts';

export const Query: QueryResolvers = {
  assets: (_root, _args, { wallet }) => wallet.assets,
  myWallet: (_root, _args, { viewer }) => ({ userId: userIdOf(viewer) }),
};
