import DataLoader from 'dataloader';
import { createPrismaClient, defineSubgraph, keyedLoader, type Runtime, WalletClient, onUserErased, intervalJob, isUuid } from '@worldgraph/kit';
import { loadHuntsConfig, type HuntsConfig } from './config.ts';
import type { HuntsContext } from './context.ts';
import type { ClueGraphStore } from './domain/clue-graph.ts';
import { DEMO_HUNT, seedDemoHunt } from './domain/demo-hunt.ts';
import { Faults } from './domain/faults.ts';
import { Hunts } from './domain/hunts.ts';
import { Neo4jClueStore } from './domain/neo4j-clue-store.ts';
import { Partners } from './domain/partners.ts';
import { PostgresClueStore } from './domain/pg-clue-store.ts';
import { Play } from './domain/play.ts';
import { Publishing } from './domain/publishing.ts';
import { forgetUser } from './domain/erasure.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** The clue-graph store: Neo4j when NEO4J_URL is set, else the hunts database itself. */
export function createClueGraphStore(config: Pick<HuntsConfig, 'NEO4J_URL' | 'NEO4J_USER' | 'NEO4J_PASSWORD'>, db: PrismaClient): ClueGraphStore {
  return config.NEO4J_URL ? new Neo4jClueStore({ url: config.NEO4J_URL, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD }) : new PostgresClueStore(db);
}

/** hunts: partners, treasure hunts and their clue graphs, players' participations, rewards. */
export const hunts = defineSubgraph<HuntsContext>({
  name: 'hunts',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/hunts/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime: Runtime) {
    const config = loadHuntsConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    // accounts' UserErased: the person's participations are anonymised, their partner memberships go.
    const erasure = onUserErased(runtime.events, 'hunts', (userId) => forgetUser(db, userId));
    const clueGraph = createClueGraphStore(config, db);
    if (clueGraph instanceof Neo4jClueStore) await clueGraph.ensureSchema();
    runtime.logger.info({ store: clueGraph.kind }, 'clue graph store');
    if ((config.HUNTS_DEMO_HUNT ?? String(config.NODE_ENV === 'development')) === 'true' && (await seedDemoHunt(db, clueGraph))) {
      runtime.logger.info({ huntId: DEMO_HUNT.huntId }, 'demo hunt seeded');
    }
    const wallet = new WalletClient(runtime);
    const partners = new Partners(db);
    const faults = config.NODE_ENV === 'test' ? new Faults(config.HUNTS_FAULT_INJECTION) : undefined;
    const huntService = new Hunts(db, clueGraph, partners);
    const publishing = new Publishing(db, clueGraph, huntService, wallet, runtime.logger, faults);
    const play = new Play(db, clueGraph, huntService, wallet, runtime.logger, config.HUNTS_MAX_SPEED_MPS, faults);
    // Rewards whose payment failed and publishes cut short are finished later, on any replica
    // (the wallet's idempotency keys make each money movement happen once).
    const jobs = async () => {
      await publishing.resumeFunding().catch((err) => runtime.logger.error({ err }, 'publish sweeper failed'));
      await play.resumePayments().catch((err) => runtime.logger.error({ err }, 'reward sweeper failed'));
    };
    const timer = intervalJob(config.HUNTS_JOB_INTERVAL_MS, jobs, { name: 'hunts jobs', logger: runtime.logger });

    return {
      context: (base) => {
        const membership = new Map<string, Promise<boolean>>();
        const userId = base.viewer.kind === 'user' ? base.viewer.userId : undefined;
        return {
          ...base,
          db,
          clueGraph,
          partners,
          hunts: huntService,
          publishing,
          play,
          live: runtime.live,
          huntById: keyedLoader((ids) => db.hunt.findMany({ where: { id: { in: [...ids] } } }), (h) => h.id, { only: isUuid }),
          partnerById: keyedLoader((ids) => db.partner.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id, { only: isUuid }),
          membersOf: new DataLoader(async (ids: readonly string[]) => {
            const rows = await db.partnerMember.findMany({ where: { partnerId: { in: [...ids] } }, orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }] });
            return ids.map((id) => rows.filter((r) => r.partnerId === id).map((r) => r.userId));
          }),
          participantCount: new DataLoader(async (ids: readonly string[]) => {
            const rows = await db.participation.groupBy({ by: ['huntId'], where: { huntId: { in: [...ids] } }, _count: { _all: true } });
            const counts = new Map(rows.map((r) => [r.huntId, r._count._all]));
            return ids.map((id) => counts.get(id) ?? 0);
          }),
          isMember: (partnerId) => {
            let known = membership.get(partnerId);
            if (!known) membership.set(partnerId, (known = partners.isMember(userId, partnerId)));
            return known;
          },
        };
      },
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
        await clueGraph.clues('00000000-0000-0000-0000-000000000000');
      },
      // The clue graph's own store, when it is not the hunts database.
      checks: clueGraph.kind === 'neo4j' ? { neo4j: async () => void (await clueGraph.clues('00000000-0000-0000-0000-000000000000')) } : undefined,
      close: async () => {
        await timer.stop();
        await clueGraph.close();
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});
