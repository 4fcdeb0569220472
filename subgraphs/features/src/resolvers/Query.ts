import { isUserId, requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { HOURLY_PROFIT_RATE, LAND_USE_COLOURS, LAND_USES } from '../geo/land-use.ts';
import { searchFeatures } from '../domain/search.ts';

export const Query: QueryResolvers = {
  features: (_root, args, ctx) => searchFeatures(ctx.db, args, ctx.maxBBoxDeg2),
  feature: (_root, { id }, { features }) => features.load(id),
  myFeatures: (_root, { first, after }, ctx) => ctx.holdings.ofOwner(requireUser(ctx.viewer), first, after),
  hourlyProfits: (_root, { first, after }, ctx) => ctx.profits.list(requireUser(ctx.viewer), first, after),
  buyRequestsSent: (_root, { first, after }, ctx) => ctx.offers.list('buyerId', requireUser(ctx.viewer), first, after),
  buyRequestsReceived: (_root, { first, after }, ctx) => ctx.offers.list('sellerId', requireUser(ctx.viewer), first, after),
  internalFeatureOwner: async (_root, { id }, { features }) => {
    const feature = await features.load(id);
    return feature && { featureId: feature.id, ownerId: feature.ownerId };
  },
  internalFeaturesOwnedBy: async (_root, { userId }, { db }) =>
    isUserId(userId) ? (await db.feature.findMany({ where: { ownerId: userId }, select: { id: true }, orderBy: { id: 'asc' }, take: 500 })).map((f) => f.id) : [],
  landUses: () => LAND_USES.map((landUse) => ({ landUse, colour: LAND_USE_COLOURS[landUse], hourlyProfitRate: HOURLY_PROFIT_RATE[landUse] })),
};
