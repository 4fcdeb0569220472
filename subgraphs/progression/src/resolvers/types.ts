import { isSelfOrAdmin, isUserId, mayViewField } from '@worldgraph/kit';
import type { ActivityResultResolvers, PointsLeaderboardEntryResolvers, UserResolvers } from '../generated/graphql.ts';
import type { ProgressionContext } from '../context.ts';

/** A user's standing from their stored row (none yet: level 1, no points). */
export async function standingOfUser(ctx: ProgressionContext, userId: string) {
  const row = await ctx.userLevelById.load(userId);
  return ctx.levels.standing(row?.level ?? 1, row?.points ?? 0);
}

export const User: UserResolvers = {
  // Every user of accounts has a level here, if only the first.
  __resolveReference: (ref) => ({ id: ref.id }),
  level: async (u, _args, ctx) => ((await mayViewField(ctx.privacy, ctx.viewer, u.id, 'level')) ? standingOfUser(ctx, u.id) : null),
  levelHistory: async (u, { first }, ctx) => {
    if (!isSelfOrAdmin(ctx.viewer, u.id) || !isUserId(u.id)) return null;
    const [rows, levels] = await Promise.all([
      ctx.db.levelChange.findMany({ where: { userId: u.id }, orderBy: { id: 'desc' }, take: Math.min(Math.max(first ?? 20, 1), 100) }),
      ctx.levels.all(),
    ]);
    return rows.map((r) => ({ fromLevel: r.fromLevel, toLevel: r.toLevel, name: levels.find((l) => l.number === r.toLevel)?.name ?? `Level ${r.toLevel}`, points: r.points, at: r.createdAt }));
  },
};

export const PointsLeaderboardEntry: PointsLeaderboardEntryResolvers = {
  user: (p) => ({ id: p.userId }),
  // Points are the level's measure: the level privacy hides them here too (the place stays, so ranks still add up).
  points: async (p, _args, ctx) => ((await mayViewField(ctx.privacy, ctx.viewer, p.userId, 'level')) ? p.points : null),
};

export const ActivityResult: ActivityResultResolvers = {
  level: (r, _args, ctx) => ctx.levels.standing(r.level, r.total),
};
