import { rankPlayers } from '../../src/domain/leaderboard.ts';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

describe('rankPlayers', () => {
  it('ranks finishers by time taken, then the rest by clues found, then by who joined first', () => {
    const ranked = rankPlayers([
      { userId: 'slow', joinedAt: at(0), finishedAt: at(50), cluesFound: 5 },
      { userId: 'lost', joinedAt: at(1), finishedAt: null, cluesFound: 4 },
      { userId: 'fast', joinedAt: at(10), finishedAt: at(40), cluesFound: 3 },
      { userId: 'late', joinedAt: at(5), finishedAt: null, cluesFound: 4 },
      { userId: 'idle', joinedAt: at(0), finishedAt: null, cluesFound: 0 },
    ]);
    expect(ranked.map((s) => [s.rank, s.userId, s.finished, s.durationSeconds, s.cluesFound])).toEqual([
      [1, 'fast', true, 30, 3],
      [2, 'slow', true, 50, 5],
      [3, 'lost', false, null, 4],
      [4, 'late', false, null, 4],
      [5, 'idle', false, null, 0],
    ]);
  });
});
