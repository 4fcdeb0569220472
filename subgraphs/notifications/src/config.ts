import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { mailConfigSchema } from '@worldgraph/kit/mail';
import { z } from 'zod';
import { NotificationKind } from './generated/prisma/enums.ts';

/** A comma-separated list of notification kinds ('' for none). */
const kinds = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.enum(NotificationKind)));

/** notifications' settings, on top of the kit's (with its mail settings: SMTP_URL, MAIL_CATCHER_PORT, MAIL_FROM). */
export const notificationsConfigSchema = baseConfigSchema.extend(mailConfigSchema.shape).extend({
  /** Kinds also sent by email to a user who never chose otherwise (notificationPreferences). Default: parcel_sold,buy_request_accepted,buy_request_received. */
  NOTIFICATIONS_EMAIL_KINDS: kinds('parcel_sold,buy_request_accepted,buy_request_received'),
  /** Kinds also sent by SMS to a user who never chose otherwise. Default: parcel_sold. */
  NOTIFICATIONS_SMS_KINDS: kinds('parcel_sold'),
  /**
   * Where SMS goes: `file` writes each message to DATA_DIR/sms/*.json (development, tests); `log`
   * only logs that one would have gone (no text, no number). Default: file, log in production; a
   * real provider implements the SmsSender port.
   */
  SMS_PROVIDER: z.enum(['file', 'log']).optional(),
});
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

export const loadNotificationsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(notificationsConfigSchema, env);
