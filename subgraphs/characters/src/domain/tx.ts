// Transactions of this context and the one lock order every one of them follows:
// accounts, then characters (each by id), then items (by id). Two commands never wait on each
// other in opposite orders, so they never deadlock; and every command that changes an inventory
// holds its holders' rows, so two commands never compute free slots from the same snapshot.
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;

/** Interactive transactions wait for a pooled connection under load (100 trades at once). */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Runs `fn` in a transaction with this context's options. */
export const inTx = <T>(db: PrismaClient, fn: (tx: Tx) => Promise<T>) => db.$transaction(fn, TX_OPTIONS);

/** Creates the account's row if needed (bank size from config) and locks it. */
export async function lockAccount(tx: Tx, accountId: string, bankSlots: number): Promise<{ id: string; active_character_id: string | null; bank_slots: number }> {
  await tx.$executeRaw`INSERT INTO accounts (id, bank_slots) VALUES (${accountId}::uuid, ${bankSlots}) ON CONFLICT (id) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: string; active_character_id: string | null; bank_slots: number }[]>`
    SELECT id, active_character_id, bank_slots FROM accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
  return rows[0]!;
}

/** Locks characters' rows in id order; returns the ids found. */
export async function lockCharacters(tx: Tx, ids: string[]): Promise<Set<string>> {
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM characters WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Set(rows.map((r) => r.id));
}

/** Locks items' rows in id order. */
export async function lockItems(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length) await tx.$queryRaw`SELECT id FROM items WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** A unique index refused the write (Prisma's P2002, or Postgres' 23505 through the adapter). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  return e?.code === 'P2002' || e?.code === '23505' || e?.cause?.code === '23505' || /unique constraint/i.test(e?.message ?? '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids of this context are UUIDs; anything else names nothing (and must never reach a uuid column). */
export const isId = (id: string) => UUID.test(id);
