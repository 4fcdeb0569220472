import pg from 'pg';
import { Gauge } from 'prom-client';
import type { Logger } from '../logger.ts';
import { onOneConnection } from '../prisma.ts';
import { eventsPublished, lastPublishedEvent } from '../metrics.ts';
import type { DomainEvent, EventBus } from './contract.ts';

/** An outbox row as the relay reads it. */
interface OutboxRow {
  id: string;
  type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** The running relays of this process (one per context it serves), read at each scrape. */
const relays = new Set<OutboxRelay>();

/**
 * Outbox lag, measured in the database at scrape time (so a relay that is stuck, or a bus that is
 * down, still shows it): events not yet relayed and how long the oldest has waited. Both gauges
 * are collected together: one query per relay and scrape, shared by the two collects.
 */
let measuring: Promise<void> | undefined;
const measureBacklogs = () =>
  (measuring ??= Promise.all([...relays].map((relay) => relay.measureBacklog())).then(
    () => void (measuring = undefined),
  ));
const outboxAge = new Gauge({
  name: 'outbox_oldest_unpublished_age_seconds',
  help: 'How long the oldest event not yet relayed from the outbox has waited, by context (0: none waiting)',
  labelNames: ['context'] as const,
  collect: measureBacklogs,
});
const outboxBacklog = new Gauge({
  name: 'outbox_unpublished_events',
  help: 'Events in the outbox not yet relayed to the bus, by context',
  labelNames: ['context'] as const,
  collect: measureBacklogs,
});

/**
 * Wakes this process's relays of `context`: called once the process has committed events to that
 * context's outbox (the kit calls it after every mutation's command log and every consumed batch).
 * A wake-up in process replaces the outbox trigger's NOTIFY, which made every notifying commit of
 * the whole Postgres server queue on one lock until its WAL flush (pg_locks: the `object` lock on
 * pg_database 0); events written by other processes wait for the relays' poll instead.
 */
export function wakeOutboxRelays(context: string): void {
  for (const relay of relays) if (relay.context === context) relay.wake();
}

/** Events a relay round reads and publishes at most. */
const BATCH = 200;

/**
 * How long a woken relay waits before it reads: the commits of a busy moment (a purchase commits
 * three times in features alone, and every mutation's command log once more) go out in one batch,
 * one read, one XADD pipeline and one mark, and reach the consumers together (one batch of theirs,
 * not one per commit). Read at once, each commit was a batch of its own: in the buyFeature
 * benchmark, without the empty re-reads, 1.06 relay batches per purchase and more, smaller batches
 * for every consumer (tools/bench/README.md).
 */
const GATHER_MS = 10;

/**
 * A quiet relay reads at once when woken: its last batch was one event at most and no commit came
 * while it ran, so there is no busy moment to gather, and the 10 ms would only delay the event
 * (its live subscribers' latency: tools/bench/README.md, bench:live). Under load (a batch of more
 * than one event, or a wake-up during a round) it gathers again.
 */
const QUIET_BATCH = 1;

export class OutboxRelay {
  private readonly pool: pg.Pool;
  private timer?: NodeJS.Timeout;
  private running = false;
  private ticking = false;
  private woken = false;
  /** A read is due within GATHER_MS. */
  private soon = false;
  /** Busy (QUIET_BATCH): a wake-up gathers GATHER_MS of commits; quiet, it reads at once. */
  private busy = false;
  private failures = 0;
  private stopped = false;

  constructor(
    readonly context: string,
    databaseUrl: string,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    /**
     * How often the outbox is polled when idle, in ms: the safety net for events this process did
     * not announce (`wakeOutboxRelays`), e.g. written by another process or a job. Default: 1000.
     */
    private readonly intervalMs = 1_000,
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    // An idle connection cut by the server (restart, failover) must not crash the process: the next tick reconnects.
    // After stop() it is no news: pool.end() resolves before the server has seen the connection close,
    // and a server stopped right after (npm start's Postgres, last to stop) cuts it.
    this.pool.on('error', (error) => {
      if (!this.stopped) this.logger.warn({ err: error, context }, 'outbox relay connection lost');
    });
    relays.add(this);
  }

