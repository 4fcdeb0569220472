import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Partner as PartnerRow, Hunt as HuntRow, Participation as ParticipationRow } from './prisma/client.ts';
import type { DiscoveryView } from '../domain/play.ts';
import type { ClueNode } from '../domain/clue-graph.ts';
import type { Standing } from '../domain/leaderboard.ts';
import type { ProgressEvent } from '../domain/progress.ts';
import type { HuntsContext } from '../context.ts';
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

/** A clue as its partner sees it. */
export type Clue = {
  __typename?: 'Clue';
  hint?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location: LatLng;
  /** Short name, used in validation errors. */
  name: Scalars['String']['output'];
  /** How close (metres) a player must be to discover it. */
  radiusMeters: Scalars['Float']['output'];
  riddle: Scalars['String']['output'];
  start: Scalars['Boolean']['output'];
  treasure: Scalars['Boolean']['output'];
};

export type ClueInput = {
  hint?: InputMaybe<Scalars['String']['input']>;
  location: LatLngInput;
  name: Scalars['String']['input'];
  /** 1 m to 10 km. Default: 30. */
  radiusMeters?: Scalars['Float']['input'];
  riddle: Scalars['String']['input'];
  start?: Scalars['Boolean']['input'];
  treasure?: Scalars['Boolean']['input'];
};

/** A directed path: after `from`, a player may look for `to`. */
export type CluePath = {
  __typename?: 'CluePath';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
};

/** What a player sees of a clue they have not found: never its location. */
export type ClueRiddle = {
  __typename?: 'ClueRiddle';
  hint?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  riddle: Scalars['String']['output'];
  treasure: Scalars['Boolean']['output'];
};

