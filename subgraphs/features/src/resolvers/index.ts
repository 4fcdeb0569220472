import { DateTimeScalar, DecimalScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { BuyRequest, Feature, HourlyProfit, Purchase, User } from './types.ts';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Decimal: DecimalScalar, Query, Mutation, Feature, User, BuyRequest, Purchase, HourlyProfit };
