import { AppError, badInput, decodeCursor, encodeCursor, forbidden, isUserId, notFound, pageSize, type KeyValueStore } from '@worldgraph/kit';
import type { ChatConfig } from '../config.ts';
import type { Message, PrismaClient, Report } from '../generated/prisma/client.ts';
import type { Actor, Channels } from './channels.ts';
import { emit, type MessagePayload } from './outbox.ts';
import { assertClientMessageId, cleanBody, editable, rateWindow } from './rules.ts';

/** What sendMessage is given. */
export interface SendInput {
  channelId: string;
  clientMessageId: string;
  body: string;
  replyToId?: string | null;
  mentions?: string[] | null;
}

/** A report with its message, for moderators. */
export type ReportView = Report & { message: MessagePayload };

/** A message as the API and the events show it. */
export const payloadOf = (m: Message): MessagePayload => ({
  id: String(m.id),
  channelId: m.channelId,
  authorId: m.authorId,
  clientMessageId: m.clientMessageId,
  body: m.deletedAt ? null : m.body,
  replyToId: m.replyToId === null ? null : String(m.replyToId),
  mentions: m.mentions,
  createdAt: m.createdAt.toISOString(),
  editedAt: m.editedAt?.toISOString() ?? null,
  deletedAt: m.deletedAt?.toISOString() ?? null,
});

const MESSAGE_ID = /^\d{1,18}$/;
const messageKey = (id: string) => (MESSAGE_ID.test(id) ? BigInt(id) : null);
const rateLimited = (message: string, retryAfterSeconds: number) => new AppError('RATE_LIMITED', message, { retryAfterSeconds });

/** Messages: sending (idempotent, rate-limited, filtered), editing, deleting, history, read markers, reports. */
export class Messages {
  constructor(
    private readonly db: PrismaClient,
    private readonly channels: Channels,
    private readonly kv: KeyValueStore,
    private readonly config: ChatConfig,
  ) {}

  /** Posts a message once per (author, clientMessageId): a retry returns the first one. */
  async send(actor: Actor, input: SendInput): Promise<MessagePayload> {
    assertClientMessageId(input.clientMessageId);
    const earlier = await this.db.message.findUnique({ where: { authorId_clientMessageId: { authorId: actor.userId, clientMessageId: input.clientMessageId } } });
    if (earlier) {
      if (earlier.channelId !== input.channelId) throw new AppError('CONFLICT', 'This clientMessageId was used for another channel');
      return payloadOf(earlier);
    }
    const { channel } = await this.channels.writable(actor, input.channelId);
    const body = cleanBody(input.body, this.config.CHAT_MAX_CHARS, this.config.CHAT_BLOCKED_WORDS);
    const replyTo = input.replyToId ? messageKey(input.replyToId) : null;
    if (input.replyToId && (replyTo === null || !(await this.db.message.count({ where: { id: replyTo, channelId: input.channelId } })))) throw notFound('Message replied to');
    const mentions = [...new Set(input.mentions ?? [])];
    if (mentions.length > 20 || !mentions.every(isUserId)) throw badInput('At most 20 mentions, each a user id', { field: 'mentions' });
    await this.throttle(actor.userId, input.channelId);
    // Only those who can read the channel hear of a mention (anyone, in the global channel).
    const mentioned = mentions.filter((id) => id !== actor.userId);
    const notify = channel.kind === 'global' || !mentioned.length ? mentioned : (await this.db.channelMember.findMany({ where: { channelId: input.channelId, userId: { in: mentioned } } })).map((r) => r.userId);
    try {
      // The message and its MessageSent event in one statement: one round trip, no interactive
      // transaction holding a pooled connection while chat is busy, and still all or nothing.
      const [row] = await this.db.$queryRaw<Message[]>`
        WITH m AS (
          INSERT INTO messages (channel_id, author_id, client_message_id, body, reply_to_id, mentions)
          VALUES (${input.channelId}::uuid, ${actor.userId}::uuid, ${input.clientMessageId}, ${body}, ${replyTo}, ${mentions}::uuid[])
          RETURNING *
        ), event AS (
          INSERT INTO outbox_events (type, aggregate_id, payload)
          SELECT 'MessageSent', m.channel_id::text, jsonb_build_object(
            'type', 'MessageSent', 'channelId', m.channel_id, 'by', m.author_id, 'notify', ${JSON.stringify(notify)}::jsonb,
            'message', jsonb_build_object('id', m.id::text, 'channelId', m.channel_id, 'authorId', m.author_id, 'clientMessageId', m.client_message_id,
              'body', m.body, 'replyToId', m.reply_to_id::text, 'mentions', to_jsonb(m.mentions), 'createdAt', to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'editedAt', NULL, 'deletedAt', NULL))
          FROM m
        )
        SELECT id, channel_id AS "channelId", author_id AS "authorId", client_message_id AS "clientMessageId", body, reply_to_id AS "replyToId", mentions,
               created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt", deleted_by AS "deletedBy"
        FROM m`;
      return payloadOf(row!);
    } catch (error) {
      // The same clientMessageId sent twice at once: the first one stored is the answer to both.
      const stored = await this.db.message.findUnique({ where: { authorId_clientMessageId: { authorId: actor.userId, clientMessageId: input.clientMessageId } } });
      if (stored?.channelId === input.channelId) return payloadOf(stored);
      throw error;
    }
  }

