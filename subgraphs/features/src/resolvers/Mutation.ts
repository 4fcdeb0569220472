import { requireUser } from '@worldgraph/kit';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  buyFeature: (_root, { id, idempotencyKey }, ctx) => ctx.market.buy(requireUser(ctx.viewer), id, idempotencyKey, ctx.requestId),
  createBuyRequest: (_root, { featureId, price, note }, ctx) => ctx.offers.create(requireUser(ctx.viewer), featureId, price, note),
  acceptBuyRequest: (_root, { id }, ctx) => ctx.market.accept(requireUser(ctx.viewer), id, ctx.requestId),
  rejectBuyRequest: (_root, { id }, ctx) => ctx.offers.reject(requireUser(ctx.viewer), id),
  cancelBuyRequest: (_root, { id }, ctx) => ctx.offers.cancel(requireUser(ctx.viewer), id),
  listFeatureForSale: (_root, { id, price }, ctx) => ctx.holdings.list(requireUser(ctx.viewer), id, price),
  cancelListing: (_root, { id }, ctx) => ctx.holdings.unlist(requireUser(ctx.viewer), id),
  placeBuilding: (_root, { featureId, kind, name }, ctx) => ctx.holdings.build(requireUser(ctx.viewer), featureId, kind, name),
  removeBuilding: (_root, { id }, ctx) => ctx.holdings.demolish(requireUser(ctx.viewer), id),
  withdrawProfits: (_root, { asset, idempotencyKey }, ctx) => ctx.profits.withdraw(requireUser(ctx.viewer), asset, idempotencyKey, ctx.requestId),
  accrueHourlyProfits: (_root, _args, ctx) => ctx.profits.accrue(),
};
