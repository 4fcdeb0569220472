import type { AuditDraft, AuditEntry } from './entry.ts';

/** Conditions of an audit-log query; all given must hold. */
export interface AuditFilter {
  actor?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  context?: string | null;
  /** Entries concerning this user (User.auditTrail). */
  userId?: string | null;
  /** occurredAt >= from */
  from?: Date | null;
  /** occurredAt < to */
  to?: Date | null;
  /** Every word appears in the entry's text (case-insensitive). */
  text?: string | null;
}

/** Where a newest-first page resumes: after this entry. */
export interface PagePosition {
  occurredAt: string;
  eventId: string;
}

/**
 * The audit log's storage: an append-only hash chain per context. One contract (test/store.contract.test.ts)
 * holds for every implementation: Postgres (the embedded default) and OpenSearch (OPENSEARCH_URL).
 */
export interface AuditStore {
  readonly kind: 'postgres' | 'opensearch';
  /** Creates what the store needs (tables exist by migration; index templates...). Idempotent. */
  init(): Promise<void>;
  /**
   * Appends drafts of one context to its chain, skipping event ids already recorded; safe when
   * several writers append to one context at once. Returns the entries it added.
   */
  append(context: string, drafts: AuditDraft[]): Promise<AuditEntry[]>;
  /** `append` for each context's drafts (a consumed batch carries several), in as few requests as the store can. */
  appendMany(groups: [string, AuditDraft[]][]): Promise<AuditEntry[]>;
  /** Up to `limit` entries matching `filter`, newest first (occurredAt, then event id), after `after`. */
  search(filter: AuditFilter, limit: number, after?: PagePosition): Promise<AuditEntry[]>;
  /** Entries per action matching `filter`, most frequent first. */
  countByAction(filter: AuditFilter): Promise<{ action: string; count: number }[]>;
  /** A context's entries recorded in [from, to], in chain order, up to `limit`, from sequence `afterSeq` + 1. */
  chain(context: string, range: { from?: Date | null; to?: Date | null; afterSeq?: number }, limit: number): Promise<AuditEntry[]>;
  /** The last link of a context's chain as the writer left it (seq 0 and GENESIS when empty). */
  head(context: string): Promise<{ seq: number; hash: string }>;
  /** The entry at `seq` of a context's chain, if stored. */
  entryAt(context: string, seq: number): Promise<AuditEntry | null>;
  /** Answers when the store is reachable (readiness), throws when not. */
  ping(): Promise<void>;
  /** Makes everything appended visible to search (OpenSearch refreshes near-real-time). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}
