import type { BuyRequestResolvers, FeatureResolvers, HourlyProfitResolvers, PurchaseResolvers, UserResolvers } from '../generated/graphql.ts';
import type { PolygonGeometry } from '../generated/graphql.ts';
import { LAND_USE_COLOURS } from '../geo/land-use.ts';

const user = (id: string | null) => (id ? { id } : null);

export const Feature: FeatureResolvers = {
  __resolveReference: (ref, { features }) => features.load(ref.id),
  geometry: (f) => f.geometry as unknown as PolygonGeometry,
  centroid: (f) => ({ lng: f.centroidLng, lat: f.centroidLat }),
  colour: (f) => LAND_USE_COLOURS[f.landUse],
  owner: (f) => user(f.ownerId),
  price: (f) => ({ asset: f.priceAsset, amount: f.price }),
  buildings: (f, _args, { buildings }) => buildings.load(f.id),
};

export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  features: (u, { first, after }, { holdings }) => holdings.ofOwner(u.id, first, after),
};

export const BuyRequest: BuyRequestResolvers = {
  feature: async (r, _args, { features }) => (await features.load(r.featureId))!,
  buyer: (r) => ({ id: r.buyerId }),
  seller: (r) => ({ id: r.sellerId }),
  price: (r) => ({ asset: r.asset, amount: r.price }),
};

export const Purchase: PurchaseResolvers = {
  feature: async (p, _args, { features }) => (await features.load(p.featureId))!,
  buyer: (p) => ({ id: p.buyerId }),
  seller: (p) => user(p.sellerId),
  price: (p) => ({ asset: p.asset, amount: p.price }),
};

export const HourlyProfit: HourlyProfitResolvers = {
  feature: async (h, _args, { features }) => (await features.load(h.featureId))!,
  withdrawn: (h) => h.withdrawalId !== null,
};
