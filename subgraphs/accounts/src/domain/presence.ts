import type { Logger } from '@worldgraph/kit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

/** The domain events of accounts. */
export type AccountsEvent =
  | { type: 'UserStatusChanged'; userId: string; status: 'online' | 'offline'; changedAt: string }
  | { type: 'SessionRevoked'; userId: string; sessionId: string; apiKeyId?: string }
  /** The person asked to be erased: every context anonymises or deletes what it holds of them. */
  | { type: 'UserErased'; userId: string; erasedAt: string }
  /** Identity details were submitted for review (the details stay in accounts). */
  | { type: 'KycSubmitted'; userId: string; submissionId: string; documentCount: number }
  /** An admin decided a KYC submission; `reason` tells the user why it was rejected. */
  | { type: 'KycDecided'; userId: string; submissionId: string; decision: 'verified' | 'rejected'; by: string; reason?: string }
  /** An admin limited a user (support's outcome of a report is its own UserLimited). */
  | { type: 'UserLimited'; userId: string; kind: string; until: string; reason: string; by: string }
  | { type: 'UserLimitationLifted'; userId: string; kind: string; by: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, aggregateId: string, event: AccountsEvent): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}

/**
 * Online/offline from live connections. Each router replica (a `source`) holds a lease per
 * connected user and renews it with heartbeats; a user is online while any lease is fresher than
 * `timeoutMs`. A status change is written with its UserStatusChanged event; a replica that dies
 * without saying goodbye is noticed by the sweep once its leases go stale.
 */
export class Presence {
  constructor(
    private readonly db: PrismaClient,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  /** A source's heartbeat: these users are connected to it, those left it. Returns how many changed status. */
  async report(source: string, online: string[], offline: string[]): Promise<number> {
    const users = [...new Set([...online, ...offline])].sort(); // fixed lock order: concurrent reports cannot deadlock
    if (!users.length) return 0;
    return this.db.$transaction(async (tx) => {
      if (online.length) {
        await tx.$executeRaw`INSERT INTO presence_leases (user_id, source, last_seen)
          SELECT u, ${source}, now() FROM unnest(${online}::uuid[]) u WHERE EXISTS (SELECT 1 FROM users WHERE id = u)
          ON CONFLICT (user_id, source) DO UPDATE SET last_seen = now()`;
      }
      if (offline.length) await tx.$executeRaw`DELETE FROM presence_leases WHERE source = ${source} AND user_id = ANY(${offline}::uuid[])`;
      return this.settle(tx, users);
    });
  }

  /** Marks offline the users whose every lease went stale (a replica died); safe on every replica at once. */
  async sweep(): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const stale = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM users u WHERE online
          AND NOT EXISTS (SELECT 1 FROM presence_leases l WHERE l.user_id = u.id AND l.last_seen > now() - make_interval(secs => ${this.timeoutMs / 1000}))
        ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED`;
      await tx.$executeRaw`DELETE FROM presence_leases WHERE last_seen <= now() - make_interval(secs => ${this.timeoutMs / 1000})`;
      const changed = await this.settle(tx, stale.map((r) => r.id));
      if (changed) this.logger.info({ users: changed }, 'presence: stale users marked offline');
      return changed;
    });
  }

  /** Brings `online` of these users in line with their leases, with an event per change. */
  private async settle(tx: Prisma.TransactionClient, userIds: string[]): Promise<number> {
    const rows = await tx.$queryRaw<{ id: string; online: boolean; fresh: boolean }[]>`
      SELECT id::text, online, EXISTS (SELECT 1 FROM presence_leases l WHERE l.user_id = u.id
        AND l.last_seen > now() - make_interval(secs => ${this.timeoutMs / 1000})) AS fresh
      FROM users u WHERE id = ANY(${userIds}::uuid[]) ORDER BY id FOR UPDATE`;
    let changed = 0;
    for (const row of rows.filter((r) => r.online !== r.fresh)) {
      const changedAt = new Date();
      await tx.user.update({ where: { id: row.id }, data: { online: row.fresh, lastSeenAt: changedAt } });
      await emit(tx, row.id, { type: 'UserStatusChanged', userId: row.id, status: row.fresh ? 'online' : 'offline', changedAt: changedAt.toISOString() });
      changed++;
    }
    return changed;
  }
}