  /**
   * Relays one batch; returns how many events were published. Two round trips whatever the batch:
   * BEGIN with the locking read (and its planner setting), then the mark with COMMIT (or COMMIT
   * alone when nothing waits).
   * Both go as simple (multi-statement) queries, which take no parameters: the limit is an integer
   * and the ids are digits read from the table, both checked before they are written into the text.
   */
  async relayOnce(limit = BATCH): Promise<number> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`relay limit must be a positive integer, not ${limit}`);
    // A failed batch is rolled back and a connection cut mid-batch fails it, never the process (onOneConnection).
    return onOneConnection(this.pool, async (client) => {
      // A wake-up so far announced a commit this read sees: only one from now on calls for another.
      // (Cleared at the tick's start instead, the wake-ups of commits made while the connection was
      // being taken each cost an empty read after this one.)
      this.woken = false;
      // ORDER BY the column, not the text alias `id` (which would sort 10 before 9).
      // No bitmap scan for this read: Postgres picks one when it expects few unpublished rows, and a
      // bitmap scan visits every row version the index still lists, i.e. each event this relay has
      // marked published since the table's last vacuum (876 heap pages a read late in a purchase
      // bench run). A plain scan of the outbox's index of unpublished rows (migration
      // …_outbox_unpublished_index) walks it in id order and stops at the limit; the entries of
      // published rows it meets die at once and are skipped by the next reads.
      const [, , read] = (await client.query(
        `BEGIN; SET LOCAL enable_bitmapscan = off; SELECT id::text, type, aggregate_id, payload, created_at FROM outbox_events WHERE published_at IS NULL ORDER BY outbox_events.id LIMIT ${limit} FOR UPDATE SKIP LOCKED`,
      )) as unknown as [pg.QueryResult, pg.QueryResult, pg.QueryResult<OutboxRow>];
      const rows = read!.rows;
      if (rows.length) {
        const events: DomainEvent[] = rows.map((r) => ({
          id: `${this.context}:${r.id}`,
          context: this.context,
          type: r.type,
          aggregateId: r.aggregate_id,
          payload: r.payload,
          occurredAt: r.created_at.toISOString(),
        }));
        await this.bus.publish(events);
        const ids = rows.map((r) => r.id);
        if (!ids.every((id) => /^\d+$/.test(id))) throw new Error('outbox ids are not integers');
        await client.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY('{${ids.join(',')}}'::bigint[]); COMMIT`);
      } else await client.query('COMMIT');
      if (rows.length) {
        eventsPublished.inc({ context: this.context }, rows.length);
        lastPublishedEvent.set({ context: this.context }, Math.max(...rows.map((r) => r.created_at.getTime())) / 1000);
      }
      return rows.length;
    });
  }

  /** Sets the outbox gauges from the table; a database that does not answer leaves them as they were. */
  async measureBacklog(): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ n: number; age: number }>(
        'SELECT count(*)::int AS n, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM outbox_events WHERE published_at IS NULL',
      );
      outboxBacklog.set({ context: this.context }, rows[0]!.n);
      outboxAge.set({ context: this.context }, rows[0]!.age);
    } catch (error) {
      this.logger.debug({ err: error, context: this.context }, 'outbox backlog not measured');
    }
  }

  /** Relays until stopped: GATHER_MS after a wake-up (`wakeOutboxRelays`), else every `intervalMs`; backs off (up to 5 s) while the bus or the database fails. */
  start(): void {
    this.running = true;
    const tick = (this.tick = async () => {
      this.ticking = true;
      this.soon = false;
      let published = 0;
      try {
        published = await this.relayOnce(BATCH);
        if (this.failures) this.logger.info({ context: this.context }, 'outbox relay recovered');
        this.failures = 0;
      } catch (error) {
        if (this.failures++ === 0) this.logger.warn({ err: error, context: this.context }, 'outbox relay failing; events wait in the outbox');
      }
      this.ticking = false;
      if (!this.running) return;
      // Again only when there may be more: at once after a full batch, GATHER_MS after a wake-up
      // during this one. A
      // batch short of the limit emptied the outbox as of its read, and whatever this process
      // commits after that read wakes the relay; re-reading after every batch was an empty round
      // (BEGIN and the locking read, then COMMIT) per batch: 3.4 of the 12.9 Postgres statements
      // per purchase in the buyFeature benchmark (tools/bench/README.md).
      this.busy = published > QUIET_BATCH || this.woken;
      const delay = this.failures ? Math.min(5_000, 250 * 2 ** this.failures) : published === BATCH ? 0 : this.woken ? GATHER_MS : this.intervalMs;
      this.soon = this.woken && delay === GATHER_MS;
      this.timer = setTimeout(tick, delay);
    });
    this.timer = setTimeout(tick, 0);
  }

  private tick: () => Promise<void> = async () => {};

  /**
   * Relays soon (GATHER_MS, or that long after the batch under way; at once when quiet): this
   * process has just committed events. A read already due that soon is not moved.
   */
  wake(): void {
    if (!this.running || this.failures) return;
    if (this.ticking) this.woken = true;
    else if (!this.soon) {
      clearTimeout(this.timer);
      this.soon = true;
      this.timer = setTimeout(this.tick, this.busy ? GATHER_MS : 0);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    relays.delete(this);
    clearTimeout(this.timer);
    await this.pool.end();
  }
}
