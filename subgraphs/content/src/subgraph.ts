import { createPrismaClient, defineSubgraph, groupedLoader, keyedLoader, onUserErased, requireUser, type Viewer, intervalJob, isUuid } from '@worldgraph/kit';
import { loadContentConfig } from './config.ts';
import type { ContentContext } from './context.ts';
import { Calendar } from './domain/calendar.ts';
import { forgetUser } from './domain/erasure.ts';
import { sendReminders } from './domain/reminders.ts';
import { Training } from './domain/training.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

const isAdmin = (viewer: Viewer) => viewer.kind === 'user' && viewer.roles.includes('admin');

/** content: training videos (categories, comments, likes, views) and the calendar (interactions, reminders). */
export const content = defineSubgraph<ContentContext>({
  name: 'content',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/content/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadContentConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const training = new Training(db, runtime);
    const calendar = new Calendar(db);
    // accounts' UserErased: the person's comments, likes, views, interactions and reminders go.
    const erasure = onUserErased(runtime.events, 'content', (userId) => forgetUser(db, userId));
    const job = intervalJob(config.CONTENT_REMINDER_INTERVAL_MS, () => sendReminders(db, calendar, config.CONTENT_REMINDER_LEAD_MS), {
      name: 'event reminders',
      logger: runtime.logger,
      level: 'warn',
    });
    return {
      context: (base) => {
        const viewerId = base.viewer.kind === 'user' ? base.viewer.userId : null;
        const maybeActor = () => (viewerId ? { userId: viewerId, admin: isAdmin(base.viewer) } : null);
        return {
          ...base,
          training,
          calendar,
          actor: () => ({ userId: requireUser(base.viewer), admin: isAdmin(base.viewer) }),
          maybeActor,
          categoryById: keyedLoader((ids) => training.categoriesByIds(ids), (c) => c.id, { only: isUuid }),
          repliesOf: groupedLoader((ids) => training.repliesOf(ids), (c) => c.parentId!, { only: isUuid }),
          likeOf: keyedLoader((ids) => (viewerId ? training.likedBy(viewerId, ids) : Promise.resolve([])), (l) => l.videoId, { only: isUuid }),
          interactionsOf: groupedLoader((ids) => (viewerId ? calendar.interactionsOf(viewerId, ids) : Promise.resolve([])), (i) => i.eventId, { only: isUuid }),
        };
      },
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await job.stop();
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});
