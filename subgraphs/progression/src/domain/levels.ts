import type { Level, PrismaClient } from '../generated/prisma/client.ts';

/** Where a user stands, as UserLevel shows it. */
export interface Standing {
  number: number;
  name: string;
  points: number;
  pointsToNext: number | null;
  next: Level | null;
  perks: string[];
}

/** The level reached with `points`: the highest threshold at or below them (levels sorted by threshold). */
export function levelFor(levels: Level[], points: number): Level | undefined {
  let found: Level | undefined;
  for (const l of levels) if (l.threshold <= points) found = l;
  return found;
}

/** A user's standing from their stored level and points; pure, so it is tested without a stack. */
export function standingOf(levels: Level[], level: number, points: number): Standing {
  const current = levels.find((l) => l.number === level) ?? levelFor(levels, points);
  const next = levels.find((l) => l.threshold > (current ? current.threshold : -Infinity)) ?? null;
  return {
    number: current?.number ?? level,
    name: current?.name ?? `Level ${level}`,
    points,
    pointsToNext: next ? Math.max(next.threshold - points, 0) : null,
    next,
    perks: current?.perks ?? [],
  };
}

/** How long the level table is kept in memory: admins' edits reach other replicas within this. */
const TTL_MS = 5_000;

/** The level table, read from the database and kept a few seconds (every User.level reads it). */
export class Levels {
  private cached?: { at: number; levels: Promise<Level[]> };
  constructor(private readonly db: PrismaClient) {}

  all(): Promise<Level[]> {
    if (!this.cached || Date.now() - this.cached.at > TTL_MS) {
      const levels = this.db.level.findMany({ orderBy: { threshold: 'asc' } });
      this.cached = { at: Date.now(), levels };
      levels.catch(() => (this.cached = undefined));
    }
    return this.cached.levels;
  }

  /** Forgets the table after an admin's change. */
  invalidate(): void {
    this.cached = undefined;
  }

  async standing(level: number, points: number): Promise<Standing> {
    return standingOf(await this.all(), level, points);
  }
}

/** A level change as LevelChange shows it (history rows and live events alike). */
export interface LevelChangeView {
  fromLevel: number;
  toLevel: number;
  name: string;
  points: number;
  at: Date | string;
}
