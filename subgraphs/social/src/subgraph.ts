import { defineSubgraph, openDatabase, groupedLoader, keyedLoader, type Runtime, onUserErased, intervalJob, isUuid } from '@worldgraph/kit';
import { loadSocialConfig } from './config.ts';
import type { SocialContext } from './context.ts';
import { followOwnership } from './domain/consumer.ts';
import { Dynasties } from './domain/dynasties.ts';
import { FeaturesClient, userExists } from './domain/peers.ts';
import { Members } from './domain/members.ts';
import { forgetUser } from './domain/erasure.ts';
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
    const config = loadSocialConfig();
    const database = openDatabase(PrismaClient, runtime.databaseUrl);
    const db = database.prisma;
    const dynasties = new Dynasties(db, new FeaturesClient(runtime), config.SOCIAL_MAX_MEMBERS, database.sql);
    const members = new Members(db, dynasties, config.SOCIAL_REQUEST_TTL_HOURS * 3_600_000, (id) => userExists(runtime, id));
    const consumer = followOwnership(runtime.events, dynasties, runtime.logger);
    // accounts' UserErased: the person leaves their dynasty; their requests go.
    const erasure = onUserErased(runtime.events, 'social', (userId) => forgetUser(db, members, userId));
    const timer = intervalJob(config.SOCIAL_JOB_INTERVAL_MS, () => members.expireDue(), { name: 'request expiry', logger: runtime.logger });
    return {
      context: (base) => ({
        ...base,
        db,
        dynasties,
        members,
        live: runtime.live,
        dynastyById: keyedLoader((ids) => db.dynasty.findMany({ where: { id: { in: [...ids] } } }), (d) => d.id, { only: isUuid }),
        dynastyBySeat: keyedLoader((ids) => db.dynasty.findMany({ where: { seatFeatureId: { in: [...ids] } } }), (d) => d.seatFeatureId!),
        memberByUser: keyedLoader((ids) => db.familyMember.findMany({ where: { userId: { in: [...ids] } } }), (m) => m.userId, { only: isUuid }),
        membersOf: groupedLoader(
          (ids) => db.familyMember.findMany({ where: { dynastyId: { in: [...ids] } }, orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }, { userId: 'asc' }] }),
          (m) => m.dynastyId,
          { only: isUuid },
        ),
        familiesOf: groupedLoader((ids) => db.family.findMany({ where: { dynastyId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }), (f) => f.dynastyId, { only: isUuid }),
        familyById: keyedLoader((ids) => db.family.findMany({ where: { id: { in: [...ids] } } }), (f) => f.id, { only: isUuid }),
        relationsOf: groupedLoader((ids) => db.familyRelation.findMany({ where: { dynastyId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }), (r) => r.dynastyId, { only: isUuid }),
        childPermissionsOf: groupedLoader((ids) => db.childPermission.findMany({ where: { dynastyId: { in: [...ids] } } }), (c) => c.dynastyId, { only: isUuid }),
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
