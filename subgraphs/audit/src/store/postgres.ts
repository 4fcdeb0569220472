import type { AuditEntry as Row, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { chain, GENESIS, searchText, type AuditDraft, type AuditEntry } from '../domain/entry.ts';
import type { AuditFilter, AuditStore, PagePosition } from '../domain/store.ts';

const toEntry = (r: Row): AuditEntry => ({
  eventId: r.eventId,
  context: r.context,
  seq: Number(r.seq),
  action: r.action,
  outcome: r.outcome as AuditEntry['outcome'],
  errorCode: r.errorCode,
  actor: r.actor,
  userIds: r.userIds,
  entityType: r.entityType,
  entityId: r.entityId,
  requestId: r.requestId,
  clientAddress: r.clientAddress,
  userAgent: r.userAgent,
  occurredAt: r.occurredAt.toISOString(),
  recordedAt: r.recordedAt.toISOString(),
  before: r.before,
  after: r.after,
  prevHash: r.prevHash,
  hash: r.hash,
});

function where(f: AuditFilter): Prisma.AuditEntryWhereInput {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return {
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.context ? { context: f.context } : {}),
    ...(f.userId ? { userIds: { has: f.userId } } : {}),
    ...(f.from || f.to ? { occurredAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
    ...(words.length ? { AND: words.map((w) => ({ text: { contains: w } })) } : {}),
  };
}

/** The embedded default: one table, the chain head row locked by each append. */
export class PostgresAuditStore implements AuditStore {
  readonly kind = 'postgres';
  constructor(private readonly db: PrismaClient) {}

  async init(): Promise<void> {} // tables come from the context's migrations

  /** One context after the other: each append is one transaction on its chain's head row. */
  async appendMany(groups: [string, AuditDraft[]][]): Promise<AuditEntry[]> {
    const added: AuditEntry[] = [];
    for (const [context, drafts] of groups) added.push(...(await this.append(context, drafts)));
    return added;
  }

  append(context: string, drafts: AuditDraft[]): Promise<AuditEntry[]> {
    if (!drafts.length) return Promise.resolve([]);
    return this.db.$transaction(async (tx) => {
      // The head row serialises writers of one context (other contexts' chains go on in parallel).
      await tx.$executeRaw`INSERT INTO audit_chain_heads (context, seq, hash) VALUES (${context}, 0, ${GENESIS}) ON CONFLICT (context) DO NOTHING`;
      const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`SELECT seq, hash FROM audit_chain_heads WHERE context = ${context} FOR UPDATE`;
      const ids = [...new Set(drafts.map((d) => d.eventId))];
      const seen = new Set((await tx.auditEntry.findMany({ where: { eventId: { in: ids } }, select: { eventId: true } })).map((r) => r.eventId));
      const fresh = drafts.filter((d) => !seen.has(d.eventId) && (seen.add(d.eventId), true));
      if (!fresh.length) return [];
      const entries = chain({ seq: Number(head!.seq), hash: head!.hash }, fresh);
      await tx.auditEntry.createMany({ data: entries.map((e) => ({ ...e, seq: BigInt(e.seq), text: searchText(e) })) });
      const last = entries.at(-1)!;
      await tx.auditChainHead.update({ where: { context }, data: { seq: BigInt(last.seq), hash: last.hash } });
      return entries;
    });
  }

  async search(filter: AuditFilter, limit: number, after?: PagePosition): Promise<AuditEntry[]> {
    const at = after && new Date(after.occurredAt);
    const rows = await this.db.auditEntry.findMany({
      where: { AND: [where(filter), ...(at ? [{ OR: [{ occurredAt: { lt: at } }, { occurredAt: at, eventId: { lt: after.eventId } }] }] : [])] },
      orderBy: [{ occurredAt: 'desc' }, { eventId: 'desc' }],
      take: limit,
    });
    return rows.map(toEntry);
  }

  async countByAction(filter: AuditFilter) {
    const groups = await this.db.auditEntry.groupBy({ by: ['action'], where: where(filter), _count: { _all: true } });
    return groups.map((g) => ({ action: g.action, count: g._count._all })).sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
  }

  async chain(context: string, range: { from?: Date | null; to?: Date | null; afterSeq?: number }, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.auditEntry.findMany({
      where: {
        context,
        ...(range.afterSeq ? { seq: { gt: BigInt(range.afterSeq) } } : {}),
        ...(range.from || range.to ? { recordedAt: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) } } : {}),
      },
      orderBy: { seq: 'asc' },
      take: limit,
    });
    return rows.map(toEntry);
  }

  async head(context: string) {
    const row = await this.db.auditChainHead.findUnique({ where: { context } });
    return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS };
  }

  async entryAt(context: string, seq: number): Promise<AuditEntry | null> {
    const row = await this.db.auditEntry.findUnique({ where: { context_seq: { context, seq: BigInt(seq) } } });
    return row && toEntry(row);
  }

  async refresh(): Promise<void> {}

  async ping(): Promise<void> {
    await this.db.$queryRawUnsafe('SELECT 1');
  }

  async close(): Promise<void> {
    await this.db.$disconnect();
  }
}
