import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Feature as FeatureRow, BuyRequest as BuyRequestRow, Purchase as PurchaseRow, HourlyProfit as HourlyProfitRow, ProfitWithdrawal as ProfitWithdrawalRow, Building as BuildingRow } from './prisma/client.ts';
import type { FeaturesContext } from '../context.ts';
import type { Decimal } from '@worldgraph/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact instant, ISO-8601 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** An exact decimal number as a string, e.g. "12.5"; at most 10 integer and 10 fractional digits. Money is never a float. */
  Decimal: { input: Decimal; output: Decimal | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A rectangle of the map, in degrees. At most 1 square degree. */
export type BBoxInput = {
  maxLat: Scalars['Float']['input'];
  maxLng: Scalars['Float']['input'];
  minLat: Scalars['Float']['input'];
  minLng: Scalars['Float']['input'];
};

export type Building = {
  __typename?: 'Building';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: BuildingKind;
  name?: Maybe<Scalars['String']['output']>;
};

export type BuildingKind =
  | 'apartment'
  | 'clinic'
  | 'factory'
  | 'farm'
  | 'house'
  | 'office'
  | 'park'
  | 'school'
  | 'shop';

/** An offer to buy an owned parcel. Rejected and cancelled offers are kept, hidden from lists. */
export type BuyRequest = {
  __typename?: 'BuyRequest';
  buyer: User;
  createdAt: Scalars['DateTime']['output'];
  feature: Feature;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  price: Price;
  seller: User;
  status: BuyRequestStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type BuyRequestConnection = {
  __typename?: 'BuyRequestConnection';
  edges: Array<BuyRequestEdge>;
  pageInfo: PageInfo;
};

export type BuyRequestEdge = {
  __typename?: 'BuyRequestEdge';
  cursor: Scalars['String']['output'];
  node: BuyRequest;
};

export type BuyRequestStatus =
  | 'accepted'
  | 'cancelled'
  | 'pending'
  | 'rejected';

export type Coordinates = {
  __typename?: 'Coordinates';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

/** A parcel of land on the world map (a GeoJSON feature). */
export type Feature = {
  __typename?: 'Feature';
  /** Geodesic area in square metres. */
  areaM2: Scalars['Float']['output'];
  buildings: Array<Building>;
  centroid: Coordinates;
  /** Display colour of its land use, e.g. #4caf50. */
  colour: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  geometry: PolygonGeometry;
  id: Scalars['ID']['output'];
  images: Array<Scalars['String']['output']>;
  landUse: LandUse;
  /** Null while the world owns it. */
  owner?: Maybe<User>;
  /** The world's price, or the owner's asking price while for_sale. */
  price: Price;
  status: FeatureStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type FeatureConnection = {
  __typename?: 'FeatureConnection';
  edges: Array<FeatureEdge>;
  pageInfo: PageInfo;
};

export type FeatureEdge = {
  __typename?: 'FeatureEdge';
  cursor: Scalars['String']['output'];
  node: Feature;
};

export type FeatureFilter = {
  landUse?: InputMaybe<Array<LandUse>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<FeatureStatus>>;
};

export type FeatureStatus =
  /** Owned by the world; anyone can buy it at its price. */
  | 'available'
  /** Listed by its owner; anyone can buy it at the asking price. */
  | 'for_sale'
  /** A purchase is in progress. */
  | 'reserved'
  /** Owned by a user and not listed; others can make buy requests. */
  | 'sold';

/** A parcel's status changed: bought, listed, unlisted, reserved by a purchase or released. */
export type FeatureStatusChange = {
  __typename?: 'FeatureStatusChange';
  changedAt: Scalars['DateTime']['output'];
  /** The parcel as it is now. */
  feature: Feature;
  previousStatus: FeatureStatus;
  status: FeatureStatus;
};

/** One hour of one parcel's profit. */
export type HourlyProfit = {
  __typename?: 'HourlyProfit';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  feature: Feature;
  hour: Scalars['DateTime']['output'];
  withdrawn: Scalars['Boolean']['output'];
};

export type HourlyProfitConnection = {
  __typename?: 'HourlyProfitConnection';
  edges: Array<HourlyProfitEdge>;
  pageInfo: PageInfo;
  /** Accrued and not yet withdrawn, per asset. */
  pending: Array<Price>;
};

export type HourlyProfitEdge = {
  __typename?: 'HourlyProfitEdge';
  cursor: Scalars['String']['output'];
  node: HourlyProfit;
};

/** Internal: a parcel's owner, as another context (social) asks before acting on it. */
export type InternalFeatureOwner = {
  __typename?: 'InternalFeatureOwner';
  featureId: Scalars['ID']['output'];
  /** Null while the world owns it. */
  ownerId?: Maybe<Scalars['ID']['output']>;
};

/** What a parcel is zoned for; decides its colour and its hourly profit. */
export type LandUse =
  | 'agricultural'
  | 'commercial'
  | 'educational'
  | 'governmental'
  | 'healthcare'
  | 'industrial'
  | 'recreational'
  | 'residential';

export type LandUseInfo = {
  __typename?: 'LandUseInfo';
  colour: Scalars['String']['output'];
  /** Fraction of the parcel's price earned per hour by its owner. */
  hourlyProfitRate: Scalars['Decimal']['output'];
  landUse: LandUse;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The owner accepts an offer: the buyer pays, the parcel changes hands. */
  acceptBuyRequest: Purchase;
  /** Admins only: runs the hourly-profit job now (it also runs every minute); returns the parcel-hours credited. */
  accrueHourlyProfits: Scalars['Int']['output'];
  /** Buys a parcel at its price (available or for_sale). CONFLICT when someone else got it first. A refused purchase stays refused for its key: retry with a new one. */
  buyFeature: Purchase;
  /** The buyer withdraws an offer. */
  cancelBuyRequest: BuyRequest;
  cancelListing: Feature;
  /** Offers a price for a parcel someone owns. */
  createBuyRequest: BuyRequest;
  /** The owner lists a parcel at an asking price. */
  listFeatureForSale: Feature;
  placeBuilding: Building;
  /** The owner declines an offer. */
  rejectBuyRequest: BuyRequest;
  removeBuilding: Feature;
  /** Moves all accrued profits of one asset into the wallet. */
  withdrawProfits: ProfitWithdrawal;
};


export type MutationAcceptBuyRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBuyFeatureArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationCancelBuyRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBuyRequestArgs = {
  featureId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  price: Scalars['Decimal']['input'];
};


export type MutationListFeatureForSaleArgs = {
  id: Scalars['ID']['input'];
  price: Scalars['Decimal']['input'];
};


export type MutationPlaceBuildingArgs = {
  featureId: Scalars['ID']['input'];
  kind: BuildingKind;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectBuyRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveBuildingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawProfitsArgs = {
  asset?: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A GeoJSON Polygon: rings of [longitude, latitude] positions, the first ring the outline. */
export type PolygonGeometry = {
  __typename?: 'PolygonGeometry';
  coordinates: Array<Array<Array<Scalars['Float']['output']>>>;
  type: Scalars['String']['output'];
};

/** An amount of one asset. */
export type Price = {
  __typename?: 'Price';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
};

export type ProfitWithdrawal = {
  __typename?: 'ProfitWithdrawal';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** A purchase of a parcel: the buyer paid, the parcel changed hands, the seller was paid (minus commission). */
export type Purchase = {
  __typename?: 'Purchase';
  buyer: User;
  /** Kept by the platform from the seller's proceeds. */
  commission: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  feature: Feature;
  /** The same for a retry with the same idempotency key. */
  id: Scalars['ID']['output'];
  price: Price;
  /** Null when bought from the world. */
  seller?: Maybe<User>;
  status: PurchaseStatus;
};

export type PurchaseStatus =
  | 'compensated'
  | 'completed'
  | 'debited'
  | 'failed'
  | 'reserved'
  | 'transferred';

export type Query = {
  __typename?: 'Query';
  /** Offers the signed-in user received that are still visible (pending or accepted). */
  buyRequestsReceived: BuyRequestConnection;
  /** Offers the signed-in user made that are still visible (pending or accepted). */
  buyRequestsSent: BuyRequestConnection;
  feature?: Maybe<Feature>;
  /** Parcels intersecting the box (touching counts), in id order, 1-500 per page. */
  features: FeatureConnection;
  /** The signed-in user's profits, newest first. */
  hourlyProfits: HourlyProfitConnection;
  /** Internal (other contexts, service credential): who owns a parcel; null when there is no such parcel. */
  internalFeatureOwner?: Maybe<InternalFeatureOwner>;
  /** Internal: ids of the parcels a user owns, in id order (at most 500). */
  internalFeaturesOwnedBy: Array<Scalars['ID']['output']>;
  landUses: Array<LandUseInfo>;
  /** The signed-in user's parcels. */
  myFeatures: FeatureConnection;
};


export type QueryBuyRequestsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBuyRequestsSentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bbox: BBoxInput;
  filter?: InputMaybe<FeatureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHourlyProfitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInternalFeatureOwnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternalFeaturesOwnedByArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryMyFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of parcels whose bounds touch the box (at most 1 square degree), from now on. */
  featureStatusChanged: FeatureStatusChange;
};


export type SubscriptionFeatureStatusChangedArgs = {
  bbox: BBoxInput;
};

/** A user of accounts, owning parcels here. */
export type User = {
  __typename?: 'User';
  /** Parcels this user owns. */
  features: FeatureConnection;
  id: Scalars['ID']['output'];
};


/** A user of accounts, owning parcels here. */
export type UserFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Feature: Feature;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Feature:
    ( { __typename: 'Feature' }
    & GraphQLRecursivePick<FederationTypes['Feature'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BBoxInput: BBoxInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Building: ResolverTypeWrapper<BuildingRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BuildingKind: BuildingKind;
  BuyRequest: ResolverTypeWrapper<BuyRequestRow>;
  BuyRequestConnection: ResolverTypeWrapper<Omit<BuyRequestConnection, 'edges'> & { edges: Array<ResolversTypes['BuyRequestEdge']> }>;
  BuyRequestEdge: ResolverTypeWrapper<Omit<BuyRequestEdge, 'node'> & { node: ResolversTypes['BuyRequest'] }>;
  BuyRequestStatus: BuyRequestStatus;
  Coordinates: ResolverTypeWrapper<Coordinates>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Feature: ResolverTypeWrapper<FeatureRow>;
  FeatureConnection: ResolverTypeWrapper<Omit<FeatureConnection, 'edges'> & { edges: Array<ResolversTypes['FeatureEdge']> }>;
  FeatureEdge: ResolverTypeWrapper<Omit<FeatureEdge, 'node'> & { node: ResolversTypes['Feature'] }>;
  FeatureFilter: FeatureFilter;
  FeatureStatus: FeatureStatus;
  FeatureStatusChange: ResolverTypeWrapper<Omit<FeatureStatusChange, 'feature'> & { feature: ResolversTypes['Feature'] }>;
  HourlyProfit: ResolverTypeWrapper<HourlyProfitRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  HourlyProfitConnection: ResolverTypeWrapper<Omit<HourlyProfitConnection, 'edges'> & { edges: Array<ResolversTypes['HourlyProfitEdge']> }>;
  HourlyProfitEdge: ResolverTypeWrapper<Omit<HourlyProfitEdge, 'node'> & { node: ResolversTypes['HourlyProfit'] }>;
  InternalFeatureOwner: ResolverTypeWrapper<InternalFeatureOwner>;
  LandUse: LandUse;
  LandUseInfo: ResolverTypeWrapper<LandUseInfo>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolygonGeometry: ResolverTypeWrapper<PolygonGeometry>;
  Price: ResolverTypeWrapper<Price>;
  ProfitWithdrawal: ResolverTypeWrapper<ProfitWithdrawalRow>;
  Purchase: ResolverTypeWrapper<PurchaseRow>;
  PurchaseStatus: PurchaseStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BBoxInput: BBoxInput;
  Float: Scalars['Float']['output'];
  Building: BuildingRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  BuyRequest: BuyRequestRow;
  BuyRequestConnection: Omit<BuyRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['BuyRequestEdge']> };
  BuyRequestEdge: Omit<BuyRequestEdge, 'node'> & { node: ResolversParentTypes['BuyRequest'] };
  Coordinates: Coordinates;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Feature: FeatureRow;
  FeatureConnection: Omit<FeatureConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeatureEdge']> };
  FeatureEdge: Omit<FeatureEdge, 'node'> & { node: ResolversParentTypes['Feature'] };
  FeatureFilter: FeatureFilter;
  FeatureStatusChange: Omit<FeatureStatusChange, 'feature'> & { feature: ResolversParentTypes['Feature'] };
  HourlyProfit: HourlyProfitRow;
  Boolean: Scalars['Boolean']['output'];
  HourlyProfitConnection: Omit<HourlyProfitConnection, 'edges'> & { edges: Array<ResolversParentTypes['HourlyProfitEdge']> };
  HourlyProfitEdge: Omit<HourlyProfitEdge, 'node'> & { node: ResolversParentTypes['HourlyProfit'] };
  InternalFeatureOwner: InternalFeatureOwner;
  LandUseInfo: LandUseInfo;
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  PolygonGeometry: PolygonGeometry;
  Price: Price;
  ProfitWithdrawal: ProfitWithdrawalRow;
  Purchase: PurchaseRow;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: { id: string };
}>;

export type BuildingResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BuildingKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BuyRequestResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['BuyRequest'] = ResolversParentTypes['BuyRequest']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Price'], ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BuyRequestStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type BuyRequestConnectionResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['BuyRequestConnection'] = ResolversParentTypes['BuyRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BuyRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BuyRequestEdgeResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['BuyRequestEdge'] = ResolversParentTypes['BuyRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BuyRequest'], ParentType, ContextType>;
}>;

export type CoordinatesResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Coordinates'] = ResolversParentTypes['Coordinates']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FeatureResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature'], FederationReferenceType extends FederationReferenceTypes['Feature'] = FederationReferenceTypes['Feature']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Feature']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  buildings?: Resolver<Array<ResolversTypes['Building']>, ParentType, ContextType>;
  centroid?: Resolver<ResolversTypes['Coordinates'], ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  geometry?: Resolver<ResolversTypes['PolygonGeometry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  landUse?: Resolver<ResolversTypes['LandUse'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Price'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeatureStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FeatureConnectionResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['FeatureConnection'] = ResolversParentTypes['FeatureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeatureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FeatureEdgeResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['FeatureEdge'] = ResolversParentTypes['FeatureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
}>;

export type FeatureStatusChangeResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['FeatureStatusChange'] = ResolversParentTypes['FeatureStatusChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['FeatureStatus'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeatureStatus'], ParentType, ContextType>;
}>;

export type HourlyProfitResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['HourlyProfit'] = ResolversParentTypes['HourlyProfit']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HourlyProfitConnectionResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['HourlyProfitConnection'] = ResolversParentTypes['HourlyProfitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HourlyProfitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
}>;

export type HourlyProfitEdgeResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['HourlyProfitEdge'] = ResolversParentTypes['HourlyProfitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HourlyProfit'], ParentType, ContextType>;
}>;

export type InternalFeatureOwnerResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['InternalFeatureOwner'] = ResolversParentTypes['InternalFeatureOwner']> = ResolversObject<{
  featureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type LandUseInfoResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['LandUseInfo'] = ResolversParentTypes['LandUseInfo']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourlyProfitRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  landUse?: Resolver<ResolversTypes['LandUse'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptBuyRequest?: Resolver<ResolversTypes['Purchase'], ParentType, ContextType, RequireFields<MutationAcceptBuyRequestArgs, 'id'>>;
  accrueHourlyProfits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buyFeature?: Resolver<ResolversTypes['Purchase'], ParentType, ContextType, RequireFields<MutationBuyFeatureArgs, 'id' | 'idempotencyKey'>>;
  cancelBuyRequest?: Resolver<ResolversTypes['BuyRequest'], ParentType, ContextType, RequireFields<MutationCancelBuyRequestArgs, 'id'>>;
  cancelListing?: Resolver<ResolversTypes['Feature'], ParentType, ContextType, RequireFields<MutationCancelListingArgs, 'id'>>;
  createBuyRequest?: Resolver<ResolversTypes['BuyRequest'], ParentType, ContextType, RequireFields<MutationCreateBuyRequestArgs, 'featureId' | 'price'>>;
  listFeatureForSale?: Resolver<ResolversTypes['Feature'], ParentType, ContextType, RequireFields<MutationListFeatureForSaleArgs, 'id' | 'price'>>;
  placeBuilding?: Resolver<ResolversTypes['Building'], ParentType, ContextType, RequireFields<MutationPlaceBuildingArgs, 'featureId' | 'kind'>>;
  rejectBuyRequest?: Resolver<ResolversTypes['BuyRequest'], ParentType, ContextType, RequireFields<MutationRejectBuyRequestArgs, 'id'>>;
  removeBuilding?: Resolver<ResolversTypes['Feature'], ParentType, ContextType, RequireFields<MutationRemoveBuildingArgs, 'id'>>;
  withdrawProfits?: Resolver<ResolversTypes['ProfitWithdrawal'], ParentType, ContextType, RequireFields<MutationWithdrawProfitsArgs, 'asset' | 'idempotencyKey'>>;
}>;

export type PageInfoResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolygonGeometryResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['PolygonGeometry'] = ResolversParentTypes['PolygonGeometry']> = ResolversObject<{
  coordinates?: Resolver<Array<Array<Array<ResolversTypes['Float']>>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PriceResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProfitWithdrawalResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['ProfitWithdrawal'] = ResolversParentTypes['ProfitWithdrawal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PurchaseResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Purchase'] = ResolversParentTypes['Purchase']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  commission?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Price'], ParentType, ContextType>;
  seller?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  buyRequestsReceived?: Resolver<ResolversTypes['BuyRequestConnection'], ParentType, ContextType, RequireFields<QueryBuyRequestsReceivedArgs, 'first'>>;
  buyRequestsSent?: Resolver<ResolversTypes['BuyRequestConnection'], ParentType, ContextType, RequireFields<QueryBuyRequestsSentArgs, 'first'>>;
  feature?: Resolver<Maybe<ResolversTypes['Feature']>, ParentType, ContextType, RequireFields<QueryFeatureArgs, 'id'>>;
  features?: Resolver<ResolversTypes['FeatureConnection'], ParentType, ContextType, RequireFields<QueryFeaturesArgs, 'bbox' | 'first'>>;
  hourlyProfits?: Resolver<ResolversTypes['HourlyProfitConnection'], ParentType, ContextType, RequireFields<QueryHourlyProfitsArgs, 'first'>>;
  internalFeatureOwner?: Resolver<Maybe<ResolversTypes['InternalFeatureOwner']>, ParentType, ContextType, RequireFields<QueryInternalFeatureOwnerArgs, 'id'>>;
  internalFeaturesOwnedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryInternalFeaturesOwnedByArgs, 'userId'>>;
  landUses?: Resolver<Array<ResolversTypes['LandUseInfo']>, ParentType, ContextType>;
  myFeatures?: Resolver<ResolversTypes['FeatureConnection'], ParentType, ContextType, RequireFields<QueryMyFeaturesArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  featureStatusChanged?: SubscriptionResolver<ResolversTypes['FeatureStatusChange'], "featureStatusChanged", ParentType, ContextType, RequireFields<SubscriptionFeatureStatusChangedArgs, 'bbox'>>;
}>;

export type UserResolvers<ContextType = FeaturesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  features?: Resolver<ResolversTypes['FeatureConnection'], ParentType, ContextType, RequireFields<UserFeaturesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FeaturesContext> = ResolversObject<{
  Building?: BuildingResolvers<ContextType>;
  BuyRequest?: BuyRequestResolvers<ContextType>;
  BuyRequestConnection?: BuyRequestConnectionResolvers<ContextType>;
  BuyRequestEdge?: BuyRequestEdgeResolvers<ContextType>;
  Coordinates?: CoordinatesResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Feature?: FeatureResolvers<ContextType>;
  FeatureConnection?: FeatureConnectionResolvers<ContextType>;
  FeatureEdge?: FeatureEdgeResolvers<ContextType>;
  FeatureStatusChange?: FeatureStatusChangeResolvers<ContextType>;
  HourlyProfit?: HourlyProfitResolvers<ContextType>;
  HourlyProfitConnection?: HourlyProfitConnectionResolvers<ContextType>;
  HourlyProfitEdge?: HourlyProfitEdgeResolvers<ContextType>;
  InternalFeatureOwner?: InternalFeatureOwnerResolvers<ContextType>;
  LandUseInfo?: LandUseInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolygonGeometry?: PolygonGeometryResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  ProfitWithdrawal?: ProfitWithdrawalResolvers<ContextType>;
  Purchase?: PurchaseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

