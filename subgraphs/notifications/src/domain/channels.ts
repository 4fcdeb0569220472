import type { Logger } from '@worldgraph/kit';
import type { Notification } from '../generated/prisma/client.ts';
import type { Outgoing } from './inbox.ts';

/**
 * A channel beyond the in-app row. Providers find the address themselves (accounts owns email
 * and phone), so a notification is all they get.
 */
export interface ChannelProvider {
  send(notification: Notification): Promise<void>;
}
/** Sends email (email.ts: a confirmed-address lookup in front of the kit's SMTP mailer). */
export type EmailProvider = ChannelProvider;
/** Sends SMS notifications (see sms.ts: a phone lookup in front of an SmsSender). */
export type SmsProvider = ChannelProvider;

/** Sends stored notifications on the channels their users have on for their kinds. */
export class Channels {
  constructor(
    private readonly providers: { email: EmailProvider; sms: SmsProvider },
    private readonly logger: Logger,
    /** How long one send may take before it counts as failed, in ms. Default: 10000. */
    private readonly timeoutMs = 10_000,
  ) {}

  /**
   * Never throws: the in-app row is already stored, and a failing provider must not make the
   * event redeliver. Sent after the commit, so an external message may be lost in a crash but is
   * never sent for a notification that does not exist.
   */
  async deliver(outgoing: Outgoing[]): Promise<void> {
    for (const { notification: n, channels } of outgoing) {
      for (const channel of channels) {
        // Bounded: the consumer handles events one at a time, so a hung provider would stall them all.
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${channel} provider timed out`)), this.timeoutMs);
        });
        await Promise.race([Promise.resolve().then(() => this.providers[channel].send(n)), timeout])
          .catch((err: unknown) => this.logger.warn({ err, channel, notificationId: n.id }, 'notification delivery failed'))
          .finally(() => clearTimeout(timer));
      }
    }
  }
}
