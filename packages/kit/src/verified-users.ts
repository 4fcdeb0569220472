import { z } from 'zod';
import { fetchEntities } from './entities.ts';
import { AppError } from './errors.ts';
import type { Runtime } from './runtime.ts';
import { Decimal } from './scalars.ts';

/**
 * Amounts above which an operation requires a verified user (KYC), per asset, from a setting such
 * as `1000` (every asset) or `PSC:1000,IRR:50000000,*:1000` (`*` for the assets not named).
 * Empty: never required. `0`: always (any positive amount is above it).
 */
export const kycThresholdSetting = z
  .string()
  .trim()
  .refine((s) => s === '' || s.split(',').every((part) => /^(?:(?:[A-Z][A-Z0-9_]{1,15}|\*):)?\d{1,10}(?:\.\d{1,10})?$/.test(part.trim())), 'a decimal, or ASSET:amount pairs separated by commas (* for any other asset)')
  .transform((s) => {
    const byAsset = new Map<string, Decimal>();
    for (const part of s ? s.split(',') : []) {
      const [asset, amount] = part.includes(':') ? part.trim().split(':') : ['*', part.trim()];
      byAsset.set(asset!, new Decimal(amount!));
    }
    return byAsset;
  });
export type KycThresholds = z.infer<typeof kycThresholdSetting>;

/** Whether moving `amount` of `asset` needs a verified user under `thresholds`. */
export function requiresKyc(thresholds: KycThresholds, asset: string, amount: Decimal | string): boolean {
  const limit = thresholds.get(asset) ?? thresholds.get('*');
  return !!limit && new Decimal(amount).gt(limit);
}

/** FORBIDDEN with reason KYC_REQUIRED: `what` (an operation) needs a verified identity. */
export const kycRequired = (what: string) => new AppError('FORBIDDEN', `${what} requires a verified identity: complete KYC first`, { reason: 'KYC_REQUIRED' });

/**
 * Whether users hold the `verified_user` role (KYC approved), asked of accounts with the calling
 * context's service credential (`_entities`), never read from the caller's token: an approval
 * counts at once, before the user's next refresh puts the role in their token, and a role an
 * admin took away stops counting at once too.
 */
export class VerifiedUsers {
  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'>) {}

  async isVerified(userId: string, requestId?: string): Promise<boolean> {
    const [user] = await fetchEntities<{ roles: string[] }>(this.runtime, 'accounts', 'User', 'roles', [userId], requestId);
    return !!user?.roles.includes('verified_user');
  }

  /** FORBIDDEN with reason KYC_REQUIRED unless the user is verified; `what` words the operation. */
  async assertVerified(userId: string, what: string, requestId?: string): Promise<void> {
    if (await this.isVerified(userId, requestId)) return;
    throw kycRequired(what);
  }
}
