import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * A person was erased (accounts' UserErased): their tickets and threads go, so do the responses
 * and the report reasons they wrote; tickets assigned to them are unassigned, and the reports they
 * had joined count their remaining reporters (an open one nobody reports any more goes).
 * Decisions about them stay, by id only. Idempotent.
 */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.ticket.deleteMany({ where: { authorId: userId } });
    await tx.ticketResponse.deleteMany({ where: { authorId: userId } });
    await tx.ticket.updateMany({ where: { assigneeId: userId }, data: { assigneeId: null } });
    const joined = await tx.reportReporter.findMany({ where: { reporterId: userId }, select: { reportId: true } });
    if (!joined.length) return;
    const reportIds = joined.map((r) => r.reportId);
    await tx.reportReporter.deleteMany({ where: { reporterId: userId } });
    await tx.$executeRaw`UPDATE reports r SET reporter_count = (SELECT count(*) FROM report_reporters x WHERE x.report_id = r.id) WHERE r.id = ANY(${reportIds}::uuid[])`;
    await tx.report.deleteMany({ where: { id: { in: reportIds }, status: 'OPEN', reporterCount: 0 } });
  });
}
