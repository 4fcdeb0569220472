import { DateTimeScalar, DecimalScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import { ChildPermissions, Dynasty, DynastyChange, DynastyMember, Family, FamilyRelation, Feature, JoinRequest, User } from './types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  Subscription,
  Dynasty,
  DynastyMember,
  Family,
  FamilyRelation,
  JoinRequest,
  ChildPermissions,
  DynastyChange,
  User,
  Feature,
};
