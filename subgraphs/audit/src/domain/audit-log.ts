import { badInput, connection, decodeCursor, pageSize } from '@worldgraph/kit';
import type { AuditEntry } from './entry.ts';
import type { AuditFilter, AuditStore, PagePosition } from './store.ts';
import { verifyChain } from './verify.ts';

/** A page position as a cursor key: `<epoch ms>.<event id>`. */
const keyOf = (e: AuditEntry) => `${Date.parse(e.occurredAt)}.${e.eventId}`;
function positionOf(cursor: string): PagePosition {
  const key = decodeCursor(cursor, /^\d{1,15}\.[\w.:-]{1,128}$/);
  const dot = key.indexOf('.');
  return { occurredAt: new Date(Number(key.slice(0, dot))).toISOString(), eventId: key.slice(dot + 1) };
}

/** The queries of the audit log (admins only, enforced by the schema). */
export class AuditLog {
  constructor(readonly store: AuditStore) {}

  /** A newest-first page of entries matching `filter`. */
  async page(filter: AuditFilter, first?: number | null, after?: string | null) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('from must not be after to', { field: 'from' });
    const rows = await this.store.search(filter, size + 1, after ? positionOf(after) : undefined);
    return connection(rows, size, keyOf);
  }

  counts(filter: AuditFilter) {
    return this.store.countByAction(filter);
  }

  verify(context: string, from?: Date | null, to?: Date | null) {
    return verifyChain(this.store, context, from, to);
  }
}
