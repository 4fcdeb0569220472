import { useEffect, useState } from 'react';
import { LevelHistoryDocument, PointsLeaderboardDocument, type LevelHistoryQuery, type PointsLeaderboardQuery, type LeaderboardPeriod } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The signed-in user's level, its history, and the points leaderboards with their own rank. */
export function LevelPage() {
  const [me, setMe] = useState<LevelHistoryQuery['me']>();
  const [period, setPeriod] = useState<LeaderboardPeriod>('ALL_TIME');
  const [board, setBoard] = useState<PointsLeaderboardQuery['pointsLeaderboard']>();
  const [error, setError] = useState<unknown>();
  useEffect(() => void request(LevelHistoryDocument, { first: 20 }).then((d) => setMe(d.me), setError), []);
  useEffect(() => void request(PointsLeaderboardDocument, { period, first: 20 }).then((d) => setBoard(d.pointsLeaderboard), setError), [period]);
  const level = me?.level;
  return (
    <section className="card">
      <h1>Level</h1>
      <ErrorText error={error} />
      {level && (
        <div data-testid="my-level">
          <p>
            <strong>
              Level {level.number}: {level.name}
            </strong>{' '}
            — {level.points} points
          </p>
          {level.next ? (
            <p>
              {level.pointsToNext} points to level {level.next.number} ({level.next.name}).
            </p>
          ) : (
            <p>The top level.</p>
          )}
          {level.perks.length > 0 && <p>Perks: {level.perks.join(', ')}</p>}
        </div>
      )}
      <h2>History</h2>
      <ul data-testid="level-history">
        {me?.levelHistory?.length === 0 && <li>No level changes yet.</li>}
        {me?.levelHistory?.map((h) => (
          <li key={h.at}>
            {new Date(h.at).toLocaleString()}: level {h.fromLevel} → {h.toLevel} ({h.name}) at {h.points} points
          </li>
        ))}
      </ul>
      <h2>Leaderboard</h2>
      <p>
        <button disabled={period === 'ALL_TIME'} onClick={() => setPeriod('ALL_TIME')}>
          All time
        </button>{' '}
        <button disabled={period === 'THIS_WEEK'} onClick={() => setPeriod('THIS_WEEK')}>
          This week
        </button>
      </p>
      {board && (
        <>
          <table data-testid="leaderboard">
            <thead>
              <tr>
                <th>#</th>
                <th>Player</th>
                <th>Level</th>
                <th>Points</th>
              </tr>
            </thead>
            <tbody>
              {board.entries.map((e) => (
                <tr key={e.user.id} className={e.user.id === me?.id ? 'me' : undefined}>
                  <td>{e.rank}</td>
                  <td>{e.user.username}</td>
                  <td>{e.user.level?.number ?? (e.points === null ? 'hidden' : '—')}</td>
                  <td>{e.points ?? <span title="This player keeps their level private">hidden</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="my-rank">{board.viewer ? `Your rank: ${board.viewer.rank} (${board.viewer.points} points)` : 'No points in this period yet.'}</p>
        </>
      )}
    </section>
  );
}
