import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import type { ClueGraphStore, ClueNode } from './clue-graph.ts';

/**
 * The demo hunt seeded on a development start (HUNTS_DEMO_HUNT), beside features' demo world, so
 * `huntsNear` is never empty and the README's walk-through can be played: three clues about 60 m
 * apart in the demo world's centre, a start, a middle and a treasure. Its ids are fixed, so the
 * README names them. No partner member can change or close it, and its reward is nothing: no money
 * is held for it or paid out.
 */
export const DEMO_HUNT = {
  partnerId: 'de300000-0000-4000-8000-0000000000a1',
  huntId: 'de300000-0000-4000-8000-000000000001',
  clues: [
    { id: 'de300000-0000-4000-8000-0000000000c1', name: 'gate', lat: 35.689, lng: 51.389, start: true, treasure: false, riddle: 'Where the city grid begins: stand at 35.6890, 51.3890.', hint: 'The corner of the first block.' },
    { id: 'de300000-0000-4000-8000-0000000000c2', name: 'fountain', lat: 35.6894, lng: 51.3895, start: false, treasure: false, riddle: 'Sixty metres north-east of the gate: 35.6894, 51.3895.', hint: null },
    { id: 'de300000-0000-4000-8000-0000000000c3', name: 'treasure', lat: 35.6898, lng: 51.39, start: false, treasure: true, riddle: 'Sixty metres further on, the treasure: 35.6898, 51.3900.', hint: null },
  ],
} as const;

/** Seeds the demo hunt once; false when it is there already (a restart, another replica). */
export async function seedDemoHunt(db: PrismaClient, clueGraph: ClueGraphStore): Promise<boolean> {
  const { partnerId, huntId, clues } = DEMO_HUNT;
  if (await db.hunt.findUnique({ where: { id: huntId }, select: { id: true } })) return false;
  // The hunt row is written last: a start cut short before it is seeded again from a clean graph.
  await clueGraph.dropHunt(huntId);
  for (const c of clues) {
    const node: ClueNode = { id: c.id, huntId, name: c.name, riddle: c.riddle, hint: c.hint, lat: c.lat, lng: c.lng, radiusM: 40, start: c.start, treasure: c.treasure };
    await clueGraph.addClue(node);
  }
  for (let i = 1; i < clues.length; i++) await clueGraph.connect(huntId, clues[i - 1]!.id, clues[i]!.id);
  try {
    await db.$transaction([
      db.partner.upsert({ where: { id: partnerId }, create: { id: partnerId, name: 'Worldgraph demo' }, update: {} }),
      db.hunt.create({
        data: {
          id: huntId,
          partnerId,
          title: 'Demo hunt: three clues in the demo world',
          description: 'Seeded on a development start. Each riddle says where to stand; send that position to discoverClue.',
          centerLat: 35.6894,
          centerLng: 51.3895,
          radiusM: 500,
          startsAt: new Date('2026-01-01T00:00:00Z'),
          endsAt: new Date('2100-01-01T00:00:00Z'),
          status: 'published',
          rewardAsset: 'PSC',
          rewardAmount: new Prisma.Decimal(0),
        },
      }),
    ]);
  } catch (error) {
    // Another replica seeded it at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
    throw error;
  }
  return true;
}
