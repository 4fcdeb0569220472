import type { Prisma } from '../generated/prisma/client.ts';

/** A message as events carry it: everything a subscriber shows, so none reads it again. */
export interface MessagePayload {
  id: string;
  channelId: string;
  authorId: string;
  clientMessageId: string;
  body: string | null;
  replyToId: string | null;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

/** The domain events chat publishes (relayed from the outbox by the kit). */
export type ChatEvent =
  | { type: 'MessageSent'; channelId: string; message: MessagePayload; by: string; /** Mentioned users who can read the channel: notifications tells them. */ notify: string[] }
  | { type: 'MessageEdited' | 'MessageDeleted'; channelId: string; message: MessagePayload; by: string }
  | { type: 'ChannelCreated'; channelId: string; kind: string; by: string | null }
  | { type: 'ChannelMemberAdded' | 'ChannelMemberRemoved'; channelId: string; userId: string; by: string | null }
  | { type: 'MemberMuted'; channelId: string; userId: string; until: string; by: string }
  | { type: 'UserBlocked' | 'UserUnblocked'; userId: string; blockedId: string }
  | { type: 'MessageReported'; channelId: string; messageId: string; reportId: string; reporterId: string; authorId: string; reason: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, event: ChatEvent): Promise<void> {
  const aggregateId = 'channelId' in event ? event.channelId : event.userId;
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}
