import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Level as LevelRow, ActivityRule as ActivityRuleRow, ChallengeRound as ChallengeRoundRow, Question as QuestionRow, Prize as PrizeRow } from './prisma/client.ts';
import type { Standing, LevelChangeView } from '../domain/levels.ts';
import type { Board, Place } from '../domain/leaderboard.ts';
import type { Scored } from '../domain/scoring.ts';
import type { AnswerView } from '../domain/challenges.ts';
import type { ProgressionContext } from '../context.ts';
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

/** An activity rule as admins manage it (see LogActivityInput for logged activities). */
export type ActivityRule = {
  __typename?: 'ActivityRule';
  active: Scalars['Boolean']['output'];
  activity: Scalars['String']['output'];
  /** Scored occurrences per user and UTC day; null: no cap. */
  dailyCap?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
  eventType?: Maybe<Scalars['String']['output']>;
  /** JSON object of payload fields that must equal these values, e.g. {"status":"online"}. */
  match: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  /** The context whose event scores it (null: logged directly). */
  sourceContext?: Maybe<Scalars['String']['output']>;
  /** The payload field naming the user. */
  userField: Scalars['String']['output'];
};

export type ActivityRuleInput = {
  active?: Scalars['Boolean']['input'];
  activity: Scalars['String']['input'];
  dailyCap?: InputMaybe<Scalars['Int']['input']>;
  description?: Scalars['String']['input'];
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** A JSON object; default {}. */
  match?: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  sourceContext?: InputMaybe<Scalars['String']['input']>;
  userField?: Scalars['String']['input'];
};

/** A user's answer in a round. */
export type ChallengeAnswer = {
  __typename?: 'ChallengeAnswer';
  /** When the server received it. */
  answeredAt: Scalars['DateTime']['output'];
  correct: Scalars['Boolean']['output'];
  /** Points it scored (0 when wrong). */
  points: Scalars['Int']['output'];
  /** The prize it won, if among the first right answers of a round with a pool. */
  prize?: Maybe<Prize>;
  round: ChallengeRound;
};

