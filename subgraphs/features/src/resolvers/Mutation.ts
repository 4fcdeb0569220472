import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { childMay } from '../domain/child-guard.ts';

export const Mutation: MutationResolvers = {
  // A child's permission is checked by the purchase's reservation step (Market.buy), not read first.
  buyFeature: async (_root, { id, idempotencyKey }, ctx) => ctx.market.buy(requireUser(ctx.viewer), id, idempotencyKey, ctx.requestId),
  createBuyRequest: async (_root, { featureId, price, note }, ctx) => ctx.offers.create(await childMay(ctx.db, requireUser(ctx.viewer), 'buy_parcel'), featureId, price, note),
  acceptBuyRequest: async (_root, { id }, ctx) => ctx.market.accept(await childMay(ctx.db, requireUser(ctx.viewer), 'sell_parcel'), id, ctx.requestId),
  rejectBuyRequest: (_root, { id }, ctx) => ctx.offers.reject(requireUser(ctx.viewer), id),
  cancelBuyRequest: (_root, { id }, ctx) => ctx.offers.cancel(requireUser(ctx.viewer), id),
  listFeatureForSale: async (_root, { id, price }, ctx) => ctx.holdings.list(await childMay(ctx.db, requireUser(ctx.viewer), 'sell_parcel'), id, price),
  cancelListing: (_root, { id }, ctx) => ctx.holdings.unlist(requireUser(ctx.viewer), id),
  placeBuilding: (_root, { featureId, kind, name }, ctx) => ctx.holdings.build(requireUser(ctx.viewer), featureId, kind, name),
  removeBuilding: (_root, { id }, ctx) => ctx.holdings.demolish(requireUser(ctx.viewer), id),
  withdrawProfits: (_root, { asset, idempotencyKey }, ctx) => ctx.profits.withdraw(requireUser(ctx.viewer), asset, idempotencyKey, ctx.requestId),
  accrueHourlyProfits: (_root, _args, ctx) => ctx.profits.accrue(),
};
