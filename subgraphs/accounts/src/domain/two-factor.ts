import { createHash, randomBytes } from 'node:crypto';
import { AppError, conflict, unauthenticated, type KeyValueStore } from '@worldgraph/kit';
import type { PrismaClient, SmsPurpose, User } from '../generated/prisma/client.ts';
import { normalisePhone, type SmsCodes } from './sms-codes.ts';
import { matchingStep, newTotpSecret, otpauthUrl } from './totp.ts';

const CHALLENGE_TTL_SECONDS = 300;
const ATTEMPT_WINDOW_SECONDS = 15 * 60;
const RECOVERY_CODES = 10;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const normaliseRecovery = (code: string) => code.trim().toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a user has two-factor on, and how. */
export const twoFactorMethod = (user: User): 'totp' | 'sms' | null => (user.totpEnabledAt ? 'totp' : user.smsTwoFactorAt ? 'sms' : null);

/** What login tells a client about the second step it must take. */
export interface Challenge {
  challenge: string;
  expiresAt: Date;
  method: 'totp' | 'sms';
  /** For SMS: where the code went, mostly hidden. */
  phoneHint?: string;
}

/**
 * Two-factor sign-in with TOTP (RFC 6238) or one-time codes by SMS, and single-use recovery codes
 * (only their sha256 is kept); one method at a time. Every code attempt counts against the user
 * in the shared key-value store: past `maxAttempts` in 15 minutes, attempts are refused
 * (RATE_LIMITED) until the window passes, whoever makes them. A TOTP code works once (its time
 * step is remembered); an SMS code once (SmsCodes).
 */
export class TwoFactor {
  constructor(
    private readonly db: PrismaClient,
    private readonly kv: KeyValueStore,
    private readonly maxAttempts: number,
    private readonly sms?: SmsCodes,
    private readonly issuer = 'Worldgraph',
  ) {}

  private smsCodes(): SmsCodes {
    if (!this.sms) throw new AppError('INTERNAL_SERVER_ERROR', 'SMS codes are not available');
    return this.sms;
  }

