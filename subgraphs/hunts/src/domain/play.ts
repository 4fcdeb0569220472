import { randomUUID } from 'node:crypto';
import { AppError, badInput, isUserId, notFound, type Logger, type WalletClient } from '@worldgraph/kit';
import { Prisma, type Hunt, type Participation, type PrismaClient } from '../generated/prisma/client.ts';
import type { ClueGraphStore, ClueNode } from './clue-graph.ts';
import { distanceMeters, isValidLatLng } from './geo.ts';
import type { Hunts } from './hunts.ts';
import { rankPlayers, type Standing } from './leaderboard.ts';
import type { Faults } from './faults.ts';
import { emit } from './outbox.ts';

export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

/** A discovery as shown to its player: the clue's riddle, where they stood, when. */
export interface DiscoveryView {
  clue: ClueNode;
  lat: number;
  lng: number;
  discoveredAt: Date;
  distanceM: number;
}

/** Largest GPS accuracy accepted, in metres. */
const MAX_ACCURACY_M = 1000;

/**
 * Playing hunts: joining, discovering clues (path, radius and travel-speed checks), finishing,
 * and paying the first finisher from escrow (wallet internalCredit, one key per hunt).
 */
export class Play {
  constructor(
    private readonly db: PrismaClient,
    private readonly clues: ClueGraphStore,
    private readonly hunts: Hunts,
    private readonly wallet: WalletClient,
    private readonly logger: Logger,
    private readonly maxSpeedMps: number,
    private readonly faults?: Faults,
  ) {}

  /** A published hunt between its start and end. */
  private async requireOpen(huntId: string): Promise<Hunt> {
    const hunt = await this.hunts.require(huntId);
    if (hunt.status !== 'published') throw new AppError('CONFLICT', hunt.status === 'closed' ? 'This hunt is closed' : 'This hunt is not published', { reason: 'HUNT_NOT_OPEN' });
    const now = new Date();
    if (now < hunt.startsAt) throw new AppError('CONFLICT', 'This hunt has not started yet', { reason: 'HUNT_NOT_STARTED' });
    if (now > hunt.endsAt) throw new AppError('CONFLICT', 'This hunt is over', { reason: 'HUNT_OVER' });
    return hunt;
  }

