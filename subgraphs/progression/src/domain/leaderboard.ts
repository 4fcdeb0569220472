import type { PrismaClient } from '../generated/prisma/client.ts';

export type Period = 'ALL_TIME' | 'THIS_WEEK';

/** One user's place; equal points share a rank. */
export interface Place {
  rank: number;
  userId: string;
  points: number;
}

/** Monday 00:00 UTC of the week holding `at`. */
export function weekStart(at: Date): Date {
  const day = (at.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
}

/**
 * Leaderboards: all time from each user's points, this week from the points scored since Monday
 * (the activity log, indexed by time). Ranks are SQL's rank(): ties share one.
 */
export class Leaderboards {
  constructor(private readonly db: PrismaClient) {}

  async top(period: Period, first: number, now = new Date()): Promise<Place[]> {
    const n = Math.min(Math.max(first, 1), 100);
    const rows =
      period === 'ALL_TIME'
        ? await this.db.$queryRaw<{ user_id: string; points: number; rank: bigint }[]>`
            SELECT user_id::text, points, rank() OVER (ORDER BY points DESC) AS rank
            FROM user_levels WHERE points > 0 ORDER BY points DESC, user_id LIMIT ${n}`
        : await this.db.$queryRaw<{ user_id: string; points: number; rank: bigint }[]>`
            SELECT user_id::text, sum(points)::int AS points, rank() OVER (ORDER BY sum(points) DESC) AS rank
            FROM user_activities WHERE created_at >= ${weekStart(now)} AND points > 0
            GROUP BY user_id ORDER BY points DESC, user_id LIMIT ${n}`;
    return rows.map((r) => ({ rank: Number(r.rank), userId: r.user_id, points: r.points }));
  }

  /** One user's place in a period, or null without points in it. */
  async placeOf(period: Period, userId: string, now = new Date()): Promise<Place | null> {
    if (period === 'ALL_TIME') {
      const [row] = await this.db.$queryRaw<{ points: number; rank: bigint }[]>`
        SELECT u.points, (SELECT count(*) FROM user_levels o WHERE o.points > u.points) + 1 AS rank
        FROM user_levels u WHERE u.user_id = ${userId}::uuid AND u.points > 0`;
      return row ? { rank: Number(row.rank), userId, points: row.points } : null;
    }
    const since = weekStart(now);
    const [row] = await this.db.$queryRaw<{ points: number; rank: bigint }[]>`
      WITH totals AS (
        SELECT user_id, sum(points)::int AS points FROM user_activities
        WHERE created_at >= ${since} AND points > 0 GROUP BY user_id
      )
      SELECT t.points, (SELECT count(*) FROM totals o WHERE o.points > t.points) + 1 AS rank
      FROM totals t WHERE t.user_id = ${userId}::uuid`;
    return row ? { rank: Number(row.rank), userId, points: row.points } : null;
  }
}

/** A leaderboard as the API shows it. */
export interface Board {
  period: Period;
  since: Date | null;
  entries: Place[];
  viewer: Place | null;
}
