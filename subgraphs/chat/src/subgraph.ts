import DataLoader from 'dataloader';
import { ChildPermissionsProjection, createPrismaClient, defineSubgraph, keyedLoader, requireUser, onUserErased, isUuid } from '@worldgraph/kit';
import { loadChatConfig } from './config.ts';
import type { ChatContext } from './context.ts';
import { Channels } from './domain/channels.ts';
import { TYPING_CONTEXT } from './domain/live.ts';
import { startMembershipConsumer } from './domain/membership.ts';
import { Messages } from './domain/messages.ts';
import { forgetUser } from './domain/erasure.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** chat: channels (global, dynasty, hunt, party, direct), messages, read markers, moderation, live. */
export const chat = defineSubgraph<ChatContext>({
  name: 'chat',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/chat/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadChatConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const channels = new Channels(db, config, runtime);
    const messages = new Messages(db, channels, runtime.kv, config);
    const membership = startMembershipConsumer(runtime.events, db, runtime.logger);
    // accounts' UserErased: the person's message bodies, memberships and blocks go.
    const erasure = onUserErased(runtime.events, 'chat', (userId) => forgetUser(db, userId));
    const children = new ChildPermissionsProjection(db, runtime.logger).follow(runtime.events, 'chat');
    runtime.live.follow([TYPING_CONTEXT]);
    return {
      context: (base) => {
        const actor = () => ({ userId: requireUser(base.viewer), admin: base.viewer.kind === 'user' && base.viewer.roles.includes('admin') });
        return {
          ...base,
          channels,
          messages,
          live: runtime.live,
          events: runtime.events,
          actor,
          channelById: keyedLoader((ids) => db.channel.findMany({ where: { id: { in: [...ids] } } }), (c) => c.id, { only: isUuid }),
          myMembership: keyedLoader((ids) => db.channelMember.findMany({ where: { channelId: { in: [...ids] }, userId: actor().userId } }), (m) => m.channelId, { only: isUuid }),
          unread: new DataLoader((ids: readonly string[]) => messages.unreadCounts(actor().userId, ids)),
          lastMessage: new DataLoader((ids: readonly string[]) => messages.lastMessages(ids)),
          messageById: new DataLoader((ids: readonly string[]) => messages.byIds(ids)),
          channelByRef: keyedLoader(
            (keys) => db.channel.findMany({ where: { OR: keys.map((k) => ({ kind: k.split(':')[0]!, ref: k.slice(k.indexOf(':') + 1) })) } }),
            (c) => `${c.kind}:${c.ref}`,
          ),
        };
      },
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await membership.stop();
        await children.stop();
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});
