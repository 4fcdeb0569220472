import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Site as SiteConfig } from '../sites.ts';
import type { SiteHealth } from '../../site-health.ts';
import type { RouterSubgraphContext } from '../router-subgraph.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact instant, ISO-8601 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One datastore's readiness, as its process checked it. */
export type DatastoreHealth = {
  __typename?: 'DatastoreHealth';
  /** Why it is down. */
  error?: Maybe<Scalars['String']['output']>;
  /** How long it took to answer, in ms. */
  latencyMs: Scalars['Int']['output'];
  /** What it is: postgres, redis, neo4j, opensearch or s3. */
  name: Scalars['String']['output'];
  /** Whether it answered. */
  status: HealthStatus;
};

/** Whether one part of the system answers. */
export type HealthStatus =
  | 'DOWN'
  | 'UP';

export type Query = {
  __typename?: 'Query';
  /** The site this request is served by (its host, or the router's SITE setting): its name, the contexts it serves and its branding. Public. */
  site: Site;
  /** Every subgraph's and datastore's readiness with latencies, as the router's /health/site sees it (checked at most every 2 s). Admins only. */
  systemHealth: SystemHealth;
};

/** A site: one branded product served by the graph (GodValley, GCorp…), configured by its folder under sites/. */
export type Site = {
  __typename?: 'Site';
  /** What the site offers and how it looks: the contexts it serves and its branding. */
  features: SiteFeatures;
  /** The site's id: its folder under sites/. */
  id: Scalars['ID']['output'];
  /** The site's display name. */
  name: Scalars['String']['output'];
};

/** A site's colours, as CSS hex colours (#rrggbb). */
export type SiteColors = {
  __typename?: 'SiteColors';
  /** Links and highlights on pages. */
  accent: Scalars['String']['output'];
  /** The page background. */
  background: Scalars['String']['output'];
  /** Text and links on the header bar. */
  onPrimary: Scalars['String']['output'];
  /** The header bar's background. */
  primary: Scalars['String']['output'];
  /** The page text. */
  text: Scalars['String']['output'];
};

/** What a site offers (the contexts it serves) and the branding clients theme themselves with. */
export type SiteFeatures = {
  __typename?: 'SiteFeatures';
  /** The site's colours. */
  colors: SiteColors;
  /** The bounded contexts (subgraphs) this site serves; an operation touching any other is refused with FORBIDDEN. */
  contexts: Array<Scalars['String']['output']>;
  /** The logo: an https URL or a data: URL. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** The title clients show (page title, header). */
  title: Scalars['String']['output'];
};

/** One subgraph's readiness and the datastores it depends on. */
export type SubgraphHealth = {
  __typename?: 'SubgraphHealth';
  /** Its datastores (postgres, redis, neo4j, opensearch, s3), each as it checked them. */
  datastores: Array<DatastoreHealth>;
  /** Why it is down. */
  error?: Maybe<Scalars['String']['output']>;
  /** How long its readiness took to answer, in ms. */
  latencyMs: Scalars['Int']['output'];
  /** The subgraph's (context's) name. */
  name: Scalars['String']['output'];
  /** Whether its /health/ready answered ready. */
  status: HealthStatus;
};

/** The whole system's readiness, as the router last checked it. */
export type SystemHealth = {
  __typename?: 'SystemHealth';
  /** When the check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** The subgraphs that are down or report a datastore down. */
  degraded: Array<Scalars['String']['output']>;
  /** How long the whole check took (the subgraphs are asked at once), in ms. */
  latencyMs: Scalars['Int']['output'];
  /** The router's own datastores (Redis). */
  router: Array<DatastoreHealth>;
  /** OK when every subgraph and datastore is up, else DEGRADED. */
  status: SystemStatus;
  /** Every subgraph, with the datastores it reported. */
  subgraphs: Array<SubgraphHealth>;
};

/** Whether the whole system answers: OK, or DEGRADED when a subgraph or datastore is down. */
export type SystemStatus =
  | 'DEGRADED'
  | 'OK';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DatastoreHealth: ResolverTypeWrapper<DatastoreHealth>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HealthStatus: HealthStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Site: ResolverTypeWrapper<SiteConfig>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  SiteColors: ResolverTypeWrapper<SiteColors>;
  SiteFeatures: ResolverTypeWrapper<SiteFeatures>;
  SubgraphHealth: ResolverTypeWrapper<SubgraphHealth>;
  SystemHealth: ResolverTypeWrapper<SiteHealth>;
  SystemStatus: SystemStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DatastoreHealth: DatastoreHealth;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Query: Record<PropertyKey, never>;
  Site: SiteConfig;
  ID: Scalars['ID']['output'];
  SiteColors: SiteColors;
  SiteFeatures: SiteFeatures;
  SubgraphHealth: SubgraphHealth;
  SystemHealth: SiteHealth;
  Boolean: Scalars['Boolean']['output'];
}>;

export type DatastoreHealthResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['DatastoreHealth'] = ResolversParentTypes['DatastoreHealth']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  systemHealth?: Resolver<ResolversTypes['SystemHealth'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = ResolversObject<{
  features?: Resolver<ResolversTypes['SiteFeatures'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SiteColorsResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['SiteColors'] = ResolversParentTypes['SiteColors']> = ResolversObject<{
  accent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  background?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onPrimary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SiteFeaturesResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['SiteFeatures'] = ResolversParentTypes['SiteFeatures']> = ResolversObject<{
  colors?: Resolver<ResolversTypes['SiteColors'], ParentType, ContextType>;
  contexts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubgraphHealthResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['SubgraphHealth'] = ResolversParentTypes['SubgraphHealth']> = ResolversObject<{
  datastores?: Resolver<Array<ResolversTypes['DatastoreHealth']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type SystemHealthResolvers<ContextType = RouterSubgraphContext, ParentType extends ResolversParentTypes['SystemHealth'] = ResolversParentTypes['SystemHealth']> = ResolversObject<{
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  degraded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  router?: Resolver<Array<ResolversTypes['DatastoreHealth']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SystemStatus'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['SubgraphHealth']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RouterSubgraphContext> = ResolversObject<{
  DatastoreHealth?: DatastoreHealthResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SiteColors?: SiteColorsResolvers<ContextType>;
  SiteFeatures?: SiteFeaturesResolvers<ContextType>;
  SubgraphHealth?: SubgraphHealthResolvers<ContextType>;
  SystemHealth?: SystemHealthResolvers<ContextType>;
}>;

