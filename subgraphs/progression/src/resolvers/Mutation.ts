import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  logActivity: (_root, { input }, ctx) => ctx.scoring.log(input.userId, input.activity, input.sourceId),
};
