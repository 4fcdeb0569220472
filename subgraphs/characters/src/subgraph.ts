import DataLoader from 'dataloader';
import { createPrismaClient, defineSubgraph, groupedLoader, keyedLoader, UserLimitsClient, WalletClient, onUserErased, type Runtime, intervalJob, isUuid } from '@worldgraph/kit';
import { loadCharactersConfig } from './config.ts';
import type { CharactersContext } from './context.ts';
import { Catalog } from './domain/catalog.ts';
import { Characters } from './domain/characters.ts';
import { Inventories } from './domain/inventory.ts';
import { Loot } from './domain/loot.ts';
import { seedData } from './domain/seed.ts';
import { Settlement } from './domain/settlement.ts';
import { Trades } from './domain/trades.ts';
import { forgetUser } from './domain/erasure.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** characters: VoxelHeim's realms, characters, item catalog, inventories, bank and trades. */
export const characters = defineSubgraph<CharactersContext>({
  name: 'characters',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/characters/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime: Runtime) {
    const config = loadCharactersConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    await seedData(db);
    const catalog = await Catalog.load(db);
    const characterService = new Characters(db, config);
    // accounts' UserErased: the person's characters are deleted (soft, then purged).
    const erasure = onUserErased(runtime.events, 'characters', (userId) => forgetUser(db, characterService, userId));
    const inventories = new Inventories(db, config, catalog);
    const loot = new Loot(db, config, catalog);
    const settlement = new Settlement(db, catalog, new WalletClient(runtime), runtime.logger);
    const trades = new Trades(db, catalog, settlement, new UserLimitsClient(runtime), runtime.logger);
    // Purges characters past their restore window; resumes trades left settling, expires idle ones.
    const jobs = async () => {
      await characterService.purgeExpired().catch((err) => runtime.logger.error({ err }, 'character purge failed'));
      await settlement.sweep(config.CHARACTERS_TRADE_TTL_MINUTES).catch((err) => runtime.logger.error({ err }, 'trade sweeper failed'));
    };
    const timer = intervalJob(config.CHARACTERS_JOB_INTERVAL_MS, jobs, { name: 'character jobs', logger: runtime.logger });

    return {
      context: (base) => ({
        ...base,
        db,
        config,
        live: runtime.live,
        catalog,
        characters: characterService,
        inventories,
        loot,
        trades,
        characterById: keyedLoader((ids) => db.character.findMany({ where: { id: { in: [...ids] } } }), (c) => c.id, { only: isUuid }),
        realmById: keyedLoader((ids) => db.realm.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
        zoneByKey: keyedLoader(
          (keys) => db.zone.findMany({ where: { OR: keys.map((k) => ({ realmId: k.split('/')[0]!, id: k.split('/')[1]! })) } }),
          (z) => `${z.realmId}/${z.id}`,
        ),
        accountById: keyedLoader((ids) => db.account.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id, { only: isUuid }),
        itemsByHolder: groupedLoader(
          (ids) => db.item.findMany({ where: { holderId: { in: [...ids] } }, orderBy: [{ container: 'asc' }, { slot: 'asc' }] }),
          (i) => i.holderId,
          { only: isUuid },
        ),
        zonesOf: groupedLoader((ids) => db.zone.findMany({ where: { realmId: { in: [...ids] } }, orderBy: [{ minLevel: 'asc' }, { id: 'asc' }] }), (z) => z.realmId),
        realmPopulation: new DataLoader(async (ids: readonly string[]) => {
          const rows = await db.character.groupBy({ by: ['realmId'], where: { realmId: { in: [...ids] }, deletedAt: null }, _count: { _all: true } });
          const counts = new Map(rows.map((r) => [r.realmId, r._count._all]));
          return ids.map((id) => counts.get(id) ?? 0);
        }),
        bagsOf: groupedLoader((ids) => db.bag.findMany({ where: { characterId: { in: [...ids] } }, orderBy: { index: 'asc' } }), (b) => b.characterId, { only: isUuid }),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await timer.stop();
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});
