import { AppError } from './errors.ts';
import type { Consumer, DomainEvent, EventBus } from './events/bus.ts';
import type { Logger } from './logger.ts';
import { Decimal } from './scalars.ts';

/**
 * Children's permissions: social grants them (a dynasty head sets what a child member may do),
 * the contexts that act enforce them. The rule lives here, once; the data reaches each acting
 * context as a replicated projection fed by social's `ChildPermissionsChanged` events, so a
 * payment never waits on social, and an unreachable social cannot block anyone's payment (a
 * change made while it is down simply arrives later).
 */
export interface ChildPermissions {
  /** Most a child may spend per asset and UTC day, a decimal string; null: no limit. */
  dailySpendLimit: string | null;
  canBuyParcels: boolean;
  canSellParcels: boolean;
  canChat: boolean;
}

/** What a child starts with when they join as someone's child: nothing to spend, chat allowed. */
export const DEFAULT_CHILD_PERMISSIONS: ChildPermissions = { dailySpendLimit: '0', canBuyParcels: false, canSellParcels: false, canChat: true };

/** Something a user is about to do that a child may be refused. */
export type ChildAction =
  | { kind: 'spend'; asset: string; amount: Decimal | string; spentToday: Decimal | string }
  | { kind: 'buy_parcel' }
  | { kind: 'sell_parcel' }
  | { kind: 'chat' };

/** Why a child was refused: `extensions.reason` of the FORBIDDEN error. */
export type ChildRefusalReason = 'CHILD_DAILY_SPEND_LIMIT' | 'CHILD_BUY_NOT_ALLOWED' | 'CHILD_SELL_NOT_ALLOWED' | 'CHILD_CHAT_NOT_ALLOWED';

/** The one rule: null when allowed (always, for a user who is no child), else why not. */
export function childRefusal(permissions: ChildPermissions | null, action: ChildAction): { reason: ChildRefusalReason; message: string } | null {
  if (!permissions) return null;
  switch (action.kind) {
    case 'spend': {
      if (permissions.dailySpendLimit === null) return null;
      const limit = new Decimal(permissions.dailySpendLimit);
      const after = new Decimal(action.spentToday).plus(action.amount);
      if (after.lte(limit)) return null;
      const left = Decimal.max(limit.minus(action.spentToday), 0);
      return { reason: 'CHILD_DAILY_SPEND_LIMIT', message: `A child may spend at most ${limit.toFixed()} ${action.asset} a day; ${left.toFixed()} ${action.asset} left today` };
    }
    case 'buy_parcel':
      return permissions.canBuyParcels ? null : { reason: 'CHILD_BUY_NOT_ALLOWED', message: 'Your dynasty head has not allowed you to buy parcels' };
    case 'sell_parcel':
      return permissions.canSellParcels ? null : { reason: 'CHILD_SELL_NOT_ALLOWED', message: 'Your dynasty head has not allowed you to sell parcels' };
    case 'chat':
      return permissions.canChat ? null : { reason: 'CHILD_CHAT_NOT_ALLOWED', message: 'Your dynasty head has not allowed you to chat' };
  }
}

/** Throws FORBIDDEN with `extensions.reason` when the rule refuses the action. */
export function assertChildMay(permissions: ChildPermissions | null, action: ChildAction): void {
  const refusal = childRefusal(permissions, action);
  if (refusal) throw new AppError('FORBIDDEN', refusal.message, { reason: refusal.reason });
}

/** A Prisma client or transaction: raw SQL is all the projection needs. */
interface RawSql {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * The acting context's copy of children's permissions: a `child_permissions` table in its own
 * database (its migration creates it: user_id UUID primary key, active BOOLEAN, daily_spend_limit
 * DECIMAL(20,10) NULL, can_buy_parcels, can_sell_parcels, can_chat BOOLEAN, version BIGINT,
 * updated_at TIMESTAMPTZ), fed from social's stream by a consumer group of its own.
 */
export class ChildPermissionsProjection {
  constructor(
    private readonly db: RawSql,
    private readonly logger: Logger,
  ) {}

  /** Consumes social's events as `<context>-child-permissions`; each replica shares the group. */
  follow(events: EventBus, context: string): Consumer {
    return events.consume(`${context}-child-permissions`, ['social'], (event) => this.apply(event));
  }

  /**
   * Applies one event. Versions are social's outbox ids: a redelivered or late event never
   * overwrites a newer state (social changes one child's permissions one at a time).
   */
  async apply(event: DomainEvent): Promise<void> {
    if (event.type !== 'ChildPermissionsChanged') return;
    const { userId, permissions } = event.payload as { userId?: string; permissions?: ChildPermissions | null };
    const version = Number(event.id.split(':').pop());
    if (typeof userId !== 'string' || !Number.isSafeInteger(version)) {
      this.logger.warn({ event: event.id }, 'malformed ChildPermissionsChanged skipped');
      return;
    }
    const p = permissions ?? null;
    await this.db.$queryRawUnsafe(
      `INSERT INTO child_permissions (user_id, active, daily_spend_limit, can_buy_parcels, can_sell_parcels, can_chat, version, updated_at)
       VALUES ($1::uuid, $2, $3::numeric, $4, $5, $6, $7, now())
       ON CONFLICT (user_id) DO UPDATE SET active = EXCLUDED.active, daily_spend_limit = EXCLUDED.daily_spend_limit,
         can_buy_parcels = EXCLUDED.can_buy_parcels, can_sell_parcels = EXCLUDED.can_sell_parcels, can_chat = EXCLUDED.can_chat,
         version = EXCLUDED.version, updated_at = now()
       WHERE child_permissions.version < EXCLUDED.version`,
      userId,
      p !== null,
      p?.dailySpendLimit ?? null,
      p?.canBuyParcels ?? true,
      p?.canSellParcels ?? true,
      p?.canChat ?? true,
      version,
    );
  }

  /**
   * A user's permissions if they are a child, else null. With `lock` (inside the acting
   * transaction) the row stays locked until it ends, so a child's concurrent payments are
   * checked one after the other.
   */
  static async read(db: RawSql, userId: string, { lock = false } = {}): Promise<ChildPermissions | null> {
    const rows = await db.$queryRawUnsafe<{ daily_spend_limit: string | null; can_buy_parcels: boolean; can_sell_parcels: boolean; can_chat: boolean }[]>(
      `SELECT daily_spend_limit::text, can_buy_parcels, can_sell_parcels, can_chat FROM child_permissions
       WHERE user_id = $1::uuid AND active${lock ? ' FOR UPDATE' : ''}`,
      userId,
    );
    const row = rows[0];
    if (!row) return null;
    return { dailySpendLimit: row.daily_spend_limit, canBuyParcels: row.can_buy_parcels, canSellParcels: row.can_sell_parcels, canChat: row.can_chat };
  }
}
