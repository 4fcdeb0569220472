import type { PrismaClient } from '../generated/prisma/client.ts';
import { ITEMS } from '../data/items.ts';
import { REALMS, ZONES } from '../data/world.ts';

const same = (row: Record<string, unknown> | undefined, data: Record<string, unknown>) => !!row && Object.entries(data).every(([k, v]) => row[k] === v);

/**
 * Upserts realms, zones and the item catalog from src/data: every replica runs it at start, and
 * running it again changes nothing. Rows already as the data says are left alone (every test stack
 * starts this subgraph: a start that finds the data in place writes nothing). A realm's status (set
 * by operators) is never touched.
 */
export async function seedData(db: PrismaClient): Promise<void> {
  const [realms, zones, items] = await Promise.all([db.realm.findMany(), db.zone.findMany(), db.itemDefinition.findMany()]);
  const realmRows = new Map(realms.map((r) => [r.id, r as unknown as Record<string, unknown>]));
  const zoneRows = new Map(zones.map((z) => [`${z.realmId}/${z.id}`, z as unknown as Record<string, unknown>]));
  const itemRows = new Map(items.map((i) => [i.id, i as unknown as Record<string, unknown>]));

  const writes: ((tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) => Promise<unknown>)[] = [];
  for (const [i, r] of REALMS.entries()) {
    const data = { name: r.name, region: r.region, kind: r.kind, capacity: r.capacity, sortOrder: i };
    if (!same(realmRows.get(r.id), data)) writes.push((tx) => tx.realm.upsert({ where: { id: r.id }, create: { id: r.id, ...data }, update: data }));
    for (const z of ZONES) {
      const zone = { name: z.name, minLevel: z.minLevel, maxLevel: z.maxLevel, start: !!z.start, spawnX: z.spawn[0], spawnY: z.spawn[1], spawnZ: z.spawn[2] };
      if (!same(zoneRows.get(`${r.id}/${z.id}`), zone)) {
        writes.push((tx) => tx.zone.upsert({ where: { realmId_id: { realmId: r.id, id: z.id } }, create: { realmId: r.id, id: z.id, ...zone }, update: zone }));
      }
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
    if (!same(itemRows.get(item.id), data)) writes.push((tx) => tx.itemDefinition.upsert({ where: { id: item.id }, create: { id: item.id, ...data }, update: data }));
  }
  if (!writes.length) return;
  await db.$transaction(
    async (tx) => {
      // Realms before their zones; one seeder at a time across replicas starting together.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('characters:seed'))`);
      for (const write of writes) await write(tx);
    },
    { timeout: 30_000 },
  );
}
