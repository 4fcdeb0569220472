import { randomUUID } from 'node:crypto';
import { AppError, badInput, conflict, notFound, type Decimal, type Logger, type WalletClient } from '@worldgraph/kit';
import { Prisma, type ActivityRule, type Answer, type ChallengeRound, type Prize, type PrismaClient, type Question } from '../generated/prisma/client.ts';
import type { ChoiceIds } from './choices.ts';
import { emit } from './outbox.ts';

const ROUND_CACHE_MS = 1_000;
const RULE_CACHE_MS = 5_000;
/** The activity a right answer scores (the rule table scores it from ChallengeAnswered events). */
export const CHALLENGE_ACTIVITY = 'challenge_correct';

export type RoundStatus = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'CANCELLED';

/** A round's status at `now` (open from opensAt included to closesAt excluded). */
export function statusOf(round: Pick<ChallengeRound, 'opensAt' | 'closesAt' | 'cancelledAt'>, now: Date): RoundStatus {
  if (round.cancelledAt) return 'CANCELLED';
  if (now < round.opensAt) return 'UPCOMING';
  return now < round.closesAt ? 'OPEN' : 'CLOSED';
}

/** An answer as ChallengeAnswer shows it. */
export type AnswerView = Answer & { prize: Prize | null; points: number };

interface Recorded {
  answer_id: string;
  rank: number | null;
  prize_id: string | null;
}

/**
 * Records one answer in one statement (its own transaction): the answer, its ChallengeAnswered
 * event and, for a right answer while the pool lasts, the round's next rank, the prize and its
 * PrizeAwarded event. Raising the round's winner counter takes the round row's lock, so never
 * more than winnerLimit win; one statement holds it only until its commit. A second answer of the
 * same user fails on the unique (round, user) key and changes nothing.
 */
async function recordAnswer(db: PrismaClient, a: { id: string; roundId: string; userId: string; choiceIndex: number; correct: boolean; at: Date; pool: boolean }): Promise<Recorded> {
  const prizeId = randomUUID();
  const [row] = await db.$queryRaw<Recorded[]>`
    WITH won AS (
      UPDATE challenge_rounds SET winners = winners + 1
      WHERE id = ${a.roundId} AND ${a.correct && a.pool}::boolean AND winners < winner_limit
      RETURNING winners, prize_asset, prize_amount
    ), answer AS (
      INSERT INTO answers (id, round_id, user_id, choice_index, correct, rank, answered_at)
      VALUES (${a.id}, ${a.roundId}, ${a.userId}::uuid, ${a.choiceIndex}, ${a.correct}::boolean, (SELECT winners FROM won), ${a.at}::timestamptz)
      RETURNING id, rank
    ), prize AS (
      INSERT INTO prizes (id, answer_id, round_id, user_id, rank, asset, amount)
      SELECT ${prizeId}, answer.id, ${a.roundId}, ${a.userId}::uuid, won.winners, won.prize_asset, won.prize_amount FROM won, answer
      RETURNING id, rank, asset, amount
    ), events AS (
      INSERT INTO outbox_events (type, aggregate_id, payload)
      SELECT 'ChallengeAnswered', ${a.roundId}, jsonb_build_object('type', 'ChallengeAnswered', 'roundId', ${a.roundId}::text, 'userId', ${a.userId}::text,
             'correct', ${a.correct}::boolean, 'rank', answer.rank, 'answeredAt', ${a.at.toISOString()}::text) FROM answer
      UNION ALL
      SELECT 'PrizeAwarded', ${a.roundId}, jsonb_build_object('type', 'PrizeAwarded', 'prizeId', prize.id, 'roundId', ${a.roundId}::text, 'userId', ${a.userId}::text,
             'rank', prize.rank, 'asset', prize.asset, 'amount', trim_scale(prize.amount)::text) FROM prize
    )
    SELECT answer.id AS answer_id, answer.rank, (SELECT id FROM prize) AS prize_id FROM answer`;
  return row!;
}

