import { randomUUID } from 'node:crypto';
import { badInput, conflict, connection, decodeCursor, isUserId, notFound, pageSize, type Runtime } from '@worldgraph/kit';
import type { PrismaClient, Report } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';
import type { Actor } from './tickets.ts';

export interface ReportInput {
  targetType: 'USER' | 'FEATURE' | 'MESSAGE' | 'EVENT';
  targetId: string;
  reason: string;
}

export interface Decision {
  reportId: string;
  outcome: 'DISMISSED' | 'WARNED' | 'LIMITED';
  note?: string | null;
  userId?: string | null;
  limitation?: 'CANNOT_CHAT' | 'CANNOT_TRADE' | null;
  until?: Date | string | null;
}

/** Reports of users and content, folded per target, and staff's decisions on them. */
export class Reports {
  constructor(
    private readonly db: PrismaClient,
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
  ) {}

  /**
   * Files a report. Every report of a target waiting for a decision is one row (one open report
   * per target, by a partial unique index); each reporter counts once, so a second report by the
   * same user changes nothing.
   */
  async file(actor: Actor, input: ReportInput): Promise<Report> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason must not be empty', { field: 'reason' });
    if (reason.length > 1000) throw badInput('reason is longer than 1000 characters', { field: 'reason' });
    if (input.targetType === 'USER' ? !isUserId(input.targetId) : !/^[\w:-]{1,80}$/.test(input.targetId)) throw badInput('targetId is not an id', { field: 'targetId' });
    if (input.targetType === 'USER' && input.targetId === actor.userId) throw badInput('You cannot report yourself', { field: 'targetId' });
    return this.db.$transaction(async (tx) => {
      // Concurrent first reports of one target meet on the index: one inserts, the others update.
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO reports (id, target_type, target_id, status, reporter_count)
        VALUES (${randomUUID()}::uuid, ${input.targetType}, ${input.targetId}, 'OPEN', 0)
        ON CONFLICT (target_type, target_id) WHERE status = 'OPEN' DO UPDATE SET status = reports.status
        RETURNING id`;
      const id = row!.id;
      const added = await tx.$executeRaw`
        INSERT INTO report_reporters (report_id, reporter_id, reason) VALUES (${id}::uuid, ${actor.userId}::uuid, ${reason})
        ON CONFLICT DO NOTHING`;
      if (!added) return (await tx.report.findUnique({ where: { id } }))!;
      const report = await tx.report.update({ where: { id }, data: { reporterCount: { increment: 1 }, updatedAt: new Date() } });
      await emit(tx, { type: 'ReportFiled', reportId: id, targetType: report.targetType, targetId: report.targetId, reporterId: actor.userId, reporterCount: report.reporterCount });
      return report;
    });
  }

  /**
   * Decides an open report, once. WARNED and LIMITED name the user responsible (the target of a
   * USER report unless given); LIMITED needs a limitation and a future end, and sets it on the
   * user's profile in accounts (internalLimitUser with support's service credential) before the
   * decision is recorded: a failed call leaves the report open, and a retry sets the same
   * limitation again. Every outcome is a ReportDecided event; WARNED adds UserWarned, LIMITED
   * adds UserLimited.
   */
  async decide(actor: Actor, d: Decision, requestId?: string): Promise<Report> {
    if (!isUserId(d.reportId)) throw notFound('Report');
    const report = await this.db.report.findUnique({ where: { id: d.reportId } });
    if (!report) throw notFound('Report');
    if (report.status !== 'OPEN') throw conflict('This report was already decided');
    const userId = d.userId ?? (report.targetType === 'USER' ? report.targetId : null);
    if (userId && !isUserId(userId)) throw badInput('userId is not a user id', { field: 'userId' });
    if (d.outcome !== 'DISMISSED' && !userId) throw badInput('Name the user to warn or limit', { field: 'userId' });
    const note = d.note?.trim().slice(0, 1000) || null;
    let until: Date | null = null;
    if (d.outcome === 'LIMITED') {
      if (!d.limitation) throw badInput('Choose what the user may no longer do', { field: 'limitation' });
      until = d.until ? new Date(d.until) : null;
      if (!until || Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) throw badInput('until must be in the future', { field: 'until' });
    }
    if (d.outcome === 'LIMITED') {
      await this.runtime.callSubgraph(
        'accounts',
        'mutation ($u: ID!, $k: LimitationKind!, $t: DateTime!, $r: String) { internalLimitUser(userId: $u, kind: $k, until: $t, reason: $r) { until } }',
        { u: userId, k: d.limitation, t: until!.toISOString(), r: note },
        requestId,
      );
    }
    return this.db.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.report.updateMany({
        where: { id: report.id, status: 'OPEN' },
        data: { status: 'DECIDED', outcome: d.outcome, outcomeNote: note, subjectUserId: d.outcome === 'DISMISSED' ? null : userId, decidedBy: actor.userId, decidedAt: now, updatedAt: now },
      });
      if (!count) throw conflict('This report was already decided');
      const base = { reportId: report.id, by: actor.userId };
      await emit(tx, { type: 'ReportDecided', ...base, targetType: report.targetType, targetId: report.targetId, outcome: d.outcome, userId: d.outcome === 'DISMISSED' ? null : userId, note });
      if (d.outcome === 'WARNED') await emit(tx, { type: 'UserWarned', ...base, userId: userId!, reason: note });
      if (d.outcome === 'LIMITED') await emit(tx, { type: 'UserLimited', ...base, userId: userId!, kind: d.limitation!, until: until!.toISOString(), reason: note });
      return (await tx.report.findUnique({ where: { id: report.id } }))!;
    });
  }

  /** Open reports, most reporters first; decided ones, latest decision first. */
  async queue(status: 'OPEN' | 'DECIDED', first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, { fallback: 20, max: 100 });
    const cursor = after ? decodeCursor(after, /^\d{1,15}:[0-9a-f-]{36}$/).split(':') : null;
    if (status === 'OPEN') {
      const [count, id] = cursor ? [Number(cursor[0]), cursor[1]!] : [];
      const rows = await this.db.report.findMany({
        where: { status, ...(cursor && { OR: [{ reporterCount: { lt: count } }, { reporterCount: count, id: { gt: id } }] }) },
        orderBy: [{ reporterCount: 'desc' }, { id: 'asc' }],
        take: size + 1,
      });
      return connection(rows, size, (r) => `${r.reporterCount}:${r.id}`);
    }
    const [ms, id] = cursor ? [new Date(Number(cursor[0])), cursor[1]!] : [];
    const rows = await this.db.report.findMany({
      where: { status, ...(cursor && { OR: [{ decidedAt: { lt: ms } }, { decidedAt: ms, id: { lt: id } }] }) },
      orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
    });
    return connection(rows, size, (r) => `${r.decidedAt!.getTime()}:${r.id}`);
  }

  reasonsOf(reportIds: readonly string[]) {
    return this.db.reportReporter.findMany({ where: { reportId: { in: [...reportIds] } }, orderBy: [{ createdAt: 'asc' }, { reporterId: 'asc' }] });
  }
}
