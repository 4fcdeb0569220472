import { DateTimeScalar } from '@worldgraph/kit';
import { ApiKey } from './ApiKey.ts';
import { KycSubmission, UserLimitation } from './Kyc.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import { User } from './User.ts';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Subscription, User, ApiKey, KycSubmission, UserLimitation };
