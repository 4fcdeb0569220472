import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { CLASSES, RACES } from '../data/races.ts';
import { mayView } from './access.ts';

export const Query: QueryResolvers = {
  realms: (_root, _args, { db }) => db.realm.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  realm: (_root, { id }, { realmById }) => realmById.load(id),
  races: () => RACES,
  classes: () => CLASSES,
  itemDefinitions: (_root, { kind }, { catalog }) => catalog.all().filter((d) => !kind || d.kind === kind),
  character: async (_root, { id }, ctx) => {
    const c = await ctx.characters.find(id);
    return c && mayView(ctx.viewer, c) ? c : null;
  },
  myCharacters: (_root, _args, ctx) => ctx.characters.ofAccount(requireUser(ctx.viewer)),
  trade: (_root, { id }, ctx) => ctx.trades.forAccount(requireUser(ctx.viewer), id),
  myTrades: (_root, { status, first }, ctx) => ctx.trades.ofAccount(requireUser(ctx.viewer), status, first ?? 20),
  adminCharacters: (_root, { name, accountId, realmId, first }, ctx) => ctx.characters.search({ name, accountId, realmId }, first ?? 20),
};
