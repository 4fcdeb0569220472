import { createHash } from 'node:crypto';

/** What an event says happened, before it gets its place in the chain. */
export interface AuditDraft {
  /** The domain event's id: recorded once. */
  eventId: string;
  context: string;
  action: string;
  outcome: 'ok' | 'refused';
  errorCode: string | null;
  actor: string;
  /** Users the entry concerns (User.auditTrail). */
  userIds: string[];
  entityType: string | null;
  entityId: string | null;
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  /** ISO-8601, milliseconds. */
  occurredAt: string;
  /** Compact JSON texts. */
  before: string | null;
  after: string | null;
}

/** A stored link of a context's chain. */
export interface AuditEntry extends AuditDraft {
  seq: number;
  /** ISO-8601: when the audit writer appended it (monotonic within a context). */
  recordedAt: string;
  prevHash: string;
  hash: string;
}

/** The previous hash of a chain's first entry. */
export const GENESIS = '0'.repeat(64);

/** The fields the hash covers, in a fixed order (stores may reorder JSON keys; this never changes). */
const HASHED: (keyof Omit<AuditEntry, 'hash'>)[] = [
  'eventId', 'context', 'seq', 'action', 'outcome', 'errorCode', 'actor', 'userIds', 'entityType', 'entityId',
  'requestId', 'clientAddress', 'userAgent', 'occurredAt', 'recordedAt', 'before', 'after', 'prevHash',
];

/** SHA-256 (hex) of an entry's content and its predecessor's hash. */
export function hashOf(entry: Omit<AuditEntry, 'hash'>): string {
  const content = HASHED.map((k) => {
    const v = entry[k] ?? null;
    return k === 'occurredAt' || k === 'recordedAt' ? new Date(v as string).toISOString() : v;
  });
  return digest(content);
}

const digest = (content: unknown[]) => createHash('sha256').update(JSON.stringify(content)).digest('hex');

/**
 * Chains drafts after `head` (seq 0 and GENESIS for an empty chain), recorded at `now`. Each entry's
 * times are made ISO-8601 here, once, and hashed as they are: the same bytes `hashOf` hashes (it
 * normalises them again for entries read back from a store, which may reformat them), without
 * parsing and formatting both dates a second time and copying the entry twice per link.
 */
export function chain(head: { seq: number; hash: string }, drafts: AuditDraft[], now = new Date()): AuditEntry[] {
  let { seq, hash } = head;
  const recordedAt = now.toISOString();
  return drafts.map((draft) => {
    const entry: AuditEntry = { ...draft, occurredAt: new Date(draft.occurredAt).toISOString(), seq: ++seq, recordedAt, prevHash: hash, hash: '' };
    entry.hash = hash = digest(HASHED.map((k) => entry[k] ?? null));
    return entry;
  });
}

/** What text search looks in: the entry's names, ids and summaries, lower-cased. */
export function searchText(d: AuditDraft): string {
  return [d.action, d.context, d.outcome, d.errorCode, d.actor, d.entityType, d.entityId, d.requestId, d.clientAddress, ...d.userIds, d.before, d.after]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
