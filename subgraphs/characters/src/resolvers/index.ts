import { DateTimeScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Query } from './Query.ts';
import { Realm } from './Realm.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Realm,
};
