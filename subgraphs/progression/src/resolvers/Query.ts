import { requireUser } from '@worldgraph/kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { weekStart } from '../domain/leaderboard.ts';

const clamp = (n: number | null | undefined, fallback: number, max = 100) => Math.min(Math.max(n ?? fallback, 1), max);

export const Query: QueryResolvers = {
  levels: (_root, _args, ctx) => ctx.levels.all(),
  pointsLeaderboard: async (_root, { period, first }, ctx) => {
    const now = new Date();
    const viewer = ctx.viewer.kind === 'user' ? ctx.viewer.userId : undefined;
    const [entries, own] = await Promise.all([ctx.leaderboards.top(period, first ?? 20, now), viewer ? ctx.leaderboards.placeOf(period, viewer, now) : null]);
    return { period, since: period === 'THIS_WEEK' ? weekStart(now) : null, entries, viewer: own };
  },
  challengeTimings: (_root, { upcomingFirst }, ctx) => ctx.challenges.timings(upcomingFirst ?? 10),
  challengeQuestion: (_root, { roundId }, ctx) => ctx.challenges.question(roundId, requireUser(ctx.viewer)),
  myPrizes: (_root, { first }, ctx) => ctx.challenges.prizesOf(requireUser(ctx.viewer), first ?? 20),
  activityRules: (_root, _args, ctx) => ctx.admin.rules(),
  challengeQuestions: (_root, { first }, ctx) => ctx.db.question.findMany({ orderBy: { createdAt: 'desc' }, take: clamp(first, 50) }),
  challengeRounds: (_root, { first }, ctx) => ctx.db.challengeRound.findMany({ orderBy: { opensAt: 'desc' }, take: clamp(first, 50) }),
};