/** Whether a database error is a unique-key violation, however the driver adapter reports it. */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return true;
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  return /23505|UniqueConstraintViolation|unique constraint/i.test(text);
}

const refused = (reason: string, message: string) => new AppError('CONFLICT', message, { reason });

/** Test hook: the first `n` prize payments "lose" the wallet's answer after it credited (see PROGRESSION_FAIL_PRIZE_PAYMENTS). */
export class PaymentFaults {
  constructor(private remaining: number) {}
  afterCredit(prizeId: string): void {
    if (this.remaining > 0) {
      this.remaining--;
      throw new Error(`injected fault: the wallet's answer for prize ${prizeId} was lost`);
    }
  }
}

/**
 * Timed challenge rounds: the schedule, each round's question (choices per user), answers judged
 * by the server's time of receipt, and prize pools whose first `winnerLimit` right answers win:
 * the round row's counter is raised under its row lock, so never more than the limit win.
 */
export class Challenges {
  private readonly rounds = new Map<string, { at: number; round: Promise<(ChallengeRound & { question: Question }) | null> }>();
  private rule?: { at: number; rule: Promise<ActivityRule | null> };

  constructor(
    private readonly db: PrismaClient,
    private readonly wallet: WalletClient,
    private readonly choices: ChoiceIds,
    private readonly logger: Logger,
    private readonly faults?: PaymentFaults,
  ) {}

  async timings(upcomingFirst: number, now = new Date()) {
    const [open, upcoming] = await Promise.all([
      this.db.challengeRound.findMany({ where: { cancelledAt: null, opensAt: { lte: now }, closesAt: { gt: now } }, orderBy: { closesAt: 'asc' }, take: 50 }),
      this.db.challengeRound.findMany({ where: { cancelledAt: null, opensAt: { gt: now } }, orderBy: { opensAt: 'asc' }, take: Math.min(Math.max(upcomingFirst, 1), 50) }),
    ]);
    return { now, open, upcoming };
  }

  /**
   * A round with its question; NOT_FOUND for unknown and cancelled ones. Kept a second in memory:
   * at a round's close every player asks for it at once (times and question never change; a
   * cancellation takes at most a second to be seen).
   */
  private async roundOf(roundId: string): Promise<ChallengeRound & { question: Question }> {
    let cached = this.rounds.get(roundId);
    if (!cached || Date.now() - cached.at > ROUND_CACHE_MS) {
      if (this.rounds.size > 1000) this.rounds.clear();
      const round = roundId.length <= 64 ? this.db.challengeRound.findUnique({ where: { id: roundId }, include: { question: true } }) : Promise.resolve(null);
      this.rounds.set(roundId, (cached = { at: Date.now(), round }));
      round.catch(() => this.rounds.delete(roundId));
    }
    const round = await cached.round;
    if (!round || round.cancelledAt) throw notFound('Challenge round');
    return round;
  }

  /** What an answer scores: challenge_correct's points when right (scored from its ChallengeAnswered event). */
  private async pointsFor(correct: boolean): Promise<number> {
    const rule = correct ? await this.challengeRule() : null;
    return rule?.active ? rule.points : 0;
  }

  /** The challenge_correct rule, kept a few seconds like the level table. */
  private challengeRule(): Promise<ActivityRule | null> {
    if (!this.rule || Date.now() - this.rule.at > RULE_CACHE_MS) {
      const rule = this.db.activityRule.findUnique({ where: { activity: CHALLENGE_ACTIVITY } });
      this.rule = { at: Date.now(), rule };
      rule.catch(() => (this.rule = undefined));
    }
    return this.rule.rule;
  }

  private assertOpen(round: ChallengeRound, at: Date): void {
    const status = statusOf(round, at);
    if (status === 'UPCOMING') throw refused('ROUND_NOT_OPEN', `The round opens at ${round.opensAt.toISOString()}`);
    if (status === 'CLOSED') throw refused('ROUND_CLOSED', `The round closed at ${round.closesAt.toISOString()}`);
  }

