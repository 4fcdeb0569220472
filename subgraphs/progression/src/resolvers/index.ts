import type { Resolvers } from '../generated/graphql.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { Query };
