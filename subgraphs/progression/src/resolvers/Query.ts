import type { QueryResolvers } from '../generated/graphql.ts';
import { weekStart } from '../domain/leaderboard.ts';

export const Query: QueryResolvers = {
  levels: (_root, _args, ctx) => ctx.levels.all(),
  pointsLeaderboard: async (_root, { period, first }, ctx) => {
    const now = new Date();
    const viewer = ctx.viewer.kind === 'user' ? ctx.viewer.userId : undefined;
    const [entries, own] = await Promise.all([ctx.leaderboards.top(period, first ?? 20, now), viewer ? ctx.leaderboards.placeOf(period, viewer, now) : null]);
    return { period, since: period === 'THIS_WEEK' ? weekStart(now) : null, entries, viewer: own };
  },
};