  /** The round's question for one user: their order and ids of the choices, never the answer. */
  async question(roundId: string, userId: string) {
    const round = await this.roundOf(roundId);
    this.assertOpen(round, new Date());
    const { choices } = round.question;
    const order = this.choices.order(round.id, userId, choices.length);
    return { round, text: round.question.text, choices: order.map((i) => ({ id: this.choices.id(round.id, userId, i), text: choices[i]! })) };
  }

  /**
   * Records a user's one answer in a round, judged by `receivedAt` (the server's time of receipt).
   * A right answer scores challenge_correct and, while the pool lasts, wins a prize paid at once
   * (or by the sweeper when the wallet fails).
   */
  async submit(roundId: string, userId: string, choiceId: string, receivedAt: Date, requestId?: string): Promise<AnswerView> {
    const round = await this.roundOf(roundId);
    this.assertOpen(round, receivedAt);
    const index = this.choices.indexOf(round.id, userId, round.question.choices.length, choiceId);
    if (index < 0) throw new AppError('BAD_USER_INPUT', 'This choice is not one of this round’s question', { reason: 'WRONG_ROUND', field: 'choiceId' });
    const correct = index === round.question.correctIndex;
    const pool = round.winnerLimit > 0 && !!round.prizeAsset && !!round.prizeAmount;
    let recorded: Recorded;
    try {
      recorded = await recordAnswer(this.db, { id: randomUUID(), roundId, userId, choiceIndex: index, correct, at: receivedAt, pool });
    } catch (error) {
      if (isUniqueViolation(error)) throw refused('ALREADY_ANSWERED', 'You already answered this round');
      throw error;
    }
    const view: AnswerView = {
      id: recorded.answer_id,
      roundId,
      userId,
      choiceIndex: index,
      correct,
      rank: recorded.rank,
      answeredAt: receivedAt,
      prize: recorded.prize_id ? await this.db.prize.findUnique({ where: { id: recorded.prize_id } }) : null,
      points: await this.pointsFor(correct),
    };
    if (view.prize) view.prize = (await this.payPrize(view.prize.id, requestId)) ?? view.prize;
    return view;
  }

  /** The user's answer in a round, with its points and prize; null before answering. */
  async answerOf(roundId: string, userId: string): Promise<AnswerView | null> {
    const answer = await this.db.answer.findUnique({ where: { roundId_userId: { roundId, userId } }, include: { prize: true } });
    if (!answer) return null;
    return { ...answer, points: await this.pointsFor(answer.correct) };
  }