  /** Counts a send against the user's and the channel's 10-second windows; RATE_LIMITED past either. */
  private async throttle(userId: string, channelId: string): Promise<void> {
    const window = rateWindow();
    const retry = 10 - (Math.floor(Date.now() / 1000) % 10);
    if ((await this.kv.increment(`chat:rate:user:${userId}:${window}`, 20)) > this.config.CHAT_USER_RATE) throw rateLimited(`You may send at most ${this.config.CHAT_USER_RATE} messages every 10 seconds`, retry);
    if ((await this.kv.increment(`chat:rate:channel:${channelId}:${window}`, 20)) > this.config.CHAT_CHANNEL_RATE) throw rateLimited('This channel is too busy right now', retry);
  }

  /** Typing notices are counted too, but one too many is dropped quietly rather than refused. */
  async mayType(userId: string): Promise<boolean> {
    return (await this.kv.increment(`chat:rate:typing:${userId}:${rateWindow()}`, 20)) <= this.config.CHAT_TYPING_RATE;
  }

  /** Changes one's own message, within the edit window. */
  async edit(actor: Actor, id: string, body: string): Promise<MessagePayload> {
    const m = await this.own(actor, id);
    if (m.deletedAt) throw badInput('A deleted message cannot be edited', { reason: 'MESSAGE_DELETED' });
    if (!editable(m.createdAt, new Date(), this.config.CHAT_EDIT_WINDOW_MS)) throw badInput('A message can only be edited shortly after it was sent', { reason: 'EDIT_WINDOW_CLOSED' });
    await this.channels.writable(actor, m.channelId);
    const text = cleanBody(body, this.config.CHAT_MAX_CHARS, this.config.CHAT_BLOCKED_WORDS);
    return this.db.$transaction(async (tx) => {
      const updated = payloadOf(await tx.message.update({ where: { id: m.id }, data: { body: text, editedAt: new Date() } }));
      await emit(tx, { type: 'MessageEdited', channelId: m.channelId, message: updated, by: actor.userId });
      return updated;
    });
  }

  /** Deletes a message (its author, the channel's moderators, admins); others then see "deleted". */
  async delete(actor: Actor, id: string): Promise<MessagePayload> {
    const key = messageKey(id);
    const m = key === null ? null : await this.db.message.findUnique({ where: { id: key } });
    if (!m) throw notFound('Message');
    const access = await this.channels.readable(actor, m.channelId);
    if (m.authorId !== actor.userId && !this.channels.moderates(actor, access)) throw forbidden('Only its author and moderators delete a message');
    if (m.deletedAt) return payloadOf(m);
    return this.db.$transaction(async (tx) => {
      const deleted = payloadOf(await tx.message.update({ where: { id: m.id }, data: { deletedAt: new Date(), deletedBy: actor.userId } }));
      await emit(tx, { type: 'MessageDeleted', channelId: m.channelId, message: deleted, by: actor.userId });
      return deleted;
    });
  }

