import { createPrismaClient, defineSubgraph, keyedLoader, type Runtime } from '@worldgraph/kit';
import { loadSocialConfig } from './config.ts';
import type { SocialContext } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** social: dynasties, their families and members, join requests and children's permissions. */
export const social = defineSubgraph<SocialContext>({
  name: 'social',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/social/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime: Runtime) {
    loadSocialConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    return {
      context: (base) => ({
        ...base,
        db,
        dynastyById: keyedLoader((ids) => db.dynasty.findMany({ where: { id: { in: [...ids] } } }), (d) => d.id),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: () => db.$disconnect(),
    };
  },
});
