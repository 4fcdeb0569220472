import { defineSubgraph, openDatabase, isUserId, keyedLoader, WalletClient, onUserErased, privacyLoader, intervalJob } from '@worldgraph/kit';
import { loadProgressionConfig } from './config.ts';
import type { ProgressionContext } from './context.ts';
import { ProgressionAdmin } from './domain/admin.ts';
import { Challenges, PaymentFaults } from './domain/challenges.ts';
import { ChoiceIds } from './domain/choices.ts';
import { startConsumer } from './domain/consumer.ts';
import { Leaderboards } from './domain/leaderboard.ts';
import { Levels } from './domain/levels.ts';
import { Scoring } from './domain/scoring.ts';
import { forgetUser } from './domain/erasure.ts';
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
    const config = loadProgressionConfig();
    // A round's close brings a burst of answers: more connections than the kit's default.
    const database = openDatabase(PrismaClient, runtime.databaseUrl, { poolSize: config.PROGRESSION_DB_POOL });
    const db = database.prisma;
    const levels = new Levels(db);
    const scoring = new Scoring(db, database.sql, levels, runtime.logger);
    const leaderboards = new Leaderboards(db);
    const faults = config.NODE_ENV === 'test' && config.PROGRESSION_FAIL_PRIZE_PAYMENTS ? new PaymentFaults(config.PROGRESSION_FAIL_PRIZE_PAYMENTS) : undefined;
    // Choice ids are keyed by the service secret (with a purpose prefix): stable across replicas, unguessable to players.
    const choices = new ChoiceIds(runtime.config.SERVICE_TOKEN_SECRET);
    const challenges = new Challenges(db, new WalletClient(runtime), choices, runtime.logger, faults);
    const admin = new ProgressionAdmin(db, levels);
    const consumer = startConsumer(runtime.events, scoring);
    // accounts' UserErased: the person's points and level go.
    const erasure = onUserErased(runtime.events, 'progression', (userId) => forgetUser(db, userId));
    // Prizes whose payment failed are paid later, on any replica (the wallet's key makes it once).
    const timer = intervalJob(config.PROGRESSION_PRIZE_SWEEP_MS, () => challenges.sweep(), { name: 'prize sweeper', logger: runtime.logger });
    const knownAssets = async () => (await runtime.callSubgraph<{ assets: string[] }>('wallet', '{ assets }')).assets;
    return {
      context: (base) => ({
        ...base,
        db,
        live: runtime.live,
        levels,
        scoring,
        leaderboards,
        challenges,
        admin,
        knownAssets,
        // Ids that are no UUID name nobody and must never reach a uuid column.
        userLevelById: keyedLoader((ids) => db.userLevel.findMany({ where: { userId: { in: [...ids] } } }), (u) => u.userId, { only: isUserId }),
        privacy: privacyLoader(runtime, base.requestId),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await timer.stop();
        await consumer.stop();
        await erasure.stop();
        await database.close();
      },
    };
  },
});
