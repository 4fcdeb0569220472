import { DateTimeScalar, DecimalScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { CommerceMutation, CommerceQuery, Referral, TopUpOrder } from './Commerce.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import { Transaction } from './Transaction.ts';
import { User } from './User.ts';
import { Wallet } from './Wallet.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query: { ...Query, ...CommerceQuery },
  Mutation: { ...Mutation, ...CommerceMutation },
  Subscription,
  User,
  Wallet,
  Transaction,
  TopUpOrder,
  Referral,
};
