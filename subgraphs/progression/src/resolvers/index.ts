import { DateTimeScalar, DecimalScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { ActivityRule, ChallengeAnswer, ChallengeRound, Prize } from './challenges.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import { ActivityResult, PointsLeaderboardEntry, User } from './types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  Subscription,
  User,
  PointsLeaderboardEntry,
  ActivityResult,
  ChallengeRound,
  ChallengeAnswer,
  Prize,
  ActivityRule,
};
