import { createHash, randomBytes } from 'node:crypto';
import { badInput, type KeyValueStore, type Logger } from '@worldgraph/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Accounts } from './accounts.ts';
import type { Mailer } from '@worldgraph/kit/mail';
import { assertPasswordPolicy, hashPassword } from './passwords.ts';
import { emailSchema, parseInput } from './validation.ts';

export interface EmailTokenSettings {
  /** Where the links in the emails point: `${webUrl}/#/verify-email/<token>`, `${webUrl}/#/reset-password/<token>` (the web client's pages). */
  webUrl: string;
  verifyTtlSeconds: number;
  resetTtlSeconds: number;
  /** Emails of one kind to one address per hour; more are silently not sent. */
  perAddressPerHour: number;
}

type Purpose = 'verify' | 'reset';
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenError = (reason: 'INVALID_TOKEN' | 'TOKEN_USED' | 'TOKEN_EXPIRED') =>
  badInput(
    { INVALID_TOKEN: 'This link is not valid', TOKEN_USED: 'This link was already used', TOKEN_EXPIRED: 'This link has expired; ask for a new one' }[reason],
    { field: 'token', reason },
  );

/**
 * Email verification and password reset by single-use, expiring tokens sent by email. Only a
 * token's sha256 is stored. The requests answer the same whether or not the address belongs to
 * an account (the email goes out in the background), so they reveal nothing.
 */
export class EmailTokens {
  constructor(
    private readonly db: PrismaClient,
    private readonly kv: KeyValueStore,
    private readonly mailer: Mailer,
    private readonly accounts: Accounts,
    private readonly settings: EmailTokenSettings,
    private readonly logger: Logger,
  ) {}

  /** Sends the signed-in user a link confirming their current email address. */
  async requestVerification(userId: string): Promise<void> {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user || user.erasedAt || user.emailVerifiedAt) return;
    this.background(() => this.sendVerification(user.id, user.email));
  }

  /** Sends the verification link (registration calls it too). */
  async sendVerification(userId: string, email: string): Promise<void> {
    if (!(await this.underLimit('verify', email))) return;
    const token = await this.issue(userId, 'verify', this.settings.verifyTtlSeconds, email);
    await this.mailer.send({
      to: email,
      subject: 'Confirm your email address',
      text: `Confirm this address for your Worldgraph account:\n\n${this.settings.webUrl}/#/verify-email/${token}\n\nThe link works once, for ${Math.round(this.settings.verifyTtlSeconds / 3600)} hours.\n`,
    });
  }

  /** Confirms the address the token was sent to (if the account still has it). */
  async verify(token: string): Promise<boolean> {
    const row = await this.consume(token, 'verify');
    await this.db.user.updateMany({ where: { id: row.userId, email: row.email ?? undefined, erasedAt: null }, data: { emailVerifiedAt: new Date() } });
    return true;
  }

  /** Sends a reset link if `email` belongs to an account; answers the same either way. */
  async requestReset(rawEmail: string): Promise<void> {
    const email = parseInput(emailSchema, rawEmail.trim(), 'email');
    this.background(async () => {
      const user = await this.db.user.findUnique({ where: { emailKey: email.toLowerCase() } });
      if (!user || user.erasedAt || !(await this.underLimit('reset', email))) return;
      const token = await this.issue(user.id, 'reset', this.settings.resetTtlSeconds);
      await this.mailer.send({
        to: user.email,
        subject: 'Reset your password',
        text: `Someone asked to reset the password of your Worldgraph account (${user.username}).\n\nChoose a new one here:\n\n${this.settings.webUrl}/#/reset-password/${token}\n\nThe link works once, for ${Math.round(this.settings.resetTtlSeconds / 60)} minutes. If it was not you, ignore this email.\n`,
      });
    });
  }

  /** Sets a new password with a reset token and ends every session of the account. */
  async reset(token: string, password: string): Promise<boolean> {
    const row = await this.valid(token, 'reset');
    const user = await this.db.user.findUniqueOrThrow({ where: { id: row.userId } });
    // The password is checked before the token is spent: a refused password changes nothing.
    assertPasswordPolicy(password, user.username);
    const passwordHash = await hashPassword(password);
    await this.db.$transaction(async (tx) => {
      const spent = await tx.accountToken.updateMany({ where: { tokenHash: row.tokenHash, usedAt: null }, data: { usedAt: new Date() } });
      if (spent.count !== 1) throw tokenError('TOKEN_USED');
      // Any other reset link of the account dies with this one.
      await tx.accountToken.updateMany({ where: { userId: user.id, purpose: 'reset', usedAt: null }, data: { usedAt: new Date() } });
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    });
    await this.accounts.endAllSessions(user.id);
    return true;
  }

  private async issue(userId: string, purpose: Purpose, ttlSeconds: number, email?: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.accountToken.create({
      data: { tokenHash: hashToken(token), userId, purpose, email, expiresAt: new Date(Date.now() + ttlSeconds * 1000) },
    });
    return token;
  }

  /** The token's row if it is usable; otherwise the reason, as BAD_USER_INPUT. */
  private async valid(token: string, purpose: Purpose) {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) throw tokenError('INVALID_TOKEN');
    const row = await this.db.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!row || row.purpose !== purpose) throw tokenError('INVALID_TOKEN');
    if (row.usedAt) throw tokenError('TOKEN_USED');
    if (row.expiresAt <= new Date()) throw tokenError('TOKEN_EXPIRED');
    return row;
  }

  /** Spends a token: of two concurrent uses, one wins. */
  private async consume(token: string, purpose: Purpose) {
    const row = await this.valid(token, purpose);
    const spent = await this.db.accountToken.updateMany({ where: { tokenHash: row.tokenHash, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw tokenError('TOKEN_USED');
    return row;
  }

  private async underLimit(purpose: Purpose, email: string): Promise<boolean> {
    const count = await this.kv.increment(`mail:${purpose}:${email.toLowerCase()}`, 3600);
    return count <= this.settings.perAddressPerHour;
  }

  private background(task: () => Promise<void>): void {
    task().catch((err) => this.logger.error({ err }, 'account email not sent'));
  }
}

