import { ChildPermissionsProjection, Decimal, defineSubgraph, groupedLoader, keyedLoader, onUserErased, openDatabase, PlatformVariableReader, VerifiedUsers, WalletClient, intervalJob } from '@worldgraph/kit';
import { loadFeaturesConfig } from './config.ts';
import type { FeaturesContext } from './context.ts';
import { Holdings } from './domain/holdings.ts';
import { Market } from './domain/market.ts';
import { forgetUser } from './domain/erasure.ts';
import { Offers } from './domain/offers.ts';
import { Profits } from './domain/profits.ts';
import { seedIfEmpty } from './domain/seed.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { demoWorld } from './geo/demo-world.ts';
import { resolvers } from './resolvers/index.ts';

/** features: land parcels, their marketplace (purchases, offers, listings), buildings and hourly profits. */
export const features = defineSubgraph<FeaturesContext>({
  name: 'features',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/features/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadFeaturesConfig();
    const database = openDatabase(PrismaClient, runtime.databaseUrl);
    const { prisma: db, sql } = database;
    const wallet = new WalletClient(runtime);
    const faultInjection = config.NODE_ENV === 'test' ? config.FEATURES_FAULT_INJECTION : undefined;
    // The commission rate is wallet's platform variable commission.rate (cached briefly); FEATURES_COMMISSION_RATE when wallet cannot answer.
    const variables = new PlatformVariableReader(runtime);
    const commissionRate = async () => new Decimal(await variables.read('commission.rate', config.FEATURES_COMMISSION_RATE));
    const market = new Market(db, sql, wallet, { commissionRate, faultInjection }, runtime.logger);
    const offers = new Offers(db);
    const holdings = new Holdings(db);
    const profits = new Profits(db, wallet, runtime.logger, { verified: new VerifiedUsers(runtime), thresholds: config.FEATURES_KYC_WITHDRAW_ABOVE });
    // Children's permissions, replicated from social's events (never asked of social while trading).
    const childPermissions = new ChildPermissionsProjection(db, runtime.logger).follow(runtime.events, 'features');
    // accounts' UserErased: the person's pending offers close and their notes go.
    const erasure = onUserErased(runtime.events, 'features', (userId) => forgetUser(db, offers, userId));

    if (config.FEATURES_DEMO_COUNT) {
      const seeded = await seedIfEmpty(db, () => demoWorld({ count: config.FEATURES_DEMO_COUNT }));
      if (seeded) runtime.logger.info({ parcels: seeded }, 'demo world seeded');
    }
    // Background work on every replica; each step is safe to run concurrently.
    const jobs = async () => {
      await profits.accrue().catch((err) => runtime.logger.error({ err }, 'hourly profits failed'));
      await market.resumeStale().catch((err) => runtime.logger.error({ err }, 'purchase sweeper failed'));
      await profits.resumeWithdrawals().catch((err) => runtime.logger.error({ err }, 'withdrawal sweeper failed'));
    };
    const timer = intervalJob(config.FEATURES_JOB_INTERVAL_MS, jobs, { name: 'features jobs', logger: runtime.logger, atStart: true });

    return {
      context: (base) => ({
        ...base,
        db,
        market,
        offers,
        holdings,
        profits,
        maxBBoxDeg2: config.FEATURES_MAX_BBOX_DEG2,
        live: runtime.live,
        features: keyedLoader((ids) => db.feature.findMany({ where: { id: { in: [...ids] } } }), (f) => f.id),
        buildings: groupedLoader((ids) => db.building.findMany({ where: { featureId: { in: [...ids] } }, orderBy: { id: 'asc' } }), (b) => b.featureId),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await timer.stop();
        await childPermissions.stop();
        await erasure.stop();
        await database.close();
      },
    };
  },
});
