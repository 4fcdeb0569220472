import { forbidden, isSelfOrAdmin, notFound, requireUser, type Viewer } from '@worldgraph/kit';
import { commissionReport } from '../domain/commissions.ts';
import type { MutationResolvers, QueryResolvers, ReferralResolvers, TopUpOrderResolvers } from '../generated/graphql.ts';
import type { WalletContext } from '../context.ts';

/** Who is acting, as platform variables and their history record it. */
function actorOf(viewer: Viewer): string {
  if (viewer.kind === 'user') return `user:${viewer.userId}`;
  if (viewer.kind === 'service') return `service:${viewer.service}`;
  throw forbidden();
}

export const CommerceQuery: QueryResolvers = {
  topUpOrder: async (_root, { id }, ctx) => {
    const order = id.length <= 40 ? await ctx.orders.get(id) : null;
    if (!order || !isSelfOrAdmin(ctx.viewer, order.userId)) throw notFound('Order');
    return order;
  },
  myTopUpOrders: (_root, { first, status }, ctx) => ctx.orders.list(requireUser(ctx.viewer), { first, status }),
  topUpOrders: (_root, { first, status }, ctx) => ctx.orders.list(null, { first, status }),
  topUpPrices: async (_root, _args, ctx) => Promise.all(ctx.wallet.assets.map(async (asset) => ({ asset, priceIrr: await ctx.variables.decimal(`price.${asset}`) }))),
  myReferrals: async (_root, _args, ctx) => {
    const userId = requireUser(ctx.viewer);
    const [code, referrals, mine] = await Promise.all([ctx.referrals.codeOf(userId), ctx.referrals.referred(userId), ctx.referrals.referralOf(userId)]);
    return { code, referrals, referredBy: mine ? { id: mine.referrerId } : null };
  },
  platformVariables: (_root, _args, ctx) => ctx.variables.list(),
  platformVariableHistory: (_root, { key, first }, ctx) => ctx.variables.history(key, first ?? 50),
  commissionReport: (_root, { from, to, period }, ctx) => commissionReport(ctx.db, { from: new Date(from), to: new Date(to), period: period ?? 'day' }),
  internalPlatformVariable: (_root, { key }, ctx) => ctx.variables.value(key),
};

export const CommerceMutation: MutationResolvers = {
  createTopUpOrder: (_root, { input }, ctx) => ctx.orders.create(requireUser(ctx.viewer), input),
  reconcileOrders: (_root, _args, ctx) => ctx.orders.reconcile(),
  claimReferral: (_root, { code }, ctx) => ctx.referrals.claim(requireUser(ctx.viewer), code, ctx.clientAddress),
  setPlatformVariable: (_root, { input }, ctx) => ctx.variables.set(actorOf(ctx.viewer), input),
};

export const TopUpOrder: TopUpOrderResolvers = {
  number: (order) => order.number.toString(),
  user: (order) => ({ id: order.userId }),
  priceIrr: (order) => order.priceIrr.toString(),
  redirectUrl: (order, _args, ctx) => ctx.orders.redirectUrl(order),
};

export const Referral: ReferralResolvers = {
  referred: (r) => ({ id: r.referredId }),
};
