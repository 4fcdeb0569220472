import { createPrismaClient, defineSubgraph, isUserId, keyedLoader } from '@worldgraph/kit';
import type { ProgressionContext } from './context.ts';
import { startConsumer } from './domain/consumer.ts';
import { Leaderboards } from './domain/leaderboard.ts';
import { Levels } from './domain/levels.ts';
import { Scoring } from './domain/scoring.ts';
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
    const levels = new Levels(db);
    const scoring = new Scoring(db, levels, runtime.logger);
    const leaderboards = new Leaderboards(db);
    const consumer = startConsumer(runtime.events, scoring);
    return {
      context: (base) => ({
        ...base,
        db,
        live: runtime.live,
        levels,
        scoring,
        leaderboards,
        // Ids that are no UUID name nobody and must never reach a uuid column.
        userLevelById: keyedLoader((ids) => db.userLevel.findMany({ where: { userId: { in: ids.filter(isUserId) } } }), (u) => u.userId),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await consumer.stop();
        await db.$disconnect();
      },
    };
  },
});
