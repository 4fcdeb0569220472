import type { PrismaClient } from '../generated/prisma/client.ts';

/** Where a request comes from, recorded on the session it opens and on each sign-in. */
export interface ClientInfo {
  address: string;
  userAgent?: string;
}

/** What became of a sign-in attempt. */
export type SignInOutcome = 'success' | 'wrong_password' | 'unknown_login' | 'two_factor_required' | 'two_factor_success' | 'two_factor_failed' | 'provider_refused';

/**
 * The append-only record of sign-in attempts (Lootopia's immutable authentication records): one
 * row per attempt, which the database refuses to update or delete (a trigger). An unknown login
 * is recorded without what was typed, so the table holds no personal data beyond an id, an
 * address and a user agent.
 */
export class SignInRecords {
  constructor(private readonly db: PrismaClient) {}

  /** Records an attempt; `provider` is the OpenID provider it went through (none for a password). */
  async record(userId: string | null, client: ClientInfo, outcome: SignInOutcome, provider?: string): Promise<void> {
    await this.db.signInRecord.create({
      data: { userId, address: client.address.slice(0, 64), userAgent: client.userAgent?.slice(0, 512), outcome, provider },
    });
  }

  /** A user's latest attempts, newest first. */
  latest(userId: string, first = 20) {
    return this.db.signInRecord.findMany({ where: { userId }, orderBy: { id: 'desc' }, take: Math.min(Math.max(first, 1), 100) });
  }
}