export type CreateHuntInput = {
  description?: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  partnerId: Scalars['ID']['input'];
  playArea: PlayAreaInput;
  reward: RewardInput;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type CreatePartnerInput = {
  name: Scalars['String']['input'];
};

/** A clue a player found, where and when. */
export type Discovery = {
  __typename?: 'Discovery';
  clue: ClueRiddle;
  discoveredAt: Scalars['DateTime']['output'];
  /** Great-circle distance between the player's position and the clue. */
  distanceMeters: Scalars['Float']['output'];
  location: LatLng;
};

/** A treasure hunt: players walk a graph of clues from a start clue to a treasure. */
export type Hunt = {
  __typename?: 'Hunt';
  /** Members of the partner only: the clue graph with locations. */
  clues: Array<Clue>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Finishers by time taken (join to finish), then players by clues found. */
  leaderboard: Array<LeaderboardEntry>;
  participantCount: Scalars['Int']['output'];
  /** Members of the partner only: everyone playing. */
  participants: Array<Participation>;
  partner: Partner;
  /** Members of the partner only: the paths between clues. */
  paths: Array<CluePath>;
  playArea: PlayArea;
  /** Paid from the publishing member's wallet (held in escrow at publish) to the first finisher. */
  reward: Reward;
  /** Members of the partner only: fewest steps from one clue to another (null when unreachable); ties go to the smallest clue ids. */
  shortestPath?: Maybe<Array<Clue>>;
  startsAt: Scalars['DateTime']['output'];
  status: HuntStatus;
  title: Scalars['String']['output'];
  /** Who won the reward, once someone finished. */
  winner?: Maybe<User>;
};


/** A treasure hunt: players walk a graph of clues from a start clue to a treasure. */
export type HuntLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A treasure hunt: players walk a graph of clues from a start clue to a treasure. */
export type HuntShortestPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

/** Something that happened in a hunt, for the partner watching it. */
export type HuntProgressEvent = {
  __typename?: 'HuntProgressEvent';
  at: Scalars['DateTime']['output'];
  clueId?: Maybe<Scalars['ID']['output']>;
  huntId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  user?: Maybe<User>;
};

export type HuntStatus =
  /** Over: no one joins or discovers any more. */
  | 'closed'
  /** Being built by its partner; only members see it. */
  | 'draft'
  /** Open to players between its start and end. */
  | 'published';

/** A point on the globe, in degrees (WGS-84). */
export type LatLng = {
  __typename?: 'LatLng';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type LatLngInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  cluesFound: Scalars['Int']['output'];
  /** Seconds from joining to finishing. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  finished: Scalars['Boolean']['output'];
  rank: Scalars['Int']['output'];
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Members only, drafts only. */
  addClue: Clue;
  /** Members only: adds a user to the partner. */
  addPartnerMember: Partner;
  /** Members only: ends a hunt; an unpaid reward goes back to whoever funded it. */
  closeHunt: Hunt;
  /** Members only, drafts only: a path from one clue to another. */
  connectClues: Hunt;
  /** Members only: a draft hunt. */
  createHunt: Hunt;
  /** Creates a partner; the caller becomes its first member. */
  createPartner: Partner;
  /** Claims a clue at a position: it must be next on a path from the clues already found and within its radius. A clue already found returns the participation unchanged (so a retried final call pays once). */
  discoverClue: Participation;
  /** Joins a published hunt (again: returns the same participation). */
  joinHunt: Participation;
  /** Members only: validates the clue graph (BAD_USER_INPUT naming the clue), then debits the reward from the caller's wallet into escrow and opens the hunt. Retrying is safe. */
  publishHunt: Hunt;
  /** Members only, drafts only: removes a clue and its paths. */
  removeClue: Hunt;
};


export type MutationAddClueArgs = {
  huntId: Scalars['ID']['input'];
  input: ClueInput;
};


export type MutationAddPartnerMemberArgs = {
  partnerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCloseHuntArgs = {
  huntId: Scalars['ID']['input'];
};


export type MutationConnectCluesArgs = {
  from: Scalars['ID']['input'];
  huntId: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type MutationCreateHuntArgs = {
  input: CreateHuntInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationDiscoverClueArgs = {
  clueId: Scalars['ID']['input'];
  huntId: Scalars['ID']['input'];
  position: PositionInput;
};


export type MutationJoinHuntArgs = {
  huntId: Scalars['ID']['input'];
};


export type MutationPublishHuntArgs = {
  huntId: Scalars['ID']['input'];
};


export type MutationRemoveClueArgs = {
  clueId: Scalars['ID']['input'];
  huntId: Scalars['ID']['input'];
};

/** One player in one hunt. */
export type Participation = {
  __typename?: 'Participation';
  cluesFound: Scalars['Int']['output'];
  discoveries: Array<Discovery>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  hunt: Hunt;
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  /** The clues this player may look for now (riddles only). */
  nextClues: Array<ClueRiddle>;
  /** True once this player won the hunt's reward and it was paid. */
  rewardPaid: Scalars['Boolean']['output'];
  status: ParticipationStatus;
  user: User;
};

export type ParticipationStatus =
  | 'finished'
  | 'playing';

/** An organisation that publishes hunts; its members manage them. */
export type Partner = {
  __typename?: 'Partner';
  createdAt: Scalars['DateTime']['output'];
  hunts: Array<Hunt>;
  id: Scalars['ID']['output'];
  members: Array<User>;
  name: Scalars['String']['output'];
};

/** A circle on the globe where a hunt is played; every clue lies inside it. */
export type PlayArea = {
  __typename?: 'PlayArea';
  center: LatLng;
  radiusMeters: Scalars['Float']['output'];
};

export type PlayAreaInput = {
  center: LatLngInput;
  /** 1 m to 20,000 km. */
  radiusMeters: Scalars['Float']['input'];
};

/** Where a player says they are: a GPS fix and its accuracy in metres. */
export type PositionInput = {
  /** Radius of the fix's uncertainty, in metres (0-1000); it widens the discovery radius. */
  accuracy?: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A hunt; drafts only for their partner's members. */
  hunt?: Maybe<Hunt>;
  /** Published hunts whose play area comes within `radiusMeters` of a position, nearest first. */
  huntsNear: Array<Hunt>;
  /** The signed-in user's hunts. */
  myParticipations: Array<Participation>;
  /** Partners the signed-in user is a member of. */
  myPartners: Array<Partner>;
  partner?: Maybe<Partner>;
};


export type QueryHuntArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHuntsNearArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  position: LatLngInput;
  radiusMeters?: Scalars['Float']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};

/** An amount of one asset. */
export type Reward = {
  __typename?: 'Reward';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
};

export type RewardInput = {
  amount: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Members of the partner only: joins, discoveries and finishes of one hunt as they happen. */
  huntProgress: HuntProgressEvent;
};


export type SubscriptionHuntProgressArgs = {
  huntId: Scalars['ID']['input'];
};

/** A user of accounts, playing hunts here. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** This user's hunts (only for themselves). */
  participations?: Maybe<Array<Participation>>;
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
  Hunt: Hunt;
  Partner: Partner;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Hunt:
    ( { __typename: 'Hunt' }
    & GraphQLRecursivePick<FederationTypes['Hunt'], {"id":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Clue: ResolverTypeWrapper<ClueNode>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClueInput: ClueInput;
  CluePath: ResolverTypeWrapper<CluePath>;
  ClueRiddle: ResolverTypeWrapper<ClueNode>;
  CreateHuntInput: CreateHuntInput;
  CreatePartnerInput: CreatePartnerInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Discovery: ResolverTypeWrapper<DiscoveryView>;
  Hunt: ResolverTypeWrapper<HuntRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HuntProgressEvent: ResolverTypeWrapper<ProgressEvent>;
  HuntStatus: HuntStatus;
  LatLng: ResolverTypeWrapper<LatLng>;
  LatLngInput: LatLngInput;
  LeaderboardEntry: ResolverTypeWrapper<Standing>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Participation: ResolverTypeWrapper<ParticipationRow>;
  ParticipationStatus: ParticipationStatus;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PlayArea: ResolverTypeWrapper<PlayArea>;
  PlayAreaInput: PlayAreaInput;
  PositionInput: PositionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reward: ResolverTypeWrapper<Reward>;
  RewardInput: RewardInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Clue: ClueNode;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  ClueInput: ClueInput;
  CluePath: CluePath;
  ClueRiddle: ClueNode;
  CreateHuntInput: CreateHuntInput;
  CreatePartnerInput: CreatePartnerInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Discovery: DiscoveryView;
  Hunt: HuntRow;
  Int: Scalars['Int']['output'];
  HuntProgressEvent: ProgressEvent;
  LatLng: LatLng;
  LatLngInput: LatLngInput;
  LeaderboardEntry: Standing;
  Mutation: Record<PropertyKey, never>;
  Participation: ParticipationRow;
  Partner: PartnerRow;
  PlayArea: PlayArea;
  PlayAreaInput: PlayAreaInput;
  PositionInput: PositionInput;
  Query: Record<PropertyKey, never>;
  Reward: Reward;
  RewardInput: RewardInput;
  Subscription: Record<PropertyKey, never>;
  User: { id: string };
}>;

export type ClueResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Clue'] = ResolversParentTypes['Clue']> = ResolversObject<{
  hint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  radiusMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  riddle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  treasure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CluePathResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['CluePath'] = ResolversParentTypes['CluePath']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ClueRiddleResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['ClueRiddle'] = ResolversParentTypes['ClueRiddle']> = ResolversObject<{
  hint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  riddle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treasure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DiscoveryResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Discovery'] = ResolversParentTypes['Discovery']> = ResolversObject<{
  clue?: Resolver<ResolversTypes['ClueRiddle'], ParentType, ContextType>;
  discoveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  distanceMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
}>;

export type HuntResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Hunt'] = ResolversParentTypes['Hunt'], FederationReferenceType extends FederationReferenceTypes['Hunt'] = FederationReferenceTypes['Hunt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hunt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clues?: Resolver<Array<ResolversTypes['Clue']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaderboard?: Resolver<Array<ResolversTypes['LeaderboardEntry']>, ParentType, ContextType, RequireFields<HuntLeaderboardArgs, 'first'>>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['CluePath']>, ParentType, ContextType>;
  playArea?: Resolver<ResolversTypes['PlayArea'], ParentType, ContextType>;
  reward?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
  shortestPath?: Resolver<Maybe<Array<ResolversTypes['Clue']>>, ParentType, ContextType, RequireFields<HuntShortestPathArgs, 'from' | 'to'>>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HuntStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  winner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type HuntProgressEventResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['HuntProgressEvent'] = ResolversParentTypes['HuntProgressEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clueId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  huntId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type LatLngResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['LatLng'] = ResolversParentTypes['LatLng']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LeaderboardEntryResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['LeaderboardEntry'] = ResolversParentTypes['LeaderboardEntry']> = ResolversObject<{
  cluesFound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addClue?: Resolver<ResolversTypes['Clue'], ParentType, ContextType, RequireFields<MutationAddClueArgs, 'huntId' | 'input'>>;
  addPartnerMember?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationAddPartnerMemberArgs, 'partnerId' | 'userId'>>;
  closeHunt?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType, RequireFields<MutationCloseHuntArgs, 'huntId'>>;
  connectClues?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType, RequireFields<MutationConnectCluesArgs, 'from' | 'huntId' | 'to'>>;
  createHunt?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType, RequireFields<MutationCreateHuntArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  discoverClue?: Resolver<ResolversTypes['Participation'], ParentType, ContextType, RequireFields<MutationDiscoverClueArgs, 'clueId' | 'huntId' | 'position'>>;
  joinHunt?: Resolver<ResolversTypes['Participation'], ParentType, ContextType, RequireFields<MutationJoinHuntArgs, 'huntId'>>;
  publishHunt?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType, RequireFields<MutationPublishHuntArgs, 'huntId'>>;
  removeClue?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType, RequireFields<MutationRemoveClueArgs, 'clueId' | 'huntId'>>;
}>;

export type ParticipationResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = ResolversObject<{
  cluesFound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discoveries?: Resolver<Array<ResolversTypes['Discovery']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hunt?: Resolver<ResolversTypes['Hunt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nextClues?: Resolver<Array<ResolversTypes['ClueRiddle']>, ParentType, ContextType>;
  rewardPaid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hunts?: Resolver<Array<ResolversTypes['Hunt']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlayAreaResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['PlayArea'] = ResolversParentTypes['PlayArea']> = ResolversObject<{
  center?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
  radiusMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  hunt?: Resolver<Maybe<ResolversTypes['Hunt']>, ParentType, ContextType, RequireFields<QueryHuntArgs, 'id'>>;
  huntsNear?: Resolver<Array<ResolversTypes['Hunt']>, ParentType, ContextType, RequireFields<QueryHuntsNearArgs, 'first' | 'position' | 'radiusMeters'>>;
  myParticipations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  myPartners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
}>;

export type RewardResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Reward'] = ResolversParentTypes['Reward']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  huntProgress?: SubscriptionResolver<ResolversTypes['HuntProgressEvent'], "huntProgress", ParentType, ContextType, RequireFields<SubscriptionHuntProgressArgs, 'huntId'>>;
}>;

export type UserResolvers<ContextType = HuntsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participations?: Resolver<Maybe<Array<ResolversTypes['Participation']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = HuntsContext> = ResolversObject<{
  Clue?: ClueResolvers<ContextType>;
  CluePath?: CluePathResolvers<ContextType>;
  ClueRiddle?: ClueRiddleResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Discovery?: DiscoveryResolvers<ContextType>;
  Hunt?: HuntResolvers<ContextType>;
  HuntProgressEvent?: HuntProgressEventResolvers<ContextType>;
  LatLng?: LatLngResolvers<ContextType>;
  LeaderboardEntry?: LeaderboardEntryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PlayArea?: PlayAreaResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reward?: RewardResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