  /**
   * A page of a channel's history. `before`: older than a message, newest first; `after`: newer
   * than a message, oldest first; neither: the newest, newest first. One index range each.
   */
  async history(channelId: string, first: number | null | undefined, before?: string | null, after?: string | null) {
    const size = pageSize(first, { fallback: 30, max: 100 });
    if (before && after) throw badInput('Give before or after, not both', { field: 'after' });
    const cursor = before ?? after;
    const from = cursor ? BigInt(decodeCursor(cursor, MESSAGE_ID)) : undefined;
    const rows = await this.db.message.findMany({
      where: { channelId, ...(from === undefined ? {} : { id: after ? { gt: from } : { lt: from } }) },
      orderBy: { id: after ? 'asc' : 'desc' },
      take: size + 1,
    });
    const page = rows.slice(0, size).map(payloadOf);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null },
    };
  }

  /** Per channel, messages after the user's read marker from others (at most 100), in one query. */
  async unreadCounts(userId: string, channelIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.$queryRaw<{ channel_id: string; n: number }[]>`
      SELECT c.id AS channel_id, (
        SELECT count(*)::int FROM (
          SELECT 1 FROM messages m
          WHERE m.channel_id = c.id AND m.id > coalesce(cm.last_read_id, 0) AND m.author_id <> ${userId}::uuid AND m.deleted_at IS NULL
          LIMIT 100) x) AS n
      FROM unnest(${[...channelIds]}::uuid[]) AS c(id)
      LEFT JOIN channel_members cm ON cm.channel_id = c.id AND cm.user_id = ${userId}::uuid`;
    const byId = new Map(rows.map((r) => [r.channel_id, r.n]));
    return channelIds.map((id) => byId.get(id) ?? 0);
  }

  /** Newest message per channel, in one query. */
  async lastMessages(channelIds: readonly string[]): Promise<(MessagePayload | null)[]> {
    const rows = await this.db.$queryRaw<Message[]>`
      SELECT m.id, m.channel_id AS "channelId", m.author_id AS "authorId", m.client_message_id AS "clientMessageId", m.body,
             m.reply_to_id AS "replyToId", m.mentions, m.created_at AS "createdAt", m.edited_at AS "editedAt", m.deleted_at AS "deletedAt", m.deleted_by AS "deletedBy"
      FROM unnest(${[...channelIds]}::uuid[]) AS c(id)
      CROSS JOIN LATERAL (SELECT * FROM messages WHERE channel_id = c.id ORDER BY id DESC LIMIT 1) m`;
    const byChannel = new Map(rows.map((m) => [m.channelId, payloadOf(m)]));
    return channelIds.map((id) => byChannel.get(id) ?? null);
  }

  /** Messages by id (replies), in one query. */
  async byIds(ids: readonly string[]): Promise<(MessagePayload | null)[]> {
    const keys = ids.map(messageKey).filter((k): k is bigint => k !== null);
    const rows = await this.db.message.findMany({ where: { id: { in: keys } } });
    const byId = new Map(rows.map((m) => [String(m.id), payloadOf(m)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Moves the user's read marker forward to `messageId` (never back). */
  async markRead(actor: Actor, channelId: string, messageId: string): Promise<void> {
    await this.channels.readable(actor, channelId);
    const key = messageKey(messageId);
    if (key === null || !(await this.db.message.count({ where: { id: key, channelId } }))) throw notFound('Message');
    await this.db.$executeRaw`
      INSERT INTO channel_members (channel_id, user_id, last_read_id) VALUES (${channelId}::uuid, ${actor.userId}::uuid, ${key})
      ON CONFLICT (channel_id, user_id) DO UPDATE SET last_read_id = GREATEST(channel_members.last_read_id, EXCLUDED.last_read_id)`;
  }

  /** Reports a message to the moderators, once per reporter. */
  async report(actor: Actor, id: string, reason: string): Promise<boolean> {
    const text = reason.trim();
    if (!text || text.length > 500) throw badInput('A reason must be 1-500 characters', { field: 'reason' });
    const key = messageKey(id);
    const m = key === null ? null : await this.db.message.findUnique({ where: { id: key } });
    if (!m) throw notFound('Message');
    await this.channels.readable(actor, m.channelId);
    await this.db.$transaction(async (tx) => {
      const reportId = crypto.randomUUID();
      const created = await tx.report.createMany({ data: [{ id: reportId, messageId: m.id, reporterId: actor.userId, reason: text }], skipDuplicates: true });
      if (created.count) await emit(tx, { type: 'MessageReported', channelId: m.channelId, messageId: String(m.id), reportId, reporterId: actor.userId, authorId: m.authorId, reason: text });
    });
    return true;
  }

  /** Reports, newest first, with their messages (moderators' queue). */
  async reports(first: number | null | undefined): Promise<ReportView[]> {
    const rows = await this.db.report.findMany({ orderBy: { createdAt: 'desc' }, take: pageSize(first, { fallback: 50, max: 200 }) });
    const messages = await this.byIds(rows.map((r) => String(r.messageId)));
    return rows.flatMap((r, i) => (messages[i] ? [{ ...r, message: messages[i] }] : []));
  }

  private async own(actor: Actor, id: string): Promise<Message> {
    const key = messageKey(id);
    const m = key === null ? null : await this.db.message.findUnique({ where: { id: key } });
    if (!m || m.authorId !== actor.userId) throw notFound('Message');
    return m;
  }
}
