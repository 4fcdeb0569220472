import { GENESIS, hashOf, type AuditEntry } from './entry.ts';
import type { AuditStore } from './store.ts';

/** The first link that does not hold. */
export interface ChainBreak {
  sequence: number;
  entryId: string | null;
  reason: string;
}

export interface ChainReport {
  context: string;
  ok: boolean;
  checked: number;
  brokenAt: ChainBreak | null;
}

const PAGE = 500;

/**
 * Walks a context's chain over the entries recorded in [from, to]: each entry must match its own
 * hash (else it was altered), follow the previous sequence number (else one is missing) and carry
 * its predecessor's hash (else the predecessor was replaced). Reports the first entry that fails.
 */
export async function verifyChain(store: AuditStore, context: string, from?: Date | null, to?: Date | null): Promise<ChainReport> {
  await store.refresh();
  let checked = 0;
  let previous: AuditEntry | null | undefined;
  let afterSeq = 0;
  const broken = (entry: AuditEntry, reason: string): ChainReport => ({ context, ok: false, checked, brokenAt: { sequence: entry.seq, entryId: entry.eventId, reason } });
  for (;;) {
    const page = await store.chain(context, { from, to, afterSeq }, PAGE);
    for (const entry of page) {
      if (previous === undefined) previous = entry.seq > 1 ? await store.entryAt(context, entry.seq - 1) : null;
      checked++;
      if (hashOf(entry) !== entry.hash) return broken(entry, 'entry altered: its content does not match its hash');
      const expectedSeq = previous ? previous.seq + 1 : 1;
      if (entry.seq !== expectedSeq) return broken(entry, `entries ${expectedSeq}..${entry.seq - 1} are missing before it`);
      if (entry.prevHash !== (previous ? previous.hash : GENESIS)) return broken(entry, 'link broken: its previous hash is not the hash of the entry before it');
      previous = entry;
    }
    if (page.length < PAGE) break;
    afterSeq = page.at(-1)!.seq;
  }
  return { context, ok: true, checked, brokenAt: null };
}
