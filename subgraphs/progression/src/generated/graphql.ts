import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Level as LevelRow } from './prisma/client.ts';
import type { Standing, LevelChangeView } from '../domain/levels.ts';
import type { Board, Place } from '../domain/leaderboard.ts';
import type { Scored } from '../domain/scoring.ts';
import type { ProgressionContext } from '../context.ts';
import type { Decimal } from '@worldgraph/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** What logging one activity did. */
export type ActivityResult = {
  __typename?: 'ActivityResult';
  activity: Scalars['String']['output'];
  /** Over the activity's daily cap: recorded, worth nothing. */
  capped: Scalars['Boolean']['output'];
  /** The same source was logged before: nothing changed. */
  duplicate: Scalars['Boolean']['output'];
  level: UserLevel;
  /** Points awarded this time (0 over the daily cap or for a repeat). */
  points: Scalars['Int']['output'];
};

export type LeaderboardPeriod =
  /** Every point ever scored. */
  | 'ALL_TIME'
  /** Points scored since Monday 00:00 UTC. */
  | 'THIS_WEEK';

/** A level, as data: reached at `threshold` points. */
export type Level = {
  __typename?: 'Level';
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** What the level grants. */
  perks: Array<Scalars['String']['output']>;
  /** Points at which a user reaches it (level 1: 0). */
  threshold: Scalars['Int']['output'];
};

/** A user's level went up (or down, when an admin moved the thresholds). */
export type LevelChange = {
  __typename?: 'LevelChange';
  at: Scalars['DateTime']['output'];
  fromLevel: Scalars['Int']['output'];
  /** The new level's name. */
  name: Scalars['String']['output'];
  /** The user's points when it changed. */
  points: Scalars['Int']['output'];
  toLevel: Scalars['Int']['output'];
};

export type LogActivityInput = {
  /** An activity of the rule table, e.g. challenge_correct. */
  activity: Scalars['String']['input'];
  /** What it is for, unique per user and activity (a repeat counts once), e.g. an event or command id. */
  sourceId: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Internal, service credential only: scores an activity for a user by the rule table (daily caps apply; a repeated sourceId counts once). */
  logActivity: ActivityResult;
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};

export type PointsLeaderboard = {
  __typename?: 'PointsLeaderboard';
  entries: Array<PointsLeaderboardEntry>;
  period: LeaderboardPeriod;
  /** Start of the period (null for ALL_TIME). */
  since?: Maybe<Scalars['DateTime']['output']>;
  /** The signed-in user's own place, wherever it is; null when anonymous or without points in the period. */
  viewer?: Maybe<PointsLeaderboardEntry>;
};

/** One user's place on a leaderboard; equal points share a rank. */
export type PointsLeaderboardEntry = {
  __typename?: 'PointsLeaderboardEntry';
  points: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  user: User;
};

export type Query = {
  __typename?: 'Query';
  /** Every level, lowest first. */
  levels: Array<Level>;
  /** The users with the most points in a period, 1-100 of them, and the viewer's own rank. */
  pointsLeaderboard: PointsLeaderboard;
};


export type QueryPointsLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: LeaderboardPeriod;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The signed-in user's level changes, as they happen. */
  levelChanged: LevelChange;
};

/** A user of accounts, with a level here. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** This user's level and points (public, like the leaderboards). */
  level: UserLevel;
  /** This user's level changes, newest first, 1-100 of them: only for themselves and admins (null to others). */
  levelHistory?: Maybe<Array<LevelChange>>;
};


/** A user of accounts, with a level here. */
export type UserLevelHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a user stands: their level and points. */
export type UserLevel = {
  __typename?: 'UserLevel';
  name: Scalars['String']['output'];
  /** The next level, null at the top. */
  next?: Maybe<Level>;
  number: Scalars['Int']['output'];
  perks: Array<Scalars['String']['output']>;
  points: Scalars['Int']['output'];
  /** Points still needed to reach the next level; null at the top level. */
  pointsToNext?: Maybe<Scalars['Int']['output']>;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityResult: ResolverTypeWrapper<Scored>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  LeaderboardPeriod: LeaderboardPeriod;
  Level: ResolverTypeWrapper<LevelRow>;
  LevelChange: ResolverTypeWrapper<LevelChangeView>;
  LogActivityInput: LogActivityInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PointsLeaderboard: ResolverTypeWrapper<Board>;
  PointsLeaderboardEntry: ResolverTypeWrapper<Place>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<{ id: string }>;
  UserLevel: ResolverTypeWrapper<Standing>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityResult: Scored;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Level: LevelRow;
  LevelChange: LevelChangeView;
  LogActivityInput: LogActivityInput;
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  PointsLeaderboard: Board;
  PointsLeaderboardEntry: Place;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: { id: string };
  UserLevel: Standing;
}>;

export type ActivityResultResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ActivityResult'] = ResolversParentTypes['ActivityResult']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UserLevel'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type LevelResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Level'] = ResolversParentTypes['Level']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LevelChangeResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['LevelChange'] = ResolversParentTypes['LevelChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  logActivity?: Resolver<ResolversTypes['ActivityResult'], ParentType, ContextType, RequireFields<MutationLogActivityArgs, 'input'>>;
}>;

export type PointsLeaderboardResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['PointsLeaderboard'] = ResolversParentTypes['PointsLeaderboard']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['PointsLeaderboardEntry']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['LeaderboardPeriod'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['PointsLeaderboardEntry']>, ParentType, ContextType>;
}>;

export type PointsLeaderboardEntryResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['PointsLeaderboardEntry'] = ResolversParentTypes['PointsLeaderboardEntry']> = ResolversObject<{
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  levels?: Resolver<Array<ResolversTypes['Level']>, ParentType, ContextType>;
  pointsLeaderboard?: Resolver<ResolversTypes['PointsLeaderboard'], ParentType, ContextType, RequireFields<QueryPointsLeaderboardArgs, 'first' | 'period'>>;
}>;

export type SubscriptionResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  levelChanged?: SubscriptionResolver<ResolversTypes['LevelChange'], "levelChanged", ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UserLevel'], ParentType, ContextType>;
  levelHistory?: Resolver<Maybe<Array<ResolversTypes['LevelChange']>>, ParentType, ContextType, RequireFields<UserLevelHistoryArgs, 'first'>>;
}>;

export type UserLevelResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['UserLevel'] = ResolversParentTypes['UserLevel']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsToNext?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ProgressionContext> = ResolversObject<{
  ActivityResult?: ActivityResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Level?: LevelResolvers<ContextType>;
  LevelChange?: LevelChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PointsLeaderboard?: PointsLeaderboardResolvers<ContextType>;
  PointsLeaderboardEntry?: PointsLeaderboardEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserLevel?: UserLevelResolvers<ContextType>;
}>;

