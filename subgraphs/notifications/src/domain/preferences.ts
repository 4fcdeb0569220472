import { AppError, badInput, isUserId, type SqlPool } from '@worldgraph/kit';
import type { NotificationChannel, NotificationKind, PrismaClient } from '../generated/prisma/client.ts';
import { NotificationChannel as Channels, NotificationKind as Kinds } from '../generated/prisma/enums.ts';

/** One kind on one channel, as a user has it. */
export interface Preference {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
  /** Security messages: always sent on this channel, never switched off. */
  mandatory: boolean;
}

/** The channels a notification goes out on beyond storing it. */
export type ExternalChannel = Exclude<NotificationChannel, 'in_app'>;

/**
 * Security kinds and the one channel each always goes out on (accounts sends password resets by
 * email itself; two-factor codes go by SMS through notifications' internal mutation). They are
 * never in-app rows, and never switched off.
 */
export const MANDATORY: Partial<Record<NotificationKind, NotificationChannel>> = { password_reset: 'email', two_factor_code: 'sms' };

/** Which kinds go out on email and SMS for a user who never chose (NOTIFICATIONS_EMAIL_KINDS, NOTIFICATIONS_SMS_KINDS). */
export interface ChannelDefaults {
  email: readonly NotificationKind[];
  sms: readonly NotificationKind[];
}

const key = (kind: NotificationKind, channel: NotificationChannel) => `${kind}/${channel}`;

/** Each user's choice of channels per kind: the configured defaults, overridden by stored rows. */
export class Preferences {
  constructor(
    private readonly db: PrismaClient,
    private readonly defaults: ChannelDefaults,
  ) {}

  private defaultOf(kind: NotificationKind, channel: NotificationChannel): boolean {
    return channel === 'in_app' || this.defaults[channel].includes(kind);
  }

  /** Every kind on every channel it can take (security kinds: their one channel only), as the user has them. */
  async list(userId: string): Promise<Preference[]> {
    const rows = await this.db.notificationPreference.findMany({ where: { userId } });
    const chosen = new Map(rows.map((r) => [key(r.kind, r.channel), r.enabled]));
    return Object.values(Kinds).flatMap((kind): Preference[] => {
      const mandatory = MANDATORY[kind];
      if (mandatory) return [{ kind, channel: mandatory, enabled: true, mandatory: true }];
      return Object.values(Channels).map((channel) => ({ kind, channel, enabled: chosen.get(key(kind, channel)) ?? this.defaultOf(kind, channel), mandatory: false }));
    });
  }

  /**
   * Stores the user's choices, all or none: switching a security kind off, or giving it another
   * channel, is FORBIDDEN (reason MANDATORY_NOTIFICATION) and changes nothing.
   */
  async update(userId: string, input: { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[]): Promise<Preference[]> {
    if (input.length > 100) throw badInput('At most 100 preferences at once', { field: 'input' });
    for (const p of input) {
      const mandatory = MANDATORY[p.kind];
      if (mandatory && (p.channel !== mandatory || !p.enabled)) {
        throw new AppError('FORBIDDEN', `${p.kind} messages are for your account's security: they always go by ${mandatory} and cannot be switched off`, {
          reason: 'MANDATORY_NOTIFICATION',
          kind: p.kind,
        });
      }
    }
    const choices = input.filter((p) => !MANDATORY[p.kind]);
    await this.db.$transaction(
      choices.map((p) =>
        this.db.notificationPreference.upsert({
          where: { userId_kind_channel: { userId, kind: p.kind, channel: p.channel } },
          create: { userId, kind: p.kind, channel: p.channel, enabled: p.enabled },
          update: { enabled: p.enabled },
        }),
      ),
    );
    return this.list(userId);
  }

  /**
   * The channels each (user, kind) pair is on, for a batch of notifications about to be stored: one
   * query whatever the batch, a plain named statement on the context's pool (the kit's openDatabase),
   * not Prisma's findMany: this read runs once per consumed batch of the busiest events (a purchase's)
   * and Prisma's client cost several times the query's own CPU (tools/bench/README.md, purchase CPU).
   */
  async channelsFor(sql: SqlPool, pairs: { userId: string; kind: NotificationKind }[]): Promise<(pair: { userId: string; kind: NotificationKind }) => Set<NotificationChannel>> {
    // A user id is a UUID (the column's type): anything else has no stored choice.
    const userIds = [...new Set(pairs.map((p) => p.userId))].filter(isUserId);
    const rows = userIds.length
      ? (
          await sql.query<{ user_id: string; kind: NotificationKind; channel: NotificationChannel; enabled: boolean }>({
            name: 'notifications_preferences_of',
            text: 'SELECT user_id::text, kind::text, channel::text, enabled FROM notification_preferences WHERE user_id = ANY($1::uuid[])',
            values: [userIds],
          })
        ).rows
      : [];
    const chosen = new Map(rows.map((r) => [`${r.user_id}/${key(r.kind, r.channel)}`, r.enabled]));
    return ({ userId, kind }) =>
      new Set(Object.values(Channels).filter((channel) => chosen.get(`${userId}/${key(kind, channel)}`) ?? this.defaultOf(kind, channel)));
  }
}
