import { badInput, isUserId, notFound, type DomainEvent, type Logger } from '@worldgraph/kit';
import type { ActivityRule, Level, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { levelFor, type Levels } from './levels.ts';
import { emit } from './outbox.ts';

/** Occurrences scored in one transaction at most (about five statements each). */
const OCCURRENCES_PER_TRANSACTION = 25;
/** Waits for a connection and runs a chunk's transaction for at most 15 s (Prisma's defaults are 2 s and 5 s). */
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** What scoring one occurrence did. */
export interface Scored {
  activity: string;
  userId: string;
  points: number;
  capped: boolean;
  duplicate: boolean;
  /** The user's level and points afterwards. */
  level: number;
  total: number;
}

type Payload = Record<string, unknown>;

/** Whether an event's payload meets a rule's `match` (every listed field equal). */
export function matches(rule: Pick<ActivityRule, 'match'>, payload: Payload): boolean {
  const match = (rule.match ?? {}) as Record<string, unknown>;
  return Object.entries(match).every(([k, v]) => payload[k] === v);
}

/** The users a set of rules scores for one event: [rule, userId] pairs; pure. */
export function occurrencesOf(rules: ActivityRule[], event: Pick<DomainEvent, 'payload'>): [ActivityRule, string][] {
  const found: [ActivityRule, string][] = [];
  for (const rule of rules) {
    if (!rule.active || !matches(rule, event.payload)) continue;
    const userId = event.payload[rule.userField];
    // A malformed event must not block the stream: it scores nothing.
    if (typeof userId === 'string' && isUserId(userId)) found.push([rule, userId]);
  }
  return found;
}

/** How long the rule table is kept in memory: an admin's change applies to events within this. */
const RULES_TTL_MS = 5_000;

/** The UTC day of an instant, as the daily caps count it. */
export const utcDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/**
 * Scores activities by the rule table: once per (user, activity, source), within the activity's
 * daily cap, moving the user's level and writing LevelChanged in the same transaction.
 */
export class Scoring {
  constructor(
    private readonly db: PrismaClient,
    private readonly levels: Levels,
    private readonly logger: Logger,
  ) {}

  private rules?: { at: number; byEvent: Promise<Map<string, ActivityRule[]>> };

  /**
   * The active rules that score events, by `<context>:<type>`, kept a few seconds: every event of
   * the source streams (most score nothing) is looked up here, not in the database.
   */
  private eventRules(): Promise<Map<string, ActivityRule[]>> {
    if (!this.rules || Date.now() - this.rules.at > RULES_TTL_MS) {
      const byEvent = this.db.activityRule.findMany({ where: { active: true, sourceContext: { not: null } } }).then((rows) => {
        const map = new Map<string, ActivityRule[]>();
        for (const r of rows) map.set(`${r.sourceContext}:${r.eventType}`, [...(map.get(`${r.sourceContext}:${r.eventType}`) ?? []), r]);
        return map;
      });
      this.rules = { at: Date.now(), byEvent };
      byEvent.catch(() => (this.rules = undefined));
    }
    return this.rules.byEvent;
  }

  /** The level table (cached), for callers of `score`. */
  levelTable(): Promise<Level[]> {
    return this.levels.all();
  }

  /** Scores one domain event of another context by every rule that applies to it. */
  fromEvent(event: DomainEvent): Promise<Scored[]> {
    return this.fromEvents([event]);
  }

  /**
   * Scores a batch of domain events in few transactions (OCCURRENCES_PER_TRANSACTION occurrences
   * each): a busy stream (fifty purchases of one buyer, say) costs a transaction and a commit per
   * chunk instead of one per event, and the buyer's level row is taken once per chunk. Occurrences are scored
   * grouped by user (a stable sort keeps each user's events in stream order), so two replicas'
   * batches lock users' rows in the same order. A failure rolls its chunk back: the bus
   * redelivers the batch, and the unique (user, activity, source) rows make the repeat count nothing.
   */
  async fromEvents(events: DomainEvent[]): Promise<Scored[]> {
    const byEvent = await this.eventRules();
    const occurrences = events
      .flatMap((event) => {
        const at = Number.isNaN(Date.parse(event.occurredAt)) ? new Date() : new Date(event.occurredAt);
        return occurrencesOf(byEvent.get(`${event.context}:${event.type}`) ?? [], event).map(([rule, userId]) => ({ rule, userId, sourceId: event.id, at }));
      })
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    if (!occurrences.length) return [];
    const levels = await this.levels.all();
    const scored: Scored[] = [];
    // A bounded number per transaction: a backlog hands over hundreds of events at once, and one
    // transaction of them all could outlast its time limit on a busy machine, roll back, and be
    // redelivered as the same batch again. Chunks committed before a failure are duplicates (no-ops)
    // when the batch comes again.
    for (let i = 0; i < occurrences.length; i += OCCURRENCES_PER_TRANSACTION) {
      const chunk = occurrences.slice(i, i + OCCURRENCES_PER_TRANSACTION);
      scored.push(
        ...(await this.db.$transaction(async (tx) => {
          const done: Scored[] = [];
          for (const o of chunk) done.push(await this.score(tx, o.rule, o.userId, o.sourceId, o.at, levels));
          return done;
        }, TX_OPTIONS)),
      );
    }
    if (scored.some((s) => s.points > 0)) this.logger.debug({ events: events.length, scored }, 'activity scored');
    return scored;
  }

  /** logActivity: scores an activity of the rule table for a user (an internal caller's). */
  async log(userId: string, activity: string, sourceId: string): Promise<Scored> {
    if (!isUserId(userId)) throw notFound('User');
    if (!sourceId || sourceId.length > 160) throw badInput('sourceId must be 1-160 characters', { field: 'sourceId' });
    const rule = await this.db.activityRule.findUnique({ where: { activity } });
    if (!rule || !rule.active) throw badInput(`Unknown or inactive activity ${activity}`, { field: 'activity' });
    const levels = await this.levels.all();
    return this.db.$transaction((tx) => this.score(tx, rule, userId, sourceId, new Date(), levels));
  }

  /**
   * Scores one occurrence in the caller's transaction. The unique (user, activity, source) row
   * makes a repeat a no-op; the daily count's row lock makes the cap exact under concurrency;
   * the user's row lock serialises their level changes. `levels` is read before the transaction:
   * a read on another connection from inside it could wait on a pool its peers hold.
   */
  async score(tx: Prisma.TransactionClient, rule: ActivityRule, userId: string, sourceId: string, at: Date, levels: Level[]): Promise<Scored> {
    const day = utcDay(at).toISOString().slice(0, 10);
    const inserted = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO user_activities (user_id, activity, source_id, points, day, created_at)
      VALUES (${userId}::uuid, ${rule.activity}, ${sourceId}, 0, ${day}::date, now())
      ON CONFLICT (user_id, activity, source_id) DO NOTHING RETURNING id`;
    if (!inserted.length) {
      const current = await tx.userLevel.findUnique({ where: { userId } });
      return { activity: rule.activity, userId, points: 0, capped: false, duplicate: true, level: current?.level ?? 1, total: current?.points ?? 0 };
    }
    let capped = false;
    if (rule.dailyCap !== null) {
      const [count] = await tx.$queryRaw<{ count: number }[]>`
        INSERT INTO daily_activity_counts (user_id, activity, day, count) VALUES (${userId}::uuid, ${rule.activity}, ${day}::date, 1)
        ON CONFLICT (user_id, activity, day) DO UPDATE SET count = daily_activity_counts.count + 1 RETURNING count`;
      capped = count!.count > rule.dailyCap;
    }
    const points = capped ? 0 : rule.points;
    await tx.$executeRaw`UPDATE user_activities SET points = ${points}, capped = ${capped} WHERE id = ${inserted[0]!.id}`;
    const [user] = await tx.$queryRaw<{ points: number; level: number }[]>`
      INSERT INTO user_levels (user_id, points, level, updated_at) VALUES (${userId}::uuid, ${points}, 1, now())
      ON CONFLICT (user_id) DO UPDATE SET points = user_levels.points + EXCLUDED.points, updated_at = now()
      RETURNING points, level`;
    const level = await this.moveLevel(tx, userId, user!.level, user!.points, at, levels);
    return { activity: rule.activity, userId, points, capped, duplicate: false, level, total: user!.points };
  }

  /** Sets the level the points reach, recording the change and its LevelChanged event. */
  private async moveLevel(tx: Prisma.TransactionClient, userId: string, from: number, points: number, at: Date, levels: Level[]): Promise<number> {
    const reached = levelFor(levels, points);
    if (!reached || reached.number === from) return from;
    await tx.userLevel.update({ where: { userId }, data: { level: reached.number } });
    await tx.levelChange.create({ data: { userId, fromLevel: from, toLevel: reached.number, points, createdAt: at } });
    await emit(tx, userId, { type: 'LevelChanged', userId, fromLevel: from, toLevel: reached.number, name: reached.name, points, at: at.toISOString() });
    return reached.number;
  }
}
