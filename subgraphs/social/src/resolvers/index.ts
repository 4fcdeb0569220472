import { DateTimeScalar, isUserId as isUuid } from '@worldgraph/kit';
import type { Resolvers } from '../generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    dynasty: (_root, { id }, { dynastyById }) => (isUuid(id) ? dynastyById.load(id) : null),
  },
  Dynasty: {
    __resolveReference: (ref, { dynastyById }) => dynastyById.load(ref.id),
  },
};
