import { createPrismaClient, defineSubgraph, groupedLoader, onUserErased, requireUser } from '@worldgraph/kit';
import { loadSupportConfig } from './config.ts';
import type { SupportContext } from './context.ts';
import { forgetUser } from './domain/erasure.ts';
import { Reports } from './domain/reports.ts';
import { isStaff, Tickets } from './domain/tickets.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** support: tickets with their threads and SLA, reports of users and content, moderation outcomes. */
export const support = defineSubgraph<SupportContext>({
  name: 'support',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/support/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadSupportConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const tickets = new Tickets(db, config, runtime);
    const reports = new Reports(db, runtime);
    // accounts' UserErased: the person's tickets, responses and report reasons go.
    const erasure = onUserErased(runtime.events, 'support', (userId) => forgetUser(db, userId));
    return {
      context: (base) => ({
        ...base,
        tickets,
        reports,
        actor: () => ({ userId: requireUser(base.viewer), staff: isStaff(base.viewer) }),
        responsesOf: groupedLoader((ids) => tickets.responsesOf(ids), (r) => r.ticketId),
        reasonsOf: groupedLoader((ids) => reports.reasonsOf(ids), (r) => r.reportId),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});
