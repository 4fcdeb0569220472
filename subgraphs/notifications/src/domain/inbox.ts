import { connection, decodeCursor, notFound, pageSize, timeOrderedId, type SqlPool } from '@worldgraph/kit';
import type { Notification, PrismaClient } from '../generated/prisma/client.ts';
import type { Draft } from './kinds.ts';
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
    /** The same database's pool: the two statements of `record` are plain named statements on it. */
    private readonly sql: SqlPool,
  ) {}

  /**
   * Stores the notifications made from a batch of events and writes NotificationAdded events for
   * those the user keeps in-app, in one statement (so each event exists exactly when its row does),
   * after one read of the users' channel choices. A redelivered event stores nothing (unique source
   * event and user), so only the rows new this time are returned; rows of kinds switched off in-app
   * are stored unlisted, so that a redelivery sends nothing twice either.
   *
   * Two statements, not an interactive transaction of five (BEGIN, the choices, the rows, their
   * events, COMMIT): a statement is atomic on its own, and the choices read inside the transaction
   * were read at that statement's start all the same (READ COMMITTED). Prisma's interactive
   * transaction and its three extra round trips were about 1 % of the test stack's CPU and one
   * Postgres statement per purchase in the buyFeature benchmark (tools/bench/README.md). Both are
   * plain named statements on the context's pool (prepared once per connection), not Prisma's
   * findMany and $queryRaw: Prisma's client cost more CPU than the statements themselves.
   */
  async record(batch: { sourceEventId: string; drafts: Draft[] }[]): Promise<Outgoing[]> {
    const drafts = batch.flatMap(({ sourceEventId, drafts }) => drafts.map((d) => ({ ...d, sourceEventId })));
    if (!drafts.length) return [];
    const on = await this.preferences.channelsFor(this.sql, drafts);
    // `n` keeps the batch's order for the events' outbox ids, as the rows' order was before.
    const rows = drafts.map((d, n) => ({ n, id: timeOrderedId('ntf'), user_id: d.userId, kind: d.kind, title: d.title, body: d.body, data: d.data, source_event_id: d.sourceEventId, in_app: on(d).has('in_app') }));
    // The rows as one JSON parameter of a raw statement, not createManyAndReturn: Prisma compiles a
    // createMany's query plan anew for every call (its data inline, never cached) and serialises each
    // field of each row on the way, about 4 % of the test stack's CPU under the purchase benchmark
    // (tools/bench/README.md, the write path). Same rows, same ON CONFLICT (a redelivered event stores
    // nothing), and the same NotificationAdded payload as NotificationAddedEvent (outbox.ts) describes.
    const { rows: stored } = await this.sql.query<StoredNotification>({
      name: 'notifications_record',
      text: `
      WITH input AS (
        SELECT * FROM jsonb_to_recordset($1::jsonb)
          AS x(n int, id varchar, user_id text, kind text, title varchar, body varchar, data jsonb, source_event_id varchar, in_app boolean)
      ), stored AS (
        INSERT INTO notifications (id, user_id, kind, title, body, data, source_event_id, in_app)
        SELECT x.id, x.user_id::uuid, x.kind::"NotificationKind", x.title, x.body, x.data, x.source_event_id, x.in_app FROM input x ORDER BY x.n
        ON CONFLICT DO NOTHING
        RETURNING id, user_id, kind, title, body, data, source_event_id, in_app, read_at, created_at
      ), added AS (
        INSERT INTO outbox_events (type, aggregate_id, payload)
        SELECT 'NotificationAdded', s.user_id::text, jsonb_build_object(
          'type', 'NotificationAdded', 'userId', s.user_id::text, 'notificationId', s.id,
          'notification', jsonb_build_object('id', s.id, 'userId', s.user_id::text, 'kind', s.kind::text, 'title', s.title, 'body', s.body, 'data', s.data,
            'createdAt', to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
        FROM stored s JOIN input x ON x.id = s.id WHERE s.in_app ORDER BY x.n
      )
      SELECT id, user_id::text, kind::text, title, body, data::text, source_event_id, in_app, read_at, created_at FROM stored`,
      values: [JSON.stringify(rows)],
    });
    const created = stored.map(notificationOfRow);
    return created.map((notification) => ({ notification, channels: (['email', 'sms'] as const).filter((c) => on(notification).has(c)) }));
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

/** A row the insert returned (JSON as text, parsed here). */
interface StoredNotification {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  data: string;
  source_event_id: string | null;
  in_app: boolean;
  read_at: Date | string | null;
  created_at: Date | string;
}

/** The Notification a stored row is, as Prisma would have returned it (its fields in the model's order). */
function notificationOfRow(r: StoredNotification): Notification {
  return {
    id: r.id,
    userId: r.user_id,
    kind: r.kind as Notification['kind'],
    title: r.title,
    body: r.body,
    data: JSON.parse(r.data) as Notification['data'],
    sourceEventId: r.source_event_id,
    inApp: r.in_app,
    readAt: r.read_at === null ? null : new Date(r.read_at),
    createdAt: new Date(r.created_at),
  };
}
