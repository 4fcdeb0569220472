import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  realms: (_root, _args, { db }) => db.realm.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  realm: (_root, { id }, { db }) => db.realm.findUnique({ where: { id } }),
};
