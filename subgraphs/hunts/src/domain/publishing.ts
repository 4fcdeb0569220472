import { AppError, badInput, conflict, type Logger, type WalletClient } from '@worldgraph/kit';
import type { Hunt, PrismaClient } from '../generated/prisma/client.ts';
import type { ClueGraphStore } from './clue-graph.ts';
import type { Faults } from './faults.ts';
import { graphProblems } from './graph-rules.ts';
import type { Hunts } from './hunts.ts';
import { emit } from './outbox.ts';

/**
 * Opening and closing hunts, with the reward in escrow. Publishing is a saga: validate the clue
 * graph, claim the draft (status funding), debit the publishing member (wallet internalDebit,
 * keyed by the hunt and the attempt), open it; if it cannot be opened the money goes back.
 * Closing hands an unclaimed reward back (internalCredit, keyed by the hunt).
 */
export class Publishing {
  constructor(
    private readonly db: PrismaClient,
    private readonly clues: ClueGraphStore,
    private readonly hunts: Hunts,
    private readonly wallet: WalletClient,
    private readonly logger: Logger,
    private readonly faults?: Faults,
  ) {}

  /**
   * Validates the graph, then funds and opens the hunt. Safe to retry: a published hunt is
   * returned as is, and a publish cut short (funding) resumes with the same idempotency key.
   */
  async publish(userId: string, huntId: string, requestId?: string): Promise<Hunt> {
    let hunt = await this.hunts.requireManaged(userId, huntId);
    if (hunt.status === 'published') return hunt;
    if (hunt.status === 'closed') throw conflict('This hunt is closed');
    if (hunt.status === 'funding' && hunt.fundedBy !== userId) throw conflict('Another member is publishing this hunt');

    if (hunt.status === 'draft') {
      const problems = graphProblems(await this.clues.graph(huntId), { center: { lat: hunt.centerLat, lng: hunt.centerLng }, radiusM: hunt.radiusM });
      if (problems.length) {
        const [first] = problems;
        throw badInput(first!.message, { clueId: first!.clueId, clueName: first!.clueName, problems });
      }
      // Claim: from here on the graph cannot change, and only this member funds the attempt.
      const claimed = await this.db.hunt.updateMany({ where: { id: huntId, status: 'draft' }, data: { status: 'funding', fundedBy: userId, fundingAttempt: { increment: 1 } } });
      hunt = await this.hunts.require(huntId);
      if (!claimed.count) return this.publish(userId, huntId, requestId);
    }

    const movement = {
      userId,
      asset: hunt.rewardAsset,
      amount: hunt.rewardAmount.toFixed(),
      reference: `hunt:${huntId}`,
      idempotencyKey: `hunt:${huntId}:escrow:${hunt.fundingAttempt}`,
      memo: `Reward escrow for hunt "${hunt.title}"`,
    };
    try {
      await this.wallet.debit(movement, requestId);
      this.faults?.maybeFail('escrow', huntId);
    } catch (error) {
      // A refusal (INSUFFICIENT_FUNDS…) charged nothing: back to draft. Any other failure may have
      // charged: stay funding, so this member's retry replays the same key instead of paying twice.
      if (error instanceof AppError) {
        await this.db.hunt.updateMany({ where: { id: huntId, status: 'funding', fundingAttempt: hunt.fundingAttempt }, data: { status: 'draft', fundedBy: null } });
      }
      throw error;
    }
    try {
      return await this.db.$transaction(async (tx) => {
        const opened = await tx.hunt.update({ where: { id: huntId, status: 'funding' }, data: { status: 'published', fundedAt: new Date() } });
        this.faults?.maybeFail('publish', huntId);
        await emit(tx, { type: 'HuntPublished', huntId, partnerId: hunt.partnerId, fundedBy: userId, asset: hunt.rewardAsset, amount: movement.amount });
        return opened;
      });
    } catch (error) {
      // Could not open it. A concurrent retry of the same publish may have opened it meanwhile:
      // then the escrow stands. Otherwise take the claim back first (so no one opens it with the
      // money gone), then give the money back.
      const reverted = await this.db.hunt.updateMany({ where: { id: huntId, status: 'funding', fundingAttempt: hunt.fundingAttempt }, data: { status: 'draft', fundedBy: null } });
      if (!reverted.count) {
        const now = await this.hunts.require(huntId);
        if (now.status === 'published') return now;
      }
      this.logger.error({ err: error, huntId }, 'publishing failed after the escrow debit; refunding');
      await this.wallet.credit({ ...movement, idempotencyKey: `${movement.idempotencyKey}:refund`, memo: 'Reward escrow returned' }, requestId);
      throw error instanceof AppError ? error : conflict('The hunt could not be published; nothing was charged');
    }
  }

  /** Finishes publishes cut short after their claim (a lost wallet answer, a crash), as their member's retry would. */
  async resumeFunding(): Promise<number> {
    const stuck = await this.db.hunt.findMany({ where: { status: 'funding' }, select: { id: true, fundedBy: true }, take: 100 });
    let opened = 0;
    for (const h of stuck) {
      try {
        if ((await this.publish(h.fundedBy!, h.id)).status === 'published') opened++;
      } catch (err) {
        this.logger.warn({ err, huntId: h.id }, 'resuming a publish failed; will retry');
      }
    }
    return opened;
  }

  /** Members only: closes a hunt; an escrowed reward nobody won goes back to its funder (once). */
  async close(userId: string, huntId: string, requestId?: string): Promise<Hunt> {
    const hunt = await this.hunts.requireManaged(userId, huntId);
    if (hunt.status === 'draft' || hunt.status === 'funding') throw conflict('Only a published hunt can be closed');
    if (hunt.status === 'published') {
      // Once closed, no discovery can make a winner (that update requires published).
      await this.db.$transaction(async (tx) => {
        const closed = await tx.hunt.updateMany({ where: { id: huntId, status: 'published' }, data: { status: 'closed' } });
        if (closed.count) await emit(tx, { type: 'HuntClosed', huntId, partnerId: hunt.partnerId });
      });
    }
    const closed = await this.hunts.require(huntId);
    if (closed.winnerId || !closed.fundedBy || closed.refundedAt) return closed;
    const amount = closed.rewardAmount.toFixed();
    await this.wallet.credit(
      {
        userId: closed.fundedBy,
        asset: closed.rewardAsset,
        amount,
        reference: `hunt:${huntId}`,
        idempotencyKey: `hunt:${huntId}:refund`,
        memo: `Unclaimed reward of hunt "${closed.title}"`,
      },
      requestId,
    );
    await this.db.$transaction(async (tx) => {
      const marked = await tx.hunt.updateMany({ where: { id: huntId, refundedAt: null }, data: { refundedAt: new Date() } });
      if (marked.count) await emit(tx, { type: 'RewardRefunded', huntId, userId: closed.fundedBy!, asset: closed.rewardAsset, amount });
    });
    return this.hunts.require(huntId);
  }

}
