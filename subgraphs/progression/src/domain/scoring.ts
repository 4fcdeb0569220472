import type { PoolClient } from 'pg';
import { badInput, isUserId, notFound, onOneConnection, type DomainEvent, type Logger, type SqlPool } from '@worldgraph/kit';
import type { ActivityRule, Level, PrismaClient } from '../generated/prisma/client.ts';
import { levelFor, type Levels } from './levels.ts';
import { emitOn } from './outbox.ts';

/** Occurrences scored in one transaction at most (one statement for them all, and their level moves). */
const OCCURRENCES_PER_TRANSACTION = 25;
/** A statement of a chunk's transaction runs 15 s at most (then the chunk rolls back and the bus redelivers the batch). */
const STATEMENT_TIMEOUT_MS = 15_000;

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
  /** It moved the user's level (a LevelChanged was written). */
  levelChanged: boolean;
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
    /** The same database's pool: a chunk's transaction is plain statements on one of its connections. */
    private readonly sql: SqlPool,
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
      scored.push(...(await this.scoreChunk(chunk, levels)));
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
    const [scored] = await this.scoreChunk([{ rule, userId, sourceId, at: new Date() }], levels);
    return scored!;
  }

  /**
   * Scores occurrences, in order, in a transaction of their own: one statement for them all
   * (`progression_score`, migration 20261126203000_score_function), then the level moves. The
   * unique (user, activity, source) row makes a repeat a no-op; the daily count's row lock makes
   * the cap exact under concurrency; the user's row lock serialises their level changes. `levels`
   * is read before the transaction: a read on another connection from inside it could wait on a
   * pool its peers hold.
   *
   * Plain statements on one of the pool's connections, not Prisma's interactive transaction: the
   * consumer runs one per batch of every purchase's events, and Prisma's client cost several times
   * the statements' own CPU (tools/bench/README.md, purchase CPU). `BEGIN`, the statement timeout
   * and the scoring go as one simple query (the occurrences a JSON literal, quoted by the driver's
   * `escapeLiteral`), so a chunk with no level move is two round trips: that and `COMMIT`.
   */
  private async scoreChunk(occurrences: { rule: ActivityRule; userId: string; sourceId: string; at: Date }[], levels: Level[]): Promise<Scored[]> {
    if (!occurrences.length) return [];
    const input = occurrences.map((o) => ({
      userId: o.userId,
      activity: o.rule.activity,
      sourceId: o.sourceId,
      day: utcDay(o.at).toISOString().slice(0, 10),
      points: o.rule.points,
      dailyCap: o.rule.dailyCap,
    }));
    return onOneConnection(this.sql, async (client) => {
      const results = (await client.query(
        `BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}; SELECT * FROM progression_score(${client.escapeLiteral(JSON.stringify(input))}::jsonb) ORDER BY r_index`,
      )) as unknown as { rows: ScoreRow[] }[];
      const rows = results[2]!.rows;
      // The function reads each user's level as the chunk began; the moves made here since then are
      // this transaction's, so each user's level is followed from one occurrence to the next.
      const levelOf = new Map<string, number>();
      const scored: Scored[] = [];
      for (const [i, o] of occurrences.entries()) {
        const row = rows[i]!;
        const from = levelOf.get(o.userId) ?? row.r_level;
        const level = row.r_duplicate ? from : await moveLevel(client, o.userId, from, row.r_total, o.at, levels);
        levelOf.set(o.userId, level);
        scored.push({ activity: o.rule.activity, userId: o.userId, points: row.r_points, capped: row.r_capped, duplicate: row.r_duplicate, level, total: row.r_total, levelChanged: level !== from });
      }
      await client.query('COMMIT');
      return scored;
    });
  }
}

/** A row of `progression_score`. */
interface ScoreRow {
  r_index: number;
  r_duplicate: boolean;
  r_capped: boolean;
  r_points: number;
  r_total: number;
  r_level: number;
}

/** Sets the level the points reach, recording the change and its LevelChanged event, in the caller's transaction. */
async function moveLevel(client: PoolClient, userId: string, from: number, points: number, at: Date, levels: Level[]): Promise<number> {
  const reached = levelFor(levels, points);
  if (!reached || reached.number === from) return from;
  await client.query('UPDATE user_levels SET level = $2, updated_at = now() WHERE user_id = $1::uuid', [userId, reached.number]);
  await client.query('INSERT INTO level_changes (user_id, from_level, to_level, points, created_at) VALUES ($1::uuid, $2, $3, $4, $5)', [userId, from, reached.number, points, at]);
  await emitOn(client, userId, { type: 'LevelChanged', userId, fromLevel: from, toLevel: reached.number, name: reached.name, points, at: at.toISOString() });
  return reached.number;
}
