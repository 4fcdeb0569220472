import { connection, decodeCursor, notFound, pageSize, timeOrderedId } from '@worldgraph/kit';
import type { Notification, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { Draft } from './kinds.ts';
import { emitAdded } from './outbox.ts';

/** Each user's in-app notifications: stored once per source event, listed, marked read. */
export class Inbox {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Stores the notifications made from a batch of events and writes their NotificationAdded events,
   * all in one transaction. A redelivered event stores nothing (unique source event and user), so
   * only the rows new this time are returned.
   */
  async record(batch: { sourceEventId: string; drafts: Draft[] }[]): Promise<Notification[]> {
    const data = batch.flatMap(({ sourceEventId, drafts }) =>
      drafts.map((d) => ({ ...d, id: timeOrderedId('ntf'), sourceEventId, data: d.data as Prisma.InputJsonValue })),
    );
    if (!data.length) return [];
    return this.db.$transaction(async (tx) => {
      const created = await tx.notification.createManyAndReturn({ data, skipDuplicates: true });
      await emitAdded(tx, created);
      return created;
    });
  }

  /** A user's notifications, newest first (ids are time-ordered), with their unread count. */
  async list(userId: string, first?: number | null, after?: string | null, unreadOnly?: boolean | null) {
    const size = pageSize(first);
    const before = after ? decodeCursor(after) : undefined;
    const [rows, unreadCount] = await Promise.all([
      this.db.notification.findMany({
        where: { userId, ...(unreadOnly ? { readAt: null } : {}), ...(before ? { id: { lt: before } } : {}) },
        orderBy: { id: 'desc' },
        take: size + 1,
      }),
      this.unreadCount(userId),
    ]);
    return { ...connection(rows, size, (n) => n.id), unreadCount };
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.notification.count({ where: { userId, readAt: null } });
  }

  /** Marks one of the user's notifications read; a second call keeps the first readAt. */
  async markRead(userId: string, id: string): Promise<Notification> {
    // Someone else's notification is NOT_FOUND, like a missing one: ids reveal nothing.
    await this.db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
    const n = await this.db.notification.findFirst({ where: { id, userId } });
    if (!n) throw notFound('Notification');
    return n;
  }

  /** Marks every unread notification of the user read; returns how many were. */
  async markAllRead(userId: string): Promise<number> {
    const { count } = await this.db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return count;
  }
}
