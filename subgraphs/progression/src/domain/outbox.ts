import type { SqlPool } from '@worldgraph/kit';
import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events progression publishes (relayed from the outbox by the kit). */
export type ProgressionEvent =
  | { type: 'LevelChanged'; userId: string; fromLevel: number; toLevel: number; name: string; points: number; at: string }
  | { type: 'ChallengeAnswered'; roundId: string; userId: string; correct: boolean; rank: number | null; answeredAt: string }
  | { type: 'PrizeAwarded' | 'PrizePaid'; prizeId: string; roundId: string; userId: string; rank: number; asset: string; amount: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, aggregateId: string, event: ProgressionEvent): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}

/** `emit` for a transaction of plain statements (`client`: the connection it runs on): the same row. */
export async function emitOn(client: Pick<SqlPool, 'query'>, aggregateId: string, event: ProgressionEvent): Promise<void> {
  await client.query('INSERT INTO outbox_events (type, aggregate_id, payload) VALUES ($1, $2, $3::jsonb)', [event.type, aggregateId, JSON.stringify(event)]);
}
