import { fetchEntities, type Runtime } from '@worldgraph/kit';
import type { Mailer } from '@worldgraph/kit/mail';
import type { Notification } from '../generated/prisma/client.ts';
import type { EmailProvider } from './channels.ts';

/** Why the mail came, and where it stops: the user's own switch for this kind. */
const FOOTER = 'You get this email because email is on for this kind of notification. Switch it off in your notification settings.';

/**
 * Notifications by email, over the kit's SMTP mailer: the user's confirmed address is read from
 * accounts (an entity lookup with the service credential). A user without one (never confirmed, or
 * erased) gets no email: an unconfirmed address may be someone else's.
 */
export class EmailChannel implements EmailProvider {
  constructor(
    private readonly runtime: Pick<Runtime, 'callSubgraph' | 'logger'>,
    private readonly mailer: Pick<Mailer, 'send'>,
  ) {}

  async send(n: Notification): Promise<void> {
    const [user] = await fetchEntities<{ email: string | null; emailVerified: boolean | null }>(this.runtime, 'accounts', 'User', 'id email emailVerified', [n.userId]);
    if (!user?.email || !user.emailVerified) {
      return this.runtime.logger.info({ notificationId: n.id, userId: n.userId }, 'no email: the user has no confirmed address');
    }
    await this.mailer.send({ to: user.email, subject: n.title, text: `${n.body}\n\n--\n${FOOTER}\n` });
  }
}
