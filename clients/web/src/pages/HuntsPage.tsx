import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { DiscoverClueDocument, HuntsNearDocument, JoinHuntDocument, MyHuntsDocument, type HuntsNearQuery, type MyHuntsQuery } from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

type Participation = MyHuntsQuery['myParticipations'][number];
const TEHRAN = { lat: 35.6892, lng: 51.389 };

/** Hunts near the city, the ones joined, and playing one with a simulated location. */
export function HuntsPage() {
  const [near, setNear] = useState<HuntsNearQuery['huntsNear']>([]);
  const [mine, setMine] = useState<Participation[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => {
    const [n, m] = await Promise.all([request(HuntsNearDocument, { position: TEHRAN, radiusMeters: 50_000, first: 20 }), request(MyHuntsDocument)]);
    setNear(n.huntsNear);
    setMine(m.myParticipations);
  }, []);
  useEffect(() => {
    load().catch(setError);
  }, [load]);
  const joined = new Set(mine.map((p) => p.hunt.id));
  return (
    <section className="card">
      <h1>Treasure hunts</h1>
      <ErrorText error={error} />
      <h2>Near you</h2>
      <ul>
        {near.length === 0 && <li>No hunts nearby right now.</li>}
        {near.map((h) => (
          <li key={h.id}>
            <strong>{h.title}</strong> · reward {h.reward.amount} {h.reward.asset} · {h.participantCount} playing{' '}
            {!joined.has(h.id) && <button onClick={() => request(JoinHuntDocument, { huntId: h.id }).then(load, setError)}>Join</button>}
          </li>
        ))}
      </ul>
      {mine.map((p) => (
        <Play key={p.id} participation={p} onChange={() => load().catch(setError)} />
      ))}
    </section>
  );
}

const SIZE = 360;

/** One hunt being played: the path found so far, the next riddles, and a click-to-stand-here map. */
function Play({ participation: p, onChange }: { participation: Participation; onChange(): void }) {
  const { center, radiusMeters } = p.hunt.playArea;
  const [position, setPosition] = useState<{ lat: number; lng: number }>(center);
  const [error, setError] = useState<unknown>();
  // The play area fills the square: metres to pixels around its centre.
  const metresPerPx = (2.4 * radiusMeters) / SIZE;
  const cos = Math.cos((center.lat * Math.PI) / 180);
  const toPx = (q: { lat: number; lng: number }) => [SIZE / 2 + ((q.lng - center.lng) * 111_320 * cos) / metresPerPx, SIZE / 2 - ((q.lat - center.lat) * 111_320) / metresPerPx] as const;
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) * SIZE) / r.width - SIZE / 2;
    const y = ((e.clientY - r.top) * SIZE) / r.height - SIZE / 2;
    setPosition({ lat: center.lat - (y * metresPerPx) / 111_320, lng: center.lng + (x * metresPerPx) / (111_320 * cos) });
  };
  const path = p.discoveries.map((d) => toPx(d.location).join(',')).join(' ');
  const discover = (clueId: string) =>
    request(DiscoverClueDocument, { huntId: p.hunt.id, clueId, position: { ...position, accuracy: 5 } }).then(onChange, setError);
  return (
    <article className="hunt">
      <h2>
        {p.hunt.title} {p.status === 'finished' && <span className="pill">finished{p.rewardPaid ? ', reward paid' : ''}</span>}
      </h2>
      <p>{p.hunt.description}</p>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="hunt-map" onClick={onClick} data-testid={`hunt-map-${p.hunt.id}`}>
        <circle cx={SIZE / 2} cy={SIZE / 2} r={radiusMeters / metresPerPx} className="area" />
        <polyline points={path} className="trail" />
        {p.discoveries.map((d) => {
          const [x, y] = toPx(d.location);
          return <circle key={d.clue.id} cx={x} cy={y} r={5} className={d.clue.treasure ? 'treasure' : 'found'} />;
        })}
        <circle cx={toPx(position)[0]} cy={toPx(position)[1]} r={6} className="me" />
      </svg>
      <p className="hint">
        Click the map to stand there ({position.lat.toFixed(5)}, {position.lng.toFixed(5)}), then try a clue.
      </p>
      <ErrorText error={error} action="discover" />
      <ol>
        {p.discoveries.map((d) => (
          <li key={d.clue.id}>Found: {d.clue.riddle}</li>
        ))}
      </ol>
      {p.status === 'playing' && (
        <ul className="riddles">
          {p.nextClues.map((c) => (
            <li key={c.id}>
              “{c.riddle}” {c.hint && <em>(hint: {c.hint})</em>} <button onClick={() => discover(c.id)}>I am here</button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
