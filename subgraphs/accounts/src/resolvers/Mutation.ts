import { requireUser, unauthenticated } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { AccountsContext } from '../context.ts';

const client = (ctx: AccountsContext) => ({ address: ctx.clientAddress, userAgent: ctx.userAgent });


export const Mutation: MutationResolvers = {
  register: (_root, { input }, ctx) => ctx.accounts.register(input, client(ctx)),
  login: (_root, { input }, ctx) => ctx.accounts.login(input, client(ctx)),
  refresh: (_root, { refreshToken }, ctx) => ctx.accounts.refresh(refreshToken),
  logout: async (_root, _args, ctx) => {
    if (ctx.viewer.kind !== 'user') throw unauthenticated();
    await ctx.accounts.revoke(ctx.viewer.sessionId);
    return true;
  },
  updateProfile: (_root, { input }, ctx) => ctx.accounts.updateProfile(requireUser(ctx.viewer), input),
  setRoles: (_root, { userId, roles }, ctx) => ctx.accounts.setRoles(userId, roles),
};
