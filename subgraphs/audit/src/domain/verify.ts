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
  // The head first, then what is stored: entries appended meanwhile lie beyond the head and are not missing.
  const head = await store.head(context);
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
  // Entries cut from the end leave no broken link: the head the writer keeps still names the last one.
  const lastSeq = previous?.seq ?? 0;
  const toTheEnd = !to && (checked > 0 || !from);
  if (toTheEnd && lastSeq < head.seq) {
    return { context, ok: false, checked, brokenAt: { sequence: lastSeq + 1, entryId: null, reason: `entries ${lastSeq + 1}..${head.seq} are missing at the end of the chain` } };
  }
  if (toTheEnd && previous && previous.seq === head.seq && previous.hash !== head.hash) {
    return { context, ok: false, checked, brokenAt: { sequence: previous.seq, entryId: previous.eventId, reason: 'entry replaced: its hash is not the one the chain head recorded' } };
  }
  return { context, ok: true, checked, brokenAt: null };
}
