import { mapLive, type DomainEvent, type LiveEvents } from '@worldgraph/kit';
import type { ProgressionEvent } from './outbox.ts';

type LevelChanged = Extract<ProgressionEvent, { type: 'LevelChanged' }>;

/** The live feed of one user's level changes. */
export function levelChanges(live: LiveEvents, userId: string) {
  const events = live.subscribe(['progression'], {
    filter: (e: DomainEvent) => e.type === 'LevelChanged' && e.payload.userId === userId,
  });
  return mapLive(events, (e) => {
    const p = e.payload as unknown as LevelChanged;
    return { levelChanged: { fromLevel: p.fromLevel, toLevel: p.toLevel, name: p.name, points: p.points, at: p.at } };
  });
}
