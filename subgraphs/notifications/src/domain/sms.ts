import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fetchEntities, type Logger, type Runtime } from '@worldgraph/kit';
import type { Notification } from '../generated/prisma/client.ts';
import type { SmsProvider } from './channels.ts';

/** One text message to one phone number (E.164). */
export interface Sms {
  to: string;
  text: string;
}

/** The SMS port: a real provider (e.g. Kavenegar, Twilio) implements it in production. */
export interface SmsSender {
  send(sms: Sms): Promise<void>;
}

/**
 * The local SMS outbox for development and tests, like accounts' mail catcher: each message is a
 * JSON file `dir/<time>-<random>.json` holding `{ to, text, sentAt }`.
 */
export class FileSmsSender implements SmsSender {
  constructor(private readonly dir: string) {}

  async send(sms: Sms): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
    await writeFile(file, JSON.stringify({ to: sms.to, text: sms.text, sentAt: new Date().toISOString() }));
  }
}

/** Production without a provider: records that a message would have gone, never its text or number. */
export class LoggingSmsSender implements SmsSender {
  constructor(private readonly logger: Logger) {}

  async send(): Promise<void> {
    this.logger.warn('SMS not sent: no SMS provider is configured');
  }
}

/**
 * Notifications by SMS: the user's confirmed phone number is read from accounts (an entity lookup
 * with the service credential); a user without one gets no SMS.
 */
export class SmsChannel implements SmsProvider {
  constructor(
    private readonly runtime: Pick<Runtime, 'callSubgraph' | 'logger'>,
    private readonly sender: SmsSender,
  ) {}

  async send(n: Notification): Promise<void> {
    const [user] = await fetchEntities<{ phoneNumber: string | null }>(this.runtime, 'accounts', 'User', 'id phoneNumber', [n.userId]);
    const to = user?.phoneNumber;
    if (!to) return this.runtime.logger.info({ notificationId: n.id, userId: n.userId }, 'no SMS: the user has no confirmed phone number');
    await this.sender.send({ to, text: `${n.title}: ${n.body}` });
  }
}
