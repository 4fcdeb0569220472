import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Dynasty as DynastyRow, FamilyMember as FamilyMemberRow, Family as FamilyRow, FamilyRelation as FamilyRelationRow, JoinRequest as JoinRequestRow, ChildPermission as ChildPermissionRow } from './prisma/client.ts';
import type { DynastyChangeView } from '../domain/changes.ts';
import type { SocialContext } from '../context.ts';
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

/** What a child member may do, set by the dynasty head; wallet and features enforce it. */
export type ChildPermissions = {
  __typename?: 'ChildPermissions';
  canBuyParcels: Scalars['Boolean']['output'];
  canChat: Scalars['Boolean']['output'];
  canSellParcels: Scalars['Boolean']['output'];
  /** Most they may spend per asset and UTC day; null: no limit. */
  dailySpendLimit?: Maybe<Scalars['Decimal']['output']>;
  user: User;
};

export type ChildPermissionsInput = {
  canBuyParcels: Scalars['Boolean']['input'];
  canChat: Scalars['Boolean']['input'];
  canSellParcels: Scalars['Boolean']['input'];
  /** Null: no limit. */
  dailySpendLimit?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A dynasty (MetaRGB): a head, seated on a parcel they own, and the families who joined them. */
export type Dynasty = {
  __typename?: 'Dynasty';
  /** What its children may do; the head sees all, a child their own. */
  childPermissions: Array<ChildPermissions>;
  createdAt: Scalars['DateTime']['output'];
  dissolvedAt?: Maybe<Scalars['DateTime']['output']>;
  families: Array<Family>;
  head: User;
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  /** Most members it may hold, head included. */
  memberLimit: Scalars['Int']['output'];
  /** Members, head first, then by joining time. */
  members: Array<DynastyMember>;
  name: Scalars['String']['output'];
  /** Requests waiting for an answer; only for the head. */
  pendingRequests: Array<JoinRequest>;
  /** Every relation, both ways ("relative is user's kind"). */
  relations: Array<FamilyRelation>;
  /** The parcel it is seated on; null once dissolved. */
  seat?: Maybe<Feature>;
  status: DynastyStatus;
};


/** A dynasty (MetaRGB): a head, seated on a parcel they own, and the families who joined them. */
export type DynastyMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something changed in a dynasty: a member, a request, a relation, a permission, its seat. */
export type DynastyChange = {
  __typename?: 'DynastyChange';
  changedAt: Scalars['DateTime']['output'];
  dynasty: Dynasty;
  request?: Maybe<JoinRequest>;
  /** The domain event, e.g. MemberJoined, JoinRequestSent, DynastySeatMoved, DynastyDissolved. */
  type: Scalars['String']['output'];
  /** The member or joiner concerned, if any. */
  user?: Maybe<User>;
};

/** A member of a dynasty; the user brings their levels and holdings from the other contexts. */
export type DynastyMember = {
  __typename?: 'DynastyMember';
  family: Family;
  /** Whether a parent of theirs is in the dynasty: the head then decides what they may do. */
  isChild: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  /** This member's relatives ("relative is this member's kind"). */
  relations: Array<FamilyRelation>;
  role: MemberRole;
  user: User;
};

export type DynastyStatus =
  | 'active'
  /** Its seat was sold with no other parcel to move to, or its head left. */
  | 'dissolved';

/** A household inside a dynasty: a member and the relatives who joined through them. */
export type Family = {
  __typename?: 'Family';
  id: Scalars['ID']['output'];
  members: Array<DynastyMember>;
  name: Scalars['String']['output'];
};

export type FamilyRelation = {
  __typename?: 'FamilyRelation';
  kind: RelationKind;
  relative: User;
  user: User;
};

export type FamilyRelationInput = {
  dynastyId: Scalars['ID']['input'];
  kind: RelationKind;
  /** Becomes userId's <kind>. */
  relativeId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** A parcel of features; a dynasty may be seated on it. */
export type Feature = {
  __typename?: 'Feature';
  /** The dynasty seated on this parcel. */
  dynasty?: Maybe<Dynasty>;
  id: Scalars['ID']['output'];
};

export type FoundDynastyInput = {
  /** A parcel the founder owns; it becomes the dynasty's seat. */
  featureId: Scalars['ID']['input'];
  /** 2 to SOCIAL_MAX_MEMBERS (default 100), head included; default the maximum. */
  memberLimit?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

/** A request to join a dynasty, or an invitation to. */
export type JoinRequest = {
  __typename?: 'JoinRequest';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the viewer may accept or reject it. */
  canAnswer: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  dynasty: Dynasty;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: JoinRequestKind;
  message?: Maybe<Scalars['String']['output']>;
  /** The joiner would be the relative's <relation>; null: a family of their own. */
  relation?: Maybe<RelationKind>;
  relative?: Maybe<User>;
  sender: User;
  status: JoinRequestStatus;
  /** Who would join. */
  user: User;
};

export type JoinRequestInput = {
  dynastyId: Scalars['ID']['input'];
  kind?: JoinRequestKind;
  message?: InputMaybe<Scalars['String']['input']>;
  /** The joiner would be relativeId's <relation>; both or neither. */
  relation?: InputMaybe<RelationKind>;
  relativeId?: InputMaybe<Scalars['ID']['input']>;
  /** The user invited (invite only); a join is for the sender. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type JoinRequestKind =
  /** The head invites a user; the invited user answers. */
  | 'invite'
  /** A user asks to join; the head answers. */
  | 'join';

export type JoinRequestStatus =
  | 'accepted'
  | 'cancelled'
  /** Not answered in time. */
  | 'expired'
  | 'pending'
  | 'rejected';

export type MemberRole =
  | 'head'
  | 'member';

export type Mutation = {
  __typename?: 'Mutation';
  /** The head accepts a join, the invited user an invitation; CONFLICT when the dynasty is full. */
  acceptJoinRequest: JoinRequest;
  /** The head relates two members; no cycles, one spouse each. */
  addFamilyRelation: Dynasty;
  /** The sender withdraws a pending request. */
  cancelJoinRequest: JoinRequest;
  /** Founds a dynasty on a parcel the signed-in user owns (FORBIDDEN otherwise); one per parcel, one per user. */
  foundDynasty: Dynasty;
  /** Leaves the signed-in user's dynasty; the head leaving dissolves it. */
  leaveDynasty: Dynasty;
  rejectJoinRequest: JoinRequest;
  /** Asks to join a dynasty, or (the head) invites a user. */
  sendJoinRequest: JoinRequest;
  /** The head sets what a child member may do. */
  setChildPermissions: ChildPermissions;
};


export type MutationAcceptJoinRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddFamilyRelationArgs = {
  input: FamilyRelationInput;
};


export type MutationCancelJoinRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFoundDynastyArgs = {
  input: FoundDynastyInput;
};


export type MutationRejectJoinRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendJoinRequestArgs = {
  input: JoinRequestInput;
};


export type MutationSetChildPermissionsArgs = {
  input: ChildPermissionsInput;
  userId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A dynasty by id; null when there is none. */
  dynasty?: Maybe<Dynasty>;
  /** Requests the signed-in user may answer (joins to the dynasty they head, invitations), newest first. */
  joinRequestsReceived: Array<JoinRequest>;
  /** Requests and invitations the signed-in user sent, newest first. */
  joinRequestsSent: Array<JoinRequest>;
  /** The signed-in user's dynasty. */
  myDynasty?: Maybe<Dynasty>;
};


export type QueryDynastyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJoinRequestsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJoinRequestsSentArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a relative is related to a member: "relative is member's <kind>". */
export type RelationKind =
  | 'child'
  | 'parent'
  | 'sibling'
  | 'spouse';

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes of a dynasty (members, requests, relations, permissions, seat), for its members. */
  dynastyChanged: DynastyChange;
};


export type SubscriptionDynastyChangedArgs = {
  dynastyId: Scalars['ID']['input'];
};

/** A user of accounts, in a dynasty or not. */
export type User = {
  __typename?: 'User';
  /** The dynasty this user belongs to. */
  dynasty?: Maybe<Dynasty>;
  id: Scalars['ID']['output'];
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
  Dynasty: Dynasty;
  Feature: Feature;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Dynasty:
    ( { __typename: 'Dynasty' }
    & GraphQLRecursivePick<FederationTypes['Dynasty'], {"id":true}> );
  Feature:
    ( { __typename: 'Feature' }
    & GraphQLRecursivePick<FederationTypes['Feature'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ChildPermissions: ResolverTypeWrapper<ChildPermissionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChildPermissionsInput: ChildPermissionsInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Dynasty: ResolverTypeWrapper<DynastyRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DynastyChange: ResolverTypeWrapper<DynastyChangeView>;
  DynastyMember: ResolverTypeWrapper<FamilyMemberRow>;
  DynastyStatus: DynastyStatus;
  Family: ResolverTypeWrapper<FamilyRow>;
  FamilyRelation: ResolverTypeWrapper<FamilyRelationRow>;
  FamilyRelationInput: FamilyRelationInput;
  Feature: ResolverTypeWrapper<{ id: string }>;
  FoundDynastyInput: FoundDynastyInput;
  JoinRequest: ResolverTypeWrapper<JoinRequestRow>;
  JoinRequestInput: JoinRequestInput;
  JoinRequestKind: JoinRequestKind;
  JoinRequestStatus: JoinRequestStatus;
  MemberRole: MemberRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationKind: RelationKind;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<{ id: string }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChildPermissions: ChildPermissionRow;
  Boolean: Scalars['Boolean']['output'];
  ChildPermissionsInput: ChildPermissionsInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Dynasty: DynastyRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  DynastyChange: DynastyChangeView;
  DynastyMember: FamilyMemberRow;
  Family: FamilyRow;
  FamilyRelation: FamilyRelationRow;
  FamilyRelationInput: FamilyRelationInput;
  Feature: { id: string };
  FoundDynastyInput: FoundDynastyInput;
  JoinRequest: JoinRequestRow;
  JoinRequestInput: JoinRequestInput;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: { id: string };
}>;

export type ChildPermissionsResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['ChildPermissions'] = ResolversParentTypes['ChildPermissions']> = ResolversObject<{
  canBuyParcels?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canChat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSellParcels?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dailySpendLimit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DynastyResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Dynasty'] = ResolversParentTypes['Dynasty'], FederationReferenceType extends FederationReferenceTypes['Dynasty'] = FederationReferenceTypes['Dynasty']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dynasty']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childPermissions?: Resolver<Array<ResolversTypes['ChildPermissions']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dissolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  families?: Resolver<Array<ResolversTypes['Family']>, ParentType, ContextType>;
  head?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DynastyMember']>, ParentType, ContextType, RequireFields<DynastyMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingRequests?: Resolver<Array<ResolversTypes['JoinRequest']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['FamilyRelation']>, ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['Feature']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DynastyStatus'], ParentType, ContextType>;
}>;

export type DynastyChangeResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['DynastyChange'] = ResolversParentTypes['DynastyChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dynasty?: Resolver<ResolversTypes['Dynasty'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['JoinRequest']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type DynastyMemberResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['DynastyMember'] = ResolversParentTypes['DynastyMember']> = ResolversObject<{
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  isChild?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['FamilyRelation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type FamilyResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Family'] = ResolversParentTypes['Family']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DynastyMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FamilyRelationResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['FamilyRelation'] = ResolversParentTypes['FamilyRelation']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  relative?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type FeatureResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature'], FederationReferenceType extends FederationReferenceTypes['Feature'] = FederationReferenceTypes['Feature']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Feature']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dynasty?: Resolver<Maybe<ResolversTypes['Dynasty']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JoinRequestResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['JoinRequest'] = ResolversParentTypes['JoinRequest']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dynasty?: Resolver<ResolversTypes['Dynasty'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JoinRequestKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['RelationKind']>, ParentType, ContextType>;
  relative?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JoinRequestStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptJoinRequest?: Resolver<ResolversTypes['JoinRequest'], ParentType, ContextType, RequireFields<MutationAcceptJoinRequestArgs, 'id'>>;
  addFamilyRelation?: Resolver<ResolversTypes['Dynasty'], ParentType, ContextType, RequireFields<MutationAddFamilyRelationArgs, 'input'>>;
  cancelJoinRequest?: Resolver<ResolversTypes['JoinRequest'], ParentType, ContextType, RequireFields<MutationCancelJoinRequestArgs, 'id'>>;
  foundDynasty?: Resolver<ResolversTypes['Dynasty'], ParentType, ContextType, RequireFields<MutationFoundDynastyArgs, 'input'>>;
  leaveDynasty?: Resolver<ResolversTypes['Dynasty'], ParentType, ContextType>;
  rejectJoinRequest?: Resolver<ResolversTypes['JoinRequest'], ParentType, ContextType, RequireFields<MutationRejectJoinRequestArgs, 'id'>>;
  sendJoinRequest?: Resolver<ResolversTypes['JoinRequest'], ParentType, ContextType, RequireFields<MutationSendJoinRequestArgs, 'input'>>;
  setChildPermissions?: Resolver<ResolversTypes['ChildPermissions'], ParentType, ContextType, RequireFields<MutationSetChildPermissionsArgs, 'input' | 'userId'>>;
}>;

export type QueryResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dynasty?: Resolver<Maybe<ResolversTypes['Dynasty']>, ParentType, ContextType, RequireFields<QueryDynastyArgs, 'id'>>;
  joinRequestsReceived?: Resolver<Array<ResolversTypes['JoinRequest']>, ParentType, ContextType, RequireFields<QueryJoinRequestsReceivedArgs, 'first'>>;
  joinRequestsSent?: Resolver<Array<ResolversTypes['JoinRequest']>, ParentType, ContextType, RequireFields<QueryJoinRequestsSentArgs, 'first'>>;
  myDynasty?: Resolver<Maybe<ResolversTypes['Dynasty']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  dynastyChanged?: SubscriptionResolver<ResolversTypes['DynastyChange'], "dynastyChanged", ParentType, ContextType, RequireFields<SubscriptionDynastyChangedArgs, 'dynastyId'>>;
}>;

export type UserResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dynasty?: Resolver<Maybe<ResolversTypes['Dynasty']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SocialContext> = ResolversObject<{
  ChildPermissions?: ChildPermissionsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Dynasty?: DynastyResolvers<ContextType>;
  DynastyChange?: DynastyChangeResolvers<ContextType>;
  DynastyMember?: DynastyMemberResolvers<ContextType>;
  Family?: FamilyResolvers<ContextType>;
  FamilyRelation?: FamilyRelationResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  JoinRequest?: JoinRequestResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