/** One choice, with an id that is the viewer's own (the same choice has another id for another user). */
export type ChallengeChoice = {
  __typename?: 'ChallengeChoice';
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** A round's question as a player sees it: the same text for everyone, the choices in an order of their own, never the answer. */
export type ChallengeQuestion = {
  __typename?: 'ChallengeQuestion';
  choices: Array<ChallengeChoice>;
  round: ChallengeRound;
  text: Scalars['String']['output'];
};

/** A question as admins manage it. */
export type ChallengeQuestionAdmin = {
  __typename?: 'ChallengeQuestionAdmin';
  choices: Array<Scalars['String']['output']>;
  /** Index in `choices` of the right one. */
  correctIndex: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type ChallengeQuestionInput = {
  /** 2-8 choices. */
  choices: Array<Scalars['String']['input']>;
  correctIndex: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

/** A timed challenge round: one question for everyone between opensAt and closesAt, judged by server time. */
export type ChallengeRound = {
  __typename?: 'ChallengeRound';
  closesAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The signed-in user's answer in this round (null before answering, or anonymous). */
  myAnswer?: Maybe<ChallengeAnswer>;
  opensAt: Scalars['DateTime']['output'];
  /** Null for a round without prizes. */
  prizePool?: Maybe<PrizePool>;
  /** Admins only: the question with its right answer. */
  question?: Maybe<ChallengeQuestionAdmin>;
  status: ChallengeRoundStatus;
  /** Prizes won so far. */
  winners: Scalars['Int']['output'];
};

export type ChallengeRoundStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN'
  | 'UPCOMING';

/** The challenge schedule as the server's clock sees it. */
export type ChallengeTimings = {
  __typename?: 'ChallengeTimings';
  /** The server's time, to count down against. */
  now: Scalars['DateTime']['output'];
  /** Rounds open now, closing first first. */
  open: Array<ChallengeRound>;
  /** Rounds still to open, soonest first. */
  upcoming: Array<ChallengeRound>;
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

export type LevelInput = {
  name: Scalars['String']['input'];
  number: Scalars['Int']['input'];
  perks?: Array<Scalars['String']['input']>;
  threshold: Scalars['Int']['input'];
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
  /** Admins only: cancels a round that has not closed; prizes already won are still paid. */
  cancelChallengeRound: ChallengeRound;
  /** Admins only: a question with its choices and the right one. */
  createChallengeQuestion: ChallengeQuestionAdmin;
  /** Admins only: removes a level (not level 1, nor one users hold). */
  deleteLevel: Scalars['Boolean']['output'];
  /** Internal, service credential only: scores an activity for a user by the rule table (daily caps apply; a repeated sourceId counts once). */
  logActivity: ActivityResult;
  /** Admins only: schedules a round of a question, with an optional prize pool (paid from the platform). */
  scheduleChallengeRound: ChallengeRound;
  /**
   * Answers an open round, once: judged by the server's time of receipt. CONFLICT with reason
   * ROUND_CLOSED when it arrives at or after the close (even if sent before), ROUND_NOT_OPEN before
   * the open, ALREADY_ANSWERED for a second answer; BAD_USER_INPUT with reason WRONG_ROUND for a
   * choice that is not one of this round's (as the viewer received them).
   */
  submitChallengeAnswer: ChallengeAnswer;
  /** Admins only: creates or changes an activity rule. */
  upsertActivityRule: ActivityRule;
  /** Admins only: creates or changes a level (level 1 stays at threshold 0). */
  upsertLevel: Level;
};


export type MutationCancelChallengeRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateChallengeQuestionArgs = {
  input: ChallengeQuestionInput;
};


export type MutationDeleteLevelArgs = {
  number: Scalars['Int']['input'];
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};


export type MutationScheduleChallengeRoundArgs = {
  input: ScheduleRoundInput;
};


export type MutationSubmitChallengeAnswerArgs = {
  choiceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationUpsertActivityRuleArgs = {
  input: ActivityRuleInput;
};


export type MutationUpsertLevelArgs = {
  input: LevelInput;
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
  /** Shown as the user's level privacy allows (default: to everyone), like User.level; null for those it leaves out (the place stays). */
  points?: Maybe<Scalars['Int']['output']>;
  rank: Scalars['Int']['output'];
  user: User;
};

/** A prize won in a round; paid through the wallet, once. */
export type Prize = {
  __typename?: 'Prize';
  amount: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  paid: Scalars['Boolean']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Place among the round's right answers (1 = first). */
  rank: Scalars['Int']['output'];
  round: ChallengeRound;
};

/** What a round's first right answers win: `amountEach` of `asset` to each of the first `winnerLimit`. */
export type PrizePool = {
  __typename?: 'PrizePool';
  amountEach: Scalars['Decimal']['output'];
  asset: Scalars['String']['output'];
  winnerLimit: Scalars['Int']['output'];
};

export type PrizePoolInput = {
  amountEach: Scalars['Decimal']['input'];
  asset: Scalars['String']['input'];
  winnerLimit: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins only: activity rules. */
  activityRules: Array<ActivityRule>;
  /** The question of an open round, for the signed-in user. NOT_FOUND for an unknown or cancelled round; CONFLICT (reason ROUND_NOT_OPEN or ROUND_CLOSED) outside its times. */
  challengeQuestion: ChallengeQuestion;
  /** Admins only: questions, newest first, 1-100. */
  challengeQuestions: Array<ChallengeQuestionAdmin>;
  /** Admins only: rounds, latest opening first, 1-100. */
  challengeRounds: Array<ChallengeRound>;
  /** Open rounds and the next 1-50 upcoming ones. */
  challengeTimings: ChallengeTimings;
  /** Every level, lowest first. */
  levels: Array<Level>;
  /** The signed-in user's prizes, newest first, 1-100. */
  myPrizes: Array<Prize>;
  /** The users with the most points in a period, 1-100 of them, and the viewer's own rank. */
  pointsLeaderboard: PointsLeaderboard;
};


export type QueryChallengeQuestionArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryChallengeQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChallengeRoundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChallengeTimingsArgs = {
  upcomingFirst?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPrizesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPointsLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: LeaderboardPeriod;
};

export type ScheduleRoundInput = {
  closesAt: Scalars['DateTime']['input'];
  opensAt: Scalars['DateTime']['input'];
  prizePool?: InputMaybe<PrizePoolInput>;
  questionId: Scalars['ID']['input'];
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
  /** This user's level and points, shown as the user's level privacy allows (default: to everyone); null for those it leaves out. */
  level?: Maybe<UserLevel>;
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
  ActivityRule: ResolverTypeWrapper<ActivityRuleRow>;
  ActivityRuleInput: ActivityRuleInput;
  ChallengeAnswer: ResolverTypeWrapper<AnswerView>;
  ChallengeChoice: ResolverTypeWrapper<ChallengeChoice>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChallengeQuestion: ResolverTypeWrapper<Omit<ChallengeQuestion, 'round'> & { round: ResolversTypes['ChallengeRound'] }>;
  ChallengeQuestionAdmin: ResolverTypeWrapper<QuestionRow>;
  ChallengeQuestionInput: ChallengeQuestionInput;
  ChallengeRound: ResolverTypeWrapper<ChallengeRoundRow>;
  ChallengeRoundStatus: ChallengeRoundStatus;
  ChallengeTimings: ResolverTypeWrapper<Omit<ChallengeTimings, 'open' | 'upcoming'> & { open: Array<ResolversTypes['ChallengeRound']>, upcoming: Array<ResolversTypes['ChallengeRound']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  LeaderboardPeriod: LeaderboardPeriod;
  Level: ResolverTypeWrapper<LevelRow>;
  LevelChange: ResolverTypeWrapper<LevelChangeView>;
  LevelInput: LevelInput;
  LogActivityInput: LogActivityInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PointsLeaderboard: ResolverTypeWrapper<Board>;
  PointsLeaderboardEntry: ResolverTypeWrapper<Place>;
  Prize: ResolverTypeWrapper<PrizeRow>;
  PrizePool: ResolverTypeWrapper<PrizePool>;
  PrizePoolInput: PrizePoolInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScheduleRoundInput: ScheduleRoundInput;
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
  ActivityRule: ActivityRuleRow;
  ActivityRuleInput: ActivityRuleInput;
  ChallengeAnswer: AnswerView;
  ChallengeChoice: ChallengeChoice;
  ID: Scalars['ID']['output'];
  ChallengeQuestion: Omit<ChallengeQuestion, 'round'> & { round: ResolversParentTypes['ChallengeRound'] };
  ChallengeQuestionAdmin: QuestionRow;
  ChallengeQuestionInput: ChallengeQuestionInput;
  ChallengeRound: ChallengeRoundRow;
  ChallengeTimings: Omit<ChallengeTimings, 'open' | 'upcoming'> & { open: Array<ResolversParentTypes['ChallengeRound']>, upcoming: Array<ResolversParentTypes['ChallengeRound']> };
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Level: LevelRow;
  LevelChange: LevelChangeView;
  LevelInput: LevelInput;
  LogActivityInput: LogActivityInput;
  Mutation: Record<PropertyKey, never>;
  PointsLeaderboard: Board;
  PointsLeaderboardEntry: Place;
  Prize: PrizeRow;
  PrizePool: PrizePool;
  PrizePoolInput: PrizePoolInput;
  Query: Record<PropertyKey, never>;
  ScheduleRoundInput: ScheduleRoundInput;
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

export type ActivityRuleResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ActivityRule'] = ResolversParentTypes['ActivityRule']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dailyCap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceContext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChallengeAnswerResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeAnswer'] = ResolversParentTypes['ChallengeAnswer']> = ResolversObject<{
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  correct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prize?: Resolver<Maybe<ResolversTypes['Prize']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ChallengeRound'], ParentType, ContextType>;
}>;

export type ChallengeChoiceResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeChoice'] = ResolversParentTypes['ChallengeChoice']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChallengeQuestionResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeQuestion'] = ResolversParentTypes['ChallengeQuestion']> = ResolversObject<{
  choices?: Resolver<Array<ResolversTypes['ChallengeChoice']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ChallengeRound'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChallengeQuestionAdminResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeQuestionAdmin'] = ResolversParentTypes['ChallengeQuestionAdmin']> = ResolversObject<{
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  correctIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChallengeRoundResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeRound'] = ResolversParentTypes['ChallengeRound']> = ResolversObject<{
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myAnswer?: Resolver<Maybe<ResolversTypes['ChallengeAnswer']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  prizePool?: Resolver<Maybe<ResolversTypes['PrizePool']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['ChallengeQuestionAdmin']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeRoundStatus'], ParentType, ContextType>;
  winners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChallengeTimingsResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['ChallengeTimings'] = ResolversParentTypes['ChallengeTimings']> = ResolversObject<{
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  open?: Resolver<Array<ResolversTypes['ChallengeRound']>, ParentType, ContextType>;
  upcoming?: Resolver<Array<ResolversTypes['ChallengeRound']>, ParentType, ContextType>;
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
  cancelChallengeRound?: Resolver<ResolversTypes['ChallengeRound'], ParentType, ContextType, RequireFields<MutationCancelChallengeRoundArgs, 'id'>>;
  createChallengeQuestion?: Resolver<ResolversTypes['ChallengeQuestionAdmin'], ParentType, ContextType, RequireFields<MutationCreateChallengeQuestionArgs, 'input'>>;
  deleteLevel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteLevelArgs, 'number'>>;
  logActivity?: Resolver<ResolversTypes['ActivityResult'], ParentType, ContextType, RequireFields<MutationLogActivityArgs, 'input'>>;
  scheduleChallengeRound?: Resolver<ResolversTypes['ChallengeRound'], ParentType, ContextType, RequireFields<MutationScheduleChallengeRoundArgs, 'input'>>;
  submitChallengeAnswer?: Resolver<ResolversTypes['ChallengeAnswer'], ParentType, ContextType, RequireFields<MutationSubmitChallengeAnswerArgs, 'choiceId' | 'roundId'>>;
  upsertActivityRule?: Resolver<ResolversTypes['ActivityRule'], ParentType, ContextType, RequireFields<MutationUpsertActivityRuleArgs, 'input'>>;
  upsertLevel?: Resolver<ResolversTypes['Level'], ParentType, ContextType, RequireFields<MutationUpsertLevelArgs, 'input'>>;
}>;

export type PointsLeaderboardResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['PointsLeaderboard'] = ResolversParentTypes['PointsLeaderboard']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['PointsLeaderboardEntry']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['LeaderboardPeriod'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['PointsLeaderboardEntry']>, ParentType, ContextType>;
}>;

export type PointsLeaderboardEntryResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['PointsLeaderboardEntry'] = ResolversParentTypes['PointsLeaderboardEntry']> = ResolversObject<{
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type PrizeResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Prize'] = ResolversParentTypes['Prize']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ChallengeRound'], ParentType, ContextType>;
}>;

export type PrizePoolResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['PrizePool'] = ResolversParentTypes['PrizePool']> = ResolversObject<{
  amountEach?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  winnerLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activityRules?: Resolver<Array<ResolversTypes['ActivityRule']>, ParentType, ContextType>;
  challengeQuestion?: Resolver<ResolversTypes['ChallengeQuestion'], ParentType, ContextType, RequireFields<QueryChallengeQuestionArgs, 'roundId'>>;
  challengeQuestions?: Resolver<Array<ResolversTypes['ChallengeQuestionAdmin']>, ParentType, ContextType, RequireFields<QueryChallengeQuestionsArgs, 'first'>>;
  challengeRounds?: Resolver<Array<ResolversTypes['ChallengeRound']>, ParentType, ContextType, RequireFields<QueryChallengeRoundsArgs, 'first'>>;
  challengeTimings?: Resolver<ResolversTypes['ChallengeTimings'], ParentType, ContextType, RequireFields<QueryChallengeTimingsArgs, 'upcomingFirst'>>;
  levels?: Resolver<Array<ResolversTypes['Level']>, ParentType, ContextType>;
  myPrizes?: Resolver<Array<ResolversTypes['Prize']>, ParentType, ContextType, RequireFields<QueryMyPrizesArgs, 'first'>>;
  pointsLeaderboard?: Resolver<ResolversTypes['PointsLeaderboard'], ParentType, ContextType, RequireFields<QueryPointsLeaderboardArgs, 'first' | 'period'>>;
}>;

export type SubscriptionResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  levelChanged?: SubscriptionResolver<ResolversTypes['LevelChange'], "levelChanged", ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ProgressionContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['UserLevel']>, ParentType, ContextType>;
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
  ActivityRule?: ActivityRuleResolvers<ContextType>;
  ChallengeAnswer?: ChallengeAnswerResolvers<ContextType>;
  ChallengeChoice?: ChallengeChoiceResolvers<ContextType>;
  ChallengeQuestion?: ChallengeQuestionResolvers<ContextType>;
  ChallengeQuestionAdmin?: ChallengeQuestionAdminResolvers<ContextType>;
  ChallengeRound?: ChallengeRoundResolvers<ContextType>;
  ChallengeTimings?: ChallengeTimingsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Level?: LevelResolvers<ContextType>;
  LevelChange?: LevelChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PointsLeaderboard?: PointsLeaderboardResolvers<ContextType>;
  PointsLeaderboardEntry?: PointsLeaderboardEntryResolvers<ContextType>;
  Prize?: PrizeResolvers<ContextType>;
  PrizePool?: PrizePoolResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserLevel?: UserLevelResolvers<ContextType>;
}>;

