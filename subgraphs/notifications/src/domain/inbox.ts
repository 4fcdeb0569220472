import { connection, decodeCursor, notFound, pageSize, timeOrderedId } from '@worldgraph/kit';
import type { Notification, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { Draft } from './kinds.ts';
import { emitAdded } from './outbox.ts';
import type { ExternalChannel, Preferences } from './preferences.ts';

/** A stored notification, and the channels beyond in-app its user has on for its kind. */
export interface Outgoing {
  notification: Notification;
  channels: ExternalChannel[];
}

// Only rows whose kind the user keeps in-app are ever listed, counted or marked.
const IN_APP = { inApp: true } as const;

/** Each user's in-app notifications: stored once per source event, listed, marked read. */
export class Inbox {
  constructor(
    private readonly db: PrismaClient,
    private readonly preferences: Preferences,
  ) {}

  /**
   * Stores the notifications made from a batch of events and writes NotificationAdded events for
   * those the user keeps in-app, all in one transaction, with each user's channel choices read in
   * it. A redelivered event stores nothing (unique source event and user), so only the rows new
   * this time are returned; rows of kinds switched off in-app are stored unlisted, so that a
   * redelivery sends nothing twice either.
   */
  async record(batch: { sourceEventId: string; drafts: Draft[] }[]): Promise<Outgoing[]> {
    const drafts = batch.flatMap(({ sourceEventId, drafts }) => drafts.map((d) => ({ ...d, sourceEventId })));
    if (!drafts.length) return [];
    return this.db.$transaction(async (tx) => {
      const on = await this.preferences.channelsFor(tx, drafts);
      const data = drafts.map((d) => ({ ...d, id: timeOrderedId('ntf'), inApp: on(d).has('in_app'), data: d.data as Prisma.InputJsonValue }));
      const created = await tx.notification.createManyAndReturn({ data, skipDuplicates: true });
      await emitAdded(tx, created.filter((n) => n.inApp));
      return created.map((notification) => ({ notification, channels: (['email', 'sms'] as const).filter((c) => on(notification).has(c)) }));
    });
  }

  /** A user's notifications, newest first (ids are time-ordered), with their unread count. */
  async list(userId: string, first?: number | null, after?: string | null, unreadOnly?: boolean | null) {
    const size = pageSize(first);
    const before = after ? decodeCursor(after) : undefined;
    const [rows, unreadCount] = await Promise.all([
      this.db.notification.findMany({
        where: { userId, ...IN_APP, ...(unreadOnly ? { readAt: null } : {}), ...(before ? { id: { lt: before } } : {}) },
        orderBy: { id: 'desc' },
        take: size + 1,
      }),
      this.unreadCount(userId),
    ]);
    return { ...connection(rows, size, (n) => n.id), unreadCount };
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.notification.count({ where: { userId, ...IN_APP, readAt: null } });
  }

  /** Marks one of the user's notifications read; a second call keeps the first readAt. */
  async markRead(userId: string, id: string): Promise<Notification> {
    // Someone else's notification is NOT_FOUND, like a missing one: ids reveal nothing.
    await this.db.notification.updateMany({ where: { id, userId, ...IN_APP, readAt: null }, data: { readAt: new Date() } });
    const n = await this.db.notification.findFirst({ where: { id, userId, ...IN_APP } });
    if (!n) throw notFound('Notification');
    return n;
  }

  /** Marks every unread notification of the user read; returns how many were. */
  async markAllRead(userId: string): Promise<number> {
    const { count } = await this.db.notification.updateMany({ where: { userId, ...IN_APP, readAt: null }, data: { readAt: new Date() } });
    return count;
  }
}
