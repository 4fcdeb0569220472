import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  levels: (_root, _args, ctx) => ctx.db.level.findMany({ orderBy: { threshold: 'asc' } }),
};
