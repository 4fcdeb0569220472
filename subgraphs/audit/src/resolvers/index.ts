import { DateTimeScalar } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';
import { AuditEntry } from './AuditEntry.ts';
import { Query } from './Query.ts';
import { User } from './User.ts';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, User, AuditEntry };
