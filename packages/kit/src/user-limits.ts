import { AppError } from './errors.ts';
import type { Runtime } from './runtime.ts';

/** A limitation accounts holds on a user (a moderation outcome of support), in force until `until`. */
export interface UserLimitation {
  userId: string;
  /** e.g. CANNOT_TRADE, CANNOT_CHAT (accounts' LimitationKind). */
  kind: string;
  until: string;
  reason?: string | null;
}

const QUERY = 'query ($userIds: [ID!]!) { internalUserLimitations(userIds: $userIds) { userId kind until reason } }';

/**
 * Accounts' user limitations (`internalUserLimitations`, @inaccessible), read with the calling
 * context's service credential: how a context enforces a profile limitation it does not own
 * (characters' trades check CANNOT_TRADE, chat CANNOT_CHAT). Never cached: a limitation bites at once.
 */
export class UserLimitsClient {
  constructor(private readonly runtime: Pick<Runtime, 'callSubgraph'>) {}

  /** The limitations in force on these users now. */
  async inForce(userIds: string[], requestId?: string): Promise<UserLimitation[]> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return [];
    const data = await this.runtime.callSubgraph<{ internalUserLimitations: UserLimitation[] }>('accounts', QUERY, { userIds: ids }, requestId);
    const now = Date.now();
    return data.internalUserLimitations.filter((l) => new Date(l.until).getTime() > now);
  }

  /**
   * FORBIDDEN, with `reason` = the kind and `until`, when one of the users is under `kind`;
   * `message` words it for the caller (default: "This account cannot … until …").
   */
  async assertNone(kind: string, userIds: string[], message?: (limitation: UserLimitation) => string, requestId?: string): Promise<void> {
    const found = (await this.inForce(userIds, requestId)).find((l) => l.kind === kind);
    if (!found) return;
    const text = message?.(found) ?? `This account ${kind.toLowerCase().replace(/_/g, ' ')} until ${found.until}`;
    throw new AppError('FORBIDDEN', text, { reason: kind, until: found.until });
  }
}
