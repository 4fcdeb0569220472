import path from 'node:path';
import { defineSubgraph, onUserErased, openDatabase } from '@worldgraph/kit';
import { openMailer } from '@worldgraph/kit/mail';
import { loadNotificationsConfig } from './config.ts';
import type { NotificationsContext } from './context.ts';
import { Channels } from './domain/channels.ts';
import { EmailChannel } from './domain/email.ts';
import { startConsumer } from './domain/consumer.ts';
import { Inbox } from './domain/inbox.ts';
import { forgetUser } from './domain/erasure.ts';
import { Preferences } from './domain/preferences.ts';
import { FileSmsSender, LoggingSmsSender, SmsChannel } from './domain/sms.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** notifications: what each user is told about (from other contexts' events), in-app and on other channels. */
export const notifications = defineSubgraph<NotificationsContext>({
  name: 'notifications',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/notifications/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadNotificationsConfig();
    const database = openDatabase(PrismaClient, runtime.databaseUrl);
    const db = database.prisma;
    const preferences = new Preferences(db, { email: config.NOTIFICATIONS_EMAIL_KINDS, sms: config.NOTIFICATIONS_SMS_KINDS });
    const inbox = new Inbox(db, preferences, database.sql);
    const smsDir = path.join(runtime.config.DATA_DIR, 'sms');
    const sms = (config.SMS_PROVIDER ?? (config.NODE_ENV === 'production' ? 'log' : 'file')) === 'file' ? new FileSmsSender(smsDir) : new LoggingSmsSender(runtime.logger);
    if (sms instanceof FileSmsSender) runtime.logger.info({ dir: path.resolve(smsDir) }, 'SMS written to files');
    // SMTP_URL's server, or outside production a local catcher writing DATA_DIR/mail, as accounts' mail.
    const mail = await openMailer(runtime, config);
    const channels = new Channels({ email: new EmailChannel(runtime, mail.mailer), sms: new SmsChannel(runtime, sms) }, runtime.logger);
    const consumer = startConsumer(runtime.events, inbox, channels);
    // accounts' UserErased: the person's notifications go.
    const erasure = onUserErased(runtime.events, 'notifications', (userId) => forgetUser(db, userId));

    return {
      context: (base) => ({ ...base, inbox, preferences, sms, live: runtime.live }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await consumer.stop();
        await erasure.stop();
        await mail.close();
        await database.close();
      },
    };
  },
});
