import { createPrismaClient, defineSubgraph, type Runtime } from '@worldgraph/kit';
import { loadCharactersConfig } from './config.ts';
import type { CharactersContext } from './context.ts';
import { seedData } from './domain/seed.ts';
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
    return {
      context: (base) => ({ ...base, db, config, live: runtime.live }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await db.$disconnect();
      },
    };
  },
});