  async join(userId: string, huntId: string): Promise<Participation> {
    await this.requireOpen(huntId);
    const existing = await this.db.participation.findUnique({ where: { huntId_userId: { huntId, userId } } });
    if (existing) return existing;
    try {
      return await this.db.$transaction(async (tx) => {
        const p = await tx.participation.create({ data: { id: randomUUID(), huntId, userId } });
        await emit(tx, { type: 'ParticipantJoined', huntId, participationId: p.id, userId });
        return p;
      });
    } catch (error) {
      // A concurrent join of the same player won the unique index: theirs is ours.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        return this.db.participation.findUniqueOrThrow({ where: { huntId_userId: { huntId, userId } } });
      }
      throw error;
    }
  }

  /**
   * Claims a clue. Refusals: NOT_FOUND (no such clue), BAD_USER_INPUT with reason CLUE_NOT_NEXT or
   * OUT_OF_RADIUS, FORBIDDEN with reason IMPOSSIBLE_TRAVEL (recorded in suspicious_moves), CONFLICT
   * when the hunt is not open. A clue already found returns the participation, finishing a
   * reward payment left pending, so retrying the final call pays exactly once.
   */
  async discover(userId: string, huntId: string, clueId: string, position: Position, requestId?: string): Promise<Participation> {
    if (!isValidLatLng(position)) throw badInput('A position needs a latitude in [-90, 90] and a longitude in [-180, 180]', { field: 'position' });
    if (!(position.accuracy >= 0 && position.accuracy <= MAX_ACCURACY_M)) throw badInput(`Accuracy must be 0-${MAX_ACCURACY_M} m`, { field: 'position.accuracy' });
    const hunt = await this.hunts.require(huntId);
    const participation = await this.db.participation.findUnique({ where: { huntId_userId: { huntId, userId } }, include: { discoveries: true } });
    if (participation?.discoveries.some((d) => d.clueId === clueId)) {
      await this.payIfWinner(hunt.id, userId, requestId);
      return participation;
    }
    await this.requireOpen(huntId);
    if (!participation) throw new AppError('FORBIDDEN', 'Join the hunt first', { reason: 'NOT_JOINED' });
    if (participation.status === 'finished') throw new AppError('CONFLICT', 'You have already finished this hunt', { reason: 'ALREADY_FINISHED' });

    const [clue] = isUserId(clueId) ? await this.clues.clues(huntId, [clueId]) : [];
    if (!clue) throw notFound('Clue');
    const found = participation.discoveries.map((d) => d.clueId);
    const next = await this.clues.next(huntId, found);
    if (!next.some((c) => c.id === clueId)) {
      throw new AppError('BAD_USER_INPUT', 'This clue is not next on a path from the clues you found', { reason: 'CLUE_NOT_NEXT' });
    }
    const distance = distanceMeters(position, clue);
    // A fix's uncertainty counts, but never more than the clue's own radius.
    if (distance > clue.radiusM + Math.min(position.accuracy, clue.radiusM)) {
      throw new AppError('BAD_USER_INPUT', 'You are not close enough to this clue', { reason: 'OUT_OF_RADIUS', distanceMeters: Math.round(distance) });
    }
    await this.checkTravel(participation.id, clueId, position, participation.discoveries);
    return this.record(hunt, participation, clue, position, distance, requestId);
  }

  /** Refuses (and records) a move from the last discovery faster than the set speed. */
  private async checkTravel(participationId: string, clueId: string, position: Position, discoveries: { lat: number; lng: number; accuracyM: number; discoveredAt: Date }[]) {
    const last = discoveries.reduce<(typeof discoveries)[number] | undefined>((a, d) => (!a || d.discoveredAt > a.discoveredAt ? d : a), undefined);
    if (!last) return;
    const moved = Math.max(0, distanceMeters(last, position) - last.accuracyM - position.accuracy);
    // At least one second: two fixes in the same instant are not infinitely fast.
    const seconds = Math.max(1, (Date.now() - last.discoveredAt.getTime()) / 1000);
    const speed = moved / seconds;
    if (speed <= this.maxSpeedMps) return;
    await this.db.suspiciousMove.create({ data: { participationId, clueId, lat: position.lat, lng: position.lng, distanceM: moved, seconds, speedMps: speed } });
    this.logger.warn({ participationId, clueId, speedMps: Math.round(speed) }, 'impossible travel refused');
    throw new AppError('FORBIDDEN', 'Impossible travel: you moved faster than a player can since your last clue', { reason: 'IMPOSSIBLE_TRAVEL' });
  }

  private async record(hunt: Hunt, participation: Participation, clue: ClueNode, position: Position, distance: number, requestId?: string): Promise<Participation> {
    const { id: huntId } = hunt;
    const userId = participation.userId;
    try {
      await this.db.$transaction(async (tx) => {
        await tx.discovery.create({
          data: { participationId: participation.id, clueId: clue.id, lat: position.lat, lng: position.lng, accuracyM: position.accuracy, distanceM: distance },
        });
        const updated = await tx.participation.update({
          where: { id: participation.id, status: 'playing' },
          data: { cluesFound: { increment: 1 }, ...(clue.treasure ? { status: 'finished', finishedAt: new Date() } : {}) },
        });
        await emit(tx, { type: 'ClueDiscovered', huntId, participationId: participation.id, userId, clueId: clue.id, cluesFound: updated.cluesFound });
        if (clue.treasure) {
          // The first finisher of a still-published hunt wins the reward.
          const won = await tx.hunt.updateMany({ where: { id: huntId, status: 'published', winnerId: null }, data: { winnerId: userId } });
          await emit(tx, { type: 'HuntFinished', huntId, participationId: participation.id, userId, clueId: clue.id, winner: won.count > 0 });
        }
      });
    } catch (error) {
      // The same discovery raced in concurrently (a retried call): the first one stands.
      const raced = error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || error.code === 'P2025');
      if (!raced) throw error;
    }
    await this.payIfWinner(huntId, userId, requestId);
    return this.db.participation.findUniqueOrThrow({ where: { id: participation.id } });
  }

  /**
   * Pays the reward from escrow to the winner, once: the wallet's idempotency key is the hunt's,
   * so every retry (or a concurrent one) credits at most once. A failed payment stays pending and
   * is paid by the next retry of the final discovery, or by the background job.
   */
  private async payIfWinner(huntId: string, userId: string, requestId?: string): Promise<boolean> {
    const hunt = await this.db.hunt.findUniqueOrThrow({ where: { id: huntId } });
    if (hunt.winnerId !== userId || hunt.rewardPaidAt) return false;
    const amount = hunt.rewardAmount.toFixed();
    try {
      this.faults?.maybeFail('reward', huntId);
      // A hunt without a reward (the demo hunt) has nothing to pay; it is marked paid at once.
      if (!hunt.rewardAmount.isZero()) await this.wallet.credit(
        { userId, asset: hunt.rewardAsset, amount, reference: `hunt:${huntId}`, idempotencyKey: `hunt:${huntId}:reward`, memo: `Reward of hunt "${hunt.title}"` },
        requestId,
      );
    } catch (error) {
      this.logger.error({ err: error, huntId }, 'reward payment failed; it stays pending until the final discovery is retried');
      return false;
    }
    return this.db.$transaction(async (tx) => {
      const marked = await tx.hunt.updateMany({ where: { id: huntId, rewardPaidAt: null }, data: { rewardPaidAt: new Date() } });
      if (marked.count) await emit(tx, { type: 'RewardPaid', huntId, userId, asset: hunt.rewardAsset, amount });
      return marked.count > 0;
    });
  }

  /** Pays rewards left unpaid (the wallet was down at the final discovery); returns how many were paid. */
  async resumePayments(): Promise<number> {
    const pending = await this.db.hunt.findMany({ where: { winnerId: { not: null }, rewardPaidAt: null }, select: { id: true, winnerId: true }, take: 100 });
    let paid = 0;
    for (const h of pending) if (await this.payIfWinner(h.id, h.winnerId!)) paid++;
    return paid;
  }

  /** The clues a player may look for now: riddles only. */
  async nextClues(p: Participation): Promise<ClueNode[]> {
    if (p.status === 'finished') return [];
    const found = await this.db.discovery.findMany({ where: { participationId: p.id }, select: { clueId: true } });
    return this.clues.next(p.huntId, found.map((d) => d.clueId));
  }

  async leaderboard(huntId: string, first: number): Promise<Standing[]> {
    const players = await this.db.participation.findMany({ where: { huntId }, select: { userId: true, joinedAt: true, finishedAt: true, cluesFound: true } });
    return rankPlayers(players).slice(0, Math.min(Math.max(first, 1), 100));
  }

  ofUser(userId: string): Promise<Participation[]> {
    return this.db.participation.findMany({ where: { userId }, orderBy: { joinedAt: 'desc' } });
  }

  participants(huntId: string): Promise<Participation[]> {
    return this.db.participation.findMany({ where: { huntId }, orderBy: { joinedAt: 'asc' } });
  }

  async discoveries(p: Participation): Promise<DiscoveryView[]> {
    const rows = await this.db.discovery.findMany({ where: { participationId: p.id }, orderBy: { discoveredAt: 'asc' } });
    if (!rows.length) return [];
    const clues = new Map((await this.clues.clues(p.huntId, rows.map((r) => r.clueId))).map((c) => [c.id, c]));
    return rows.filter((r) => clues.has(r.clueId)).map((r) => ({ clue: clues.get(r.clueId)!, lat: r.lat, lng: r.lng, discoveredAt: r.discoveredAt, distanceM: r.distanceM }));
  }
}