  /** Starts enrolment: a new secret, shown once, and its otpauth URL. Not in force until confirmed. */
  async begin(userId: string): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (twoFactorMethod(user)) throw conflict('Two-factor sign-in is already on; disable it first');
    const secret = newTotpSecret();
    await this.db.user.update({ where: { id: userId }, data: { totpSecret: secret } });
    return { secret, otpauthUrl: otpauthUrl(this.issuer, user.username, secret) };
  }

  /** Turns two-factor on with a code from the app; answers the recovery codes (shown once). */
  async confirm(userId: string, code: string): Promise<string[]> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (twoFactorMethod(user)) throw conflict('Two-factor sign-in is already on');
    if (!user.totpSecret) throw new AppError('BAD_USER_INPUT', 'Start enrolment first', { field: 'code' });
    await this.checkTotp(user, code);
    return this.turnOn(userId, { totpEnabledAt: new Date() });
  }

  /** Starts SMS enrolment: a code to the number, which confirmSms turns into the user's second factor. */
  async beginSms(userId: string, phoneNumber: string): Promise<{ expiresAt: Date; phoneHint: string }> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (twoFactorMethod(user)) throw conflict('Two-factor sign-in is already on; disable it first');
    return this.smsCodes().issue(userId, 'enrol', normalisePhone(phoneNumber));
  }

  /** Confirms the number with the code sent to it: two-factor by SMS is on; answers the recovery codes (shown once). */
  async confirmSms(userId: string, code: string): Promise<string[]> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (twoFactorMethod(user)) throw conflict('Two-factor sign-in is already on');
    const row = await this.checkSms(user, 'enrol', code);
    return this.turnOn(userId, { phoneNumber: row.phone, smsTwoFactorAt: new Date() });
  }

  /** Fresh recovery codes, stored hashed with the method switched on, in one transaction. */
  private async turnOn(userId: string, data: { totpEnabledAt: Date } | { phoneNumber: string; smsTwoFactorAt: Date }): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await this.db.$transaction([
      this.db.recoveryCode.deleteMany({ where: { userId } }),
      this.db.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: sha256(normaliseRecovery(c)) })) }),
      this.db.user.update({ where: { id: userId }, data }),
    ]);
    return codes;
  }

  /** Sends a fresh SMS code for disableTwoFactor to the confirmed number (SMS two-factor only). */
  async requestDisableCode(userId: string): Promise<{ expiresAt: Date; phoneHint: string }> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (twoFactorMethod(user) !== 'sms' || !user.phoneNumber) throw conflict('Two-factor sign-in by SMS is not on');
    return this.smsCodes().issue(userId, 'disable', user.phoneNumber);
  }

  /** Turns two-factor off, with a fresh code (from the app, or by SMS after requestDisableCode) or a recovery code. */
  async disable(userId: string, code: string): Promise<void> {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    if (!twoFactorMethod(user)) throw conflict('Two-factor sign-in is not on');
    await this.checkCode(user, code, 'disable');
    await this.db.$transaction([
      this.db.recoveryCode.deleteMany({ where: { userId } }),
      this.db.smsCode.deleteMany({ where: { userId } }),
      // The confirmed number stays: SMS notifications still reach it.
      this.db.user.update({ where: { id: userId }, data: { totpEnabledAt: null, totpSecret: null, smsTwoFactorAt: null } }),
    ]);
  }

  /**
   * A challenge for a user whose password was right: exchanged with a code for a session. With
   * SMS two-factor, the code is sent now (limited per hour: RATE_LIMITED past it).
   */
  async challenge(user: User): Promise<Challenge> {
    const method = twoFactorMethod(user) ?? 'totp';
    const sent = method === 'sms' && user.phoneNumber ? await this.smsCodes().issue(user.id, 'login', user.phoneNumber) : undefined;
    const challenge = randomBytes(32).toString('base64url');
    await this.kv.set(`2fa:challenge:${sha256(challenge)}`, user.id, CHALLENGE_TTL_SECONDS);
    return { challenge, expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000), method, ...(sent ? { phoneHint: sent.phoneHint } : {}) };
  }

  /** The user a challenge was issued to, once its code is right; the challenge is then spent. */
  async complete(challenge: string, code: string): Promise<User> {
    const key = `2fa:challenge:${sha256(String(challenge))}`;
    const userId = await this.kv.get(key);
    if (!userId) throw unauthenticated('This sign-in has expired; sign in again');
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user || !twoFactorMethod(user)) throw unauthenticated('This sign-in has expired; sign in again');
    await this.checkCode(user, code, 'login');
    await this.kv.delete(key);
    return user;
  }

  /** A six-digit code (from the app, or the SMS of `purpose`, by the user's method) or a recovery code. */
  private async checkCode(user: User, code: string, purpose: SmsPurpose): Promise<void> {
    if (/^\s*\d{6}\s*$/.test(code)) {
      if (twoFactorMethod(user) === 'sms') return void (await this.checkSms(user, purpose, code));
      return this.checkTotp(user, code.trim());
    }
    await this.countAttempt(user.id);
    const used = await this.db.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: sha256(normaliseRecovery(code)), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) throw forbiddenCode();
    await this.kv.delete(`2fa:attempts:${user.id}`);
  }

  private async checkSms(user: User, purpose: SmsPurpose, code: string) {
    await this.countAttempt(user.id);
    const row = await this.smsCodes().consume(user.id, purpose, code);
    if (!row) throw forbiddenCode();
    await this.kv.delete(`2fa:attempts:${user.id}`);
    return row;
  }

  private async checkTotp(user: User, code: string): Promise<void> {
    await this.countAttempt(user.id);
    const step = user.totpSecret ? matchingStep(user.totpSecret, code) : null;
    if (step === null) throw forbiddenCode();
    // A code works once: its step is remembered for as long as it could match.
    const uses = await this.kv.increment(`2fa:step:${user.id}:${step}`, 120);
    if (uses > 1) throw forbiddenCode('This code was already used; wait for the next one');
    await this.kv.delete(`2fa:attempts:${user.id}`);
  }

  private async countAttempt(userId: string): Promise<void> {
    const attempts = await this.kv.increment(`2fa:attempts:${userId}`, ATTEMPT_WINDOW_SECONDS);
    if (attempts > this.maxAttempts) {
      throw new AppError('RATE_LIMITED', 'Too many code attempts; try again later', { retryAfterSeconds: ATTEMPT_WINDOW_SECONDS });
    }
  }
}

const forbiddenCode = (message = 'Wrong code') => new AppError('FORBIDDEN', message, { reason: 'WRONG_CODE' });
