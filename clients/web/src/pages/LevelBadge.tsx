import { useEffect, useState } from 'react';
import { LevelChangedDocument, MyLevelDocument, type MyLevelQuery } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';

/** A window event pages send when they know the user's points changed (the badge reloads). */
export const POINTS_CHANGED = 'worldgraph:points-changed';

/** The signed-in user's level and points in the header, refreshed on every level change. */
export function LevelBadge() {
  const [level, setLevel] = useState<MyLevelQuery['me']['level']>();
  useEffect(() => {
    const load = () => void request(MyLevelDocument).then((d) => setLevel(d.me.level), () => {});
    load();
    // Points change more often than levels: refreshed each minute, and at once on a level change.
    const timer = setInterval(load, 60_000);
    const stop = subscribe(LevelChangedDocument, {}, load);
    window.addEventListener(POINTS_CHANGED, load);
    return () => {
      clearInterval(timer);
      window.removeEventListener(POINTS_CHANGED, load);
      stop();
    };
  }, []);
  if (!level) return null;
  return (
    <a href="#/level" className="level-badge" data-testid="level-badge" title={level.name}>
      Lv {level.number} · {level.points} pts
    </a>
  );
}
