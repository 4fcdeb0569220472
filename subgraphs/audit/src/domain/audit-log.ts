import { badInput, connection, decodeCursor, pageSize, type Logger } from '@worldgraph/kit';
import { Gauge } from 'prom-client';
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

/** The last verification of each context's chain: what the AuditChainBroken alert (k8s/monitoring) watches. */
const chainOk = new Gauge({
  name: 'audit_chain_verification_ok',
  help: "Whether the last verification of a context's audit chain held (1) or found a break (0)",
  labelNames: ['context'] as const,
});
const chainVerifiedAt = new Gauge({
  name: 'audit_chain_verification_timestamp_seconds',
  help: "When a context's audit chain was last verified (unix seconds)",
  labelNames: ['context'] as const,
});

/** The queries of the audit log (admins only, enforced by the schema). */
export class AuditLog {
  /** `contexts`: the contexts whose chains there are to verify (every other subgraph). */
  constructor(
    readonly store: AuditStore,
    private readonly contexts: readonly string[],
  ) {}

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

  /** Verifies a context's chain (or the entries recorded in [from, to]); the result is exported as a metric. */
  async verify(context: string, from?: Date | null, to?: Date | null) {
    // An unknown name is refused before it reaches the store (it names the chain's head document in a
    // URL: 100 KB of it was an internal error) or the metric (one series per name an admin typed).
    if (!this.contexts.includes(context)) throw badInput(`No audited context has that name; one of: ${this.contexts.join(', ')}`, { field: 'context' });
    const report = await verifyChain(this.store, context, from, to);
    chainOk.set({ context }, report.ok ? 1 : 0);
    chainVerifiedAt.set({ context }, Date.now() / 1000);
    return report;
  }

  /**
   * Verifies every context's whole chain every `intervalMs` (AUDIT_VERIFY_INTERVAL_MS), one after
   * the other, so a break is alerted on without anyone asking. Returns the stop function.
   */
  verifyEvery(intervalMs: number, logger: Logger): () => void {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const round = async () => {
      for (const context of this.contexts) {
        if (stopped) return;
        const report = await this.verify(context).catch((err: Error) => logger.warn({ err, context }, 'audit chain not verified'));
        if (report && !report.ok) logger.error({ context, brokenAt: report.brokenAt }, 'audit chain broken');
      }
      if (!stopped) timer = setTimeout(round, intervalMs);
    };
    timer = setTimeout(round, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }
}
