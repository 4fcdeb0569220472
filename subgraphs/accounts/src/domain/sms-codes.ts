import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError, badInput, type KeyValueStore } from '@worldgraph/kit';
import type { PrismaClient, SmsCode, SmsPurpose } from '../generated/prisma/client.ts';

/** Texts a code to a phone number (notifications' SMS port, through its internal mutation). */
export type SendCode = (to: string, code: string, expiresAt: Date) => Promise<void>;

export interface SmsCodeLimits {
  /** How long a code works, in seconds. */
  ttlSeconds: number;
  /** Codes sent to one user per hour, whatever their purpose; more are RATE_LIMITED. */
  sendsPerHour: number;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** An E.164 number from what a person types (spaces, dashes, dots and brackets dropped); BAD_USER_INPUT otherwise. */
export function normalisePhone(input: string): string {
  const phone = input.trim().replace(/[\s\-().]/g, '');
  if (!E164.test(phone)) throw badInput('A phone number in international format, e.g. +44 7700 900123', { field: 'phoneNumber' });
  return phone;
}

/** The number with all but its country prefix and last 2 digits hidden ("+44•••••••23"). */
export const phoneHint = (phone: string) => `${phone.slice(0, 3)}${'•'.repeat(Math.max(phone.length - 5, 0))}${phone.slice(-2)}`;

/**
 * Six-digit one-time codes sent by SMS: one live code per user and purpose (a new one replaces
 * it), kept only as an HMAC under a server key, single use, expiring. Sends per user are limited
 * per hour; wrong attempts are limited by the caller (TwoFactor's attempt counter).
 */
export class SmsCodes {
  private readonly key: Buffer;

  constructor(
    private readonly db: PrismaClient,
    private readonly kv: KeyValueStore,
    secret: string,
    private readonly send: SendCode,
    private readonly limits: SmsCodeLimits,
  ) {
    this.key = createHmac('sha256', secret).update('worldgraph sms one-time codes').digest();
  }

  private hash(code: string): string {
    return createHmac('sha256', this.key).update(code).digest('hex');
  }

  /** Sends a fresh code for `purpose` to `phone`; answers when it expires and the number's hint. */
  async issue(userId: string, purpose: SmsPurpose, phone: string): Promise<{ expiresAt: Date; phoneHint: string }> {
    const sent = await this.kv.increment(`2fa:sms-sends:${userId}`, 3600);
    if (sent > this.limits.sendsPerHour) throw new AppError('RATE_LIMITED', 'Too many codes sent; try again later', { retryAfterSeconds: 3600 });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + this.limits.ttlSeconds * 1000);
    const [, row] = await this.db.$transaction([
      this.db.smsCode.deleteMany({ where: { userId, purpose, usedAt: null } }),
      this.db.smsCode.create({ data: { userId, purpose, phone, codeHash: this.hash(code), expiresAt } }),
    ]);
    try {
      await this.send(phone, code, expiresAt);
    } catch {
      await this.db.smsCode.deleteMany({ where: { id: row.id } });
      throw new AppError('INTERNAL_SERVER_ERROR', 'The code could not be sent; try again later');
    }
    return { expiresAt, phoneHint: phoneHint(phone) };
  }

  /**
   * Spends the live code of `purpose` if `code` is it: the row, or null when it is wrong, used or
   * missing. An expired code is FORBIDDEN with reason CODE_EXPIRED (ask for a new one).
   */
  async consume(userId: string, purpose: SmsPurpose, code: string): Promise<SmsCode | null> {
    const row = await this.db.smsCode.findFirst({ where: { userId, purpose, usedAt: null }, orderBy: { id: 'desc' } });
    if (!row || !timingSafeEqual(Buffer.from(this.hash(code.trim())), Buffer.from(row.codeHash))) return null;
    if (row.expiresAt.getTime() <= Date.now()) throw new AppError('FORBIDDEN', 'This code has expired; ask for a new one', { reason: 'CODE_EXPIRED' });
    // Single use even against a parallel attempt with the same code.
    const spent = await this.db.smsCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    return spent.count === 1 ? row : null;
  }
}
