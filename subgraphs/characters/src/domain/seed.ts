import type { PrismaClient } from '../generated/prisma/client.ts';
import { ITEMS } from '../data/items.ts';
import { REALMS, ZONES } from '../data/world.ts';

/**
 * Upserts realms, zones and the item catalog from src/data: every replica runs it at start, and
 * running it again changes nothing. A realm's status (set by operators) is left as it is.
 */
export async function seedData(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    // One seeder at a time across replicas starting together.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('characters:seed'))`);
    for (const [i, r] of REALMS.entries()) {
      const data = { name: r.name, region: r.region, kind: r.kind, capacity: r.capacity, sortOrder: i };
      await tx.realm.upsert({ where: { id: r.id }, create: { id: r.id, ...data }, update: data });
      for (const z of ZONES) {
        const zone = { name: z.name, minLevel: z.minLevel, maxLevel: z.maxLevel, start: !!z.start, spawnX: z.spawn[0], spawnY: z.spawn[1], spawnZ: z.spawn[2] };
        await tx.zone.upsert({ where: { realmId_id: { realmId: r.id, id: z.id } }, create: { realmId: r.id, id: z.id, ...zone }, update: zone });
      }
    }
    for (const item of ITEMS) {
      const data = {
        name: item.name,
        kind: item.kind,
        rarity: item.rarity,
        stackSize: item.stackSize,
        equipSlot: item.equipSlot ?? null,
        levelRequired: item.levelRequired ?? 1,
        bound: !!item.bound,
        description: item.description ?? '',
      };
      await tx.itemDefinition.upsert({ where: { id: item.id }, create: { id: item.id, ...data }, update: data });
    }
  }, { timeout: 30_000 });
}
