import { randomInt } from 'node:crypto';
import { badInput, conflict, Decimal, forbidden, notFound } from '@worldgraph/kit';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { recordOperation } from './ledger.ts';
import type { PlatformVariables } from './variables.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE = /^[A-Z0-9]{4,16}$/;

/**
 * Referrals (the seed's `referrals`): every user has a code; a new user claims someone's code once;
 * the referrer earns a reward when the referred user first pays (a paid top-up or a purchase), once.
 * Abuse limits: no self-referral, no mutual referral, only before the user's first payment, at most referral.maxPerReferrer referred users per referrer and
 * referral.maxPerAddress claims from one network address, one claim per user, for ever.
 */
export class Referrals {
  constructor(
    private readonly db: PrismaClient,
    private readonly variables: PlatformVariables,
  ) {}

  /** The user's code, made on first use. */
  async codeOf(userId: string): Promise<string> {
    const existing = await this.db.referralCode.findUnique({ where: { userId } });
    if (existing) return existing.code;
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
      try {
        return (await this.db.referralCode.create({ data: { userId, code } })).code;
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
        const raced = await this.db.referralCode.findUnique({ where: { userId } });
        if (raced) return raced.code;
      }
    }
    throw new Error('could not allocate a referral code');
  }

  /** Records that `userId` was referred by the owner of `code`. */
  async claim(userId: string, rawCode: string, address: string) {
    const code = rawCode.trim().toUpperCase();
    if (!CODE.test(code)) throw badInput('Invalid referral code', { field: 'code' });
    const owner = await this.db.referralCode.findUnique({ where: { code } });
    if (!owner) throw notFound('Referral code');
    if (owner.userId === userId) throw forbidden('You cannot refer yourself');
    const [perReferrer, perAddress] = await Promise.all([this.variables.value('referral.maxPerReferrer'), this.variables.value('referral.maxPerAddress')]);
    try {
      return await this.db.$transaction(async (tx) => {
        // One referrer's claims one after another: the cap holds under concurrent claims.
        await tx.$queryRaw`SELECT user_id FROM referral_codes WHERE user_id = ${owner.userId}::uuid FOR UPDATE`;
        const existing = await tx.referral.findUnique({ where: { referredId: userId } });
        if (existing) throw conflict('You already used a referral code');
        // Codes bring in new users: someone who already paid cannot be "referred" to earn a reward.
        const [paid] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ledger_entries WHERE user_id = ${userId}::uuid AND kind IN ('top_up', 'debit', 'transfer_out')`;
        if (paid!.n > 0) throw forbidden('Referral codes are for new users, before their first payment');
        // A referrer who was referred by this user cannot close the loop.
        const reverse = await tx.referral.findUnique({ where: { referredId: owner.userId } });
        if (reverse?.referrerId === userId) throw forbidden('Two users cannot refer each other');
        if ((await tx.referral.count({ where: { referrerId: owner.userId } })) >= Number(perReferrer)) throw forbidden('This referral code has reached its limit');
        if ((await tx.referral.count({ where: { address } })) >= Number(perAddress)) throw forbidden('Too many referred sign-ups from your network address');
        return await tx.referral.create({ data: { referredId: userId, referrerId: owner.userId, address: address.slice(0, 64) } });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw conflict('You already used a referral code');
      throw error;
    }
  }

  /** Who `userId` referred, newest first. */
  referred(userId: string) {
    return this.db.referral.findMany({ where: { referrerId: userId }, orderBy: { createdAt: 'desc' }, take: 200 });
  }

  referralOf(userId: string) {
    return this.db.referral.findUnique({ where: { referredId: userId } });
  }

  /**
   * Inside the transaction of a user's payment: pays their referrer's reward if this is the first
   * qualifying one. The referral row is locked and marked, and the reward's ledger operation is
   * unique per referred user, so it is paid once.
   */
  async rewardFirstPurchase(tx: Prisma.TransactionClient, userId: string, { priceIrr }: { priceIrr?: bigint }) {
    const [row] = await tx.$queryRaw<{ referrer_id: string; rewarded: boolean }[]>`
      SELECT referrer_id::text, rewarded_at IS NOT NULL AS rewarded FROM referrals WHERE referred_id = ${userId}::uuid FOR UPDATE`;
    if (!row || row.rewarded) return;
    const [asset, amount, minIrr] = await Promise.all([this.variables.value('referral.rewardAsset'), this.variables.decimal('referral.rewardAmount'), this.variables.value('referral.minTopUpIrr')]);
    if (amount.isZero()) return;
    if (priceIrr !== undefined && priceIrr < BigInt(minIrr)) return;
    const { operation } = await recordOperation(tx, { actor: 'referral', idempotencyKey: `referral:${userId}`, command: 'referral_reward', requestHash: '0'.repeat(64) }, [
      { userId: row.referrer_id, asset, amount: new Decimal(amount), kind: 'referral_reward', counterpartyId: userId, reference: `referral:${userId}`, memo: 'Referral reward' },
    ]);
    await tx.referral.update({ where: { referredId: userId }, data: { rewardAsset: asset, rewardAmount: amount.toFixed(), rewardedAt: new Date(), rewardOperationId: operation.id } });
  }
}
