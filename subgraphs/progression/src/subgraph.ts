import { createPrismaClient, defineSubgraph } from '@worldgraph/kit';
import type { ProgressionContext } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** progression: levels, activity points scored from other contexts' events, timed challenges with prizes. */
export const progression = defineSubgraph<ProgressionContext>({
  name: 'progression',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/progression/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    return {
      context: (base) => ({ ...base, db, live: runtime.live }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await db.$disconnect();
      },
    };
  },
});