  /**
   * Pays a prize once: the wallet's idempotency key is the prize's, so a retry (inline, the
   * sweeper, or both at once) credits at most once. A failure leaves it unpaid for the sweeper.
   * Prizes come from the platform: an internal credit to the winner.
   */
  async payPrize(prizeId: string, requestId?: string): Promise<Prize | null> {
    const prize = await this.db.prize.findUnique({ where: { id: prizeId } });
    if (!prize || prize.paidAt) return prize;
    try {
      await this.wallet.credit(
        { userId: prize.userId, asset: prize.asset, amount: prize.amount.toFixed(), reference: `challenge:${prize.roundId}`, idempotencyKey: `progression:prize:${prize.id}`, memo: `Challenge prize, place ${prize.rank}` },
        requestId,
      );
      this.faults?.afterCredit(prize.id);
    } catch (error) {
      this.logger.error({ err: error, prizeId }, 'prize payment failed; the sweeper pays it later');
      await this.db.prize.update({ where: { id: prizeId }, data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) } });
      return prize;
    }
    return this.db.$transaction(async (tx) => {
      const marked = await tx.prize.updateMany({ where: { id: prizeId, paidAt: null }, data: { paidAt: new Date(), attempts: { increment: 1 } } });
      const paid = await tx.prize.findUniqueOrThrow({ where: { id: prizeId } });
      if (marked.count) await emit(tx, paid.roundId, { type: 'PrizePaid', prizeId, roundId: paid.roundId, userId: paid.userId, rank: paid.rank, asset: paid.asset, amount: paid.amount.toFixed() });
      return paid;
    });
  }

  /** Pays prizes left unpaid (oldest first, up to 100 a run); returns how many it paid. */
  async sweep(): Promise<number> {
    const pending = await this.db.prize.findMany({ where: { paidAt: null }, orderBy: { createdAt: 'asc' }, take: 100, select: { id: true } });
    let paid = 0;
    for (const p of pending) if ((await this.payPrize(p.id))?.paidAt) paid++;
    return paid;
  }

  prizesOf(userId: string, first: number): Promise<Prize[]> {
    return this.db.prize.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: Math.min(Math.max(first, 1), 100) });
  }

  // --- admin -------------------------------------------------------------------------------

  async createQuestion(input: { text: string; choices: string[]; correctIndex: number }): Promise<Question> {
    const text = input.text.trim();
    if (!text || text.length > 500) throw badInput('text must be 1-500 characters', { field: 'text' });
    const choices = input.choices.map((c) => c.trim());
    if (choices.length < 2 || choices.length > 8) throw badInput('A question has 2-8 choices', { field: 'choices' });
    if (choices.some((c) => !c || c.length > 200)) throw badInput('Each choice is 1-200 characters', { field: 'choices' });
    if (new Set(choices).size !== choices.length) throw badInput('Choices must differ', { field: 'choices' });
    if (!Number.isInteger(input.correctIndex) || input.correctIndex < 0 || input.correctIndex >= choices.length) throw badInput('correctIndex must name one of the choices', { field: 'correctIndex' });
    return this.db.question.create({ data: { id: randomUUID(), text, choices, correctIndex: input.correctIndex } });
  }

  async scheduleRound(
    input: { questionId: string; opensAt: Date; closesAt: Date; prizePool?: { asset: string; amountEach: Decimal; winnerLimit: number } | null },
    knownAssets: () => Promise<string[]>,
  ): Promise<ChallengeRound> {
    const { opensAt, closesAt, prizePool } = input;
    if (!(opensAt < closesAt)) throw badInput('closesAt must be after opensAt', { field: 'closesAt' });
    if (closesAt <= new Date()) throw badInput('closesAt must be in the future', { field: 'closesAt' });
    if (closesAt.getTime() - opensAt.getTime() > 86_400_000) throw badInput('A round lasts at most a day', { field: 'closesAt' });
    if (prizePool) {
      if (!Number.isInteger(prizePool.winnerLimit) || prizePool.winnerLimit < 1 || prizePool.winnerLimit > 1000) throw badInput('winnerLimit must be 1-1000', { field: 'winnerLimit' });
      if (!prizePool.amountEach.isPositive() || prizePool.amountEach.isZero()) throw badInput('amountEach must be positive', { field: 'amountEach' });
      const assets = await knownAssets();
      if (!assets.includes(prizePool.asset)) throw badInput(`Unknown asset ${prizePool.asset}; known: ${assets.join(', ')}`, { field: 'asset' });
    }
    const question = input.questionId.length <= 64 ? await this.db.question.findUnique({ where: { id: input.questionId } }) : null;
    if (!question) throw notFound('Question');
    return this.db.challengeRound.create({
      data: {
        id: randomUUID(),
        questionId: question.id,
        opensAt,
        closesAt,
        prizeAsset: prizePool?.asset ?? null,
        prizeAmount: prizePool ? prizePool.amountEach.toFixed() : null,
        winnerLimit: prizePool?.winnerLimit ?? 0,
      },
    });
  }

  async cancelRound(id: string): Promise<ChallengeRound> {
    const round = id.length <= 64 ? await this.db.challengeRound.findUnique({ where: { id } }) : null;
    if (!round) throw notFound('Challenge round');
    if (round.cancelledAt) return round;
    const cancelled = await this.db.challengeRound.updateMany({ where: { id, cancelledAt: null, closesAt: { gt: new Date() } }, data: { cancelledAt: new Date() } });
    if (!cancelled.count) throw conflict('The round has closed');
    this.rounds.delete(id);
    return this.db.challengeRound.findUniqueOrThrow({ where: { id } });
  }
}
