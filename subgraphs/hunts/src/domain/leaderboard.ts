/** One player's line on a hunt's leaderboard. */
export interface Standing {
  rank: number;
  userId: string;
  finished: boolean;
  durationSeconds: number | null;
  cluesFound: number;
}

export interface PlayerResult {
  userId: string;
  joinedAt: Date;
  finishedAt: Date | null;
  cluesFound: number;
}

/** Finishers first, fastest (join to finish) first; then everyone else by clues found; ties by who joined first. */
export function rankPlayers(players: PlayerResult[]): Standing[] {
  const duration = (p: PlayerResult) => (p.finishedAt ? p.finishedAt.getTime() - p.joinedAt.getTime() : null);
  const sorted = [...players].sort((a, b) => {
    const da = duration(a);
    const db = duration(b);
    if ((da === null) !== (db === null)) return da === null ? 1 : -1;
    if (da !== null && db !== null && da !== db) return da - db;
    if (a.cluesFound !== b.cluesFound) return b.cluesFound - a.cluesFound;
    return a.joinedAt.getTime() - b.joinedAt.getTime();
  });
  return sorted.map((p, i) => ({ rank: i + 1, userId: p.userId, finished: p.finishedAt !== null, durationSeconds: p.finishedAt ? Math.round(duration(p)! / 1000) : null, cluesFound: p.cluesFound }));
}
