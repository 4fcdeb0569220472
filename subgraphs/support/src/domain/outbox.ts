import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events support publishes (relayed from the outbox by the kit). */
export type SupportEvent =
  | { type: 'TicketOpened'; ticketId: string; authorId: string; category: string; priority: string; subject: string }
  | {
      type: 'TicketResponded';
      ticketId: string;
      responseId: string;
      /** The ticket's author. */
      authorId: string;
      responderId: string;
      fromStaff: boolean;
      subject: string;
      /** The start of the response (notifications show it). */
      excerpt: string;
    }
  | { type: 'TicketAssigned'; ticketId: string; authorId: string; assigneeId: string | null; by: string }
  | { type: 'TicketPriorityChanged'; ticketId: string; authorId: string; priority: string; previous: string; by: string }
  | { type: 'TicketStatusChanged'; ticketId: string; authorId: string; status: string; previous: string; by: string }
  | { type: 'ReportFiled'; reportId: string; targetType: string; targetId: string; reporterId: string; reporterCount: number }
  | {
      type: 'ReportDecided';
      reportId: string;
      targetType: string;
      targetId: string;
      outcome: 'DISMISSED' | 'WARNED' | 'LIMITED';
      userId: string | null;
      note: string | null;
      by: string;
    }
  | { type: 'UserWarned'; userId: string; reportId: string; reason: string | null; by: string }
  /**
   * A user's profile is limited (CANNOT_CHAT or CANNOT_TRADE) until `until`: the acting contexts
   * (accounts' profile limitation, chat, trades) apply it from this event.
   */
  | { type: 'UserLimited'; userId: string; kind: 'CANNOT_CHAT' | 'CANNOT_TRADE'; until: string; reason: string | null; reportId: string; by: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, event: SupportEvent): Promise<void> {
  const aggregateId = 'ticketId' in event ? event.ticketId : 'reportId' in event ? event.reportId : (event as { userId: string }).userId;
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}
