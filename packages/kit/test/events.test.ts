import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { databaseUrl, dropDatabases, ensureDatabase } from '../src/database.ts';
import { createEventBus, type DomainEvent, type EventBus } from '../src/events/bus.ts';
import { OutboxRelay, wakeOutboxRelays } from '../src/events/relay.ts';
import { deleteRedisKeys } from '../src/kv.ts';

const server = process.env.DATABASE_URL;
/** How long a wait lasts: room for a loaded 2-core machine (as testenv's PATIENCE_MS; kit does not depend on testenv). */
const PATIENCE_MS = 30_000;

/** Resolves once the relay's next round (its tick's relayOnce) has finished, whatever it relayed. */
function firstRound(relay: OutboxRelay): Promise<void> {
  const relayOnce = relay.relayOnce.bind(relay);
  return new Promise((done) => {
    relay.relayOnce = async (limit) => {
      relay.relayOnce = relayOnce;
      try {
        return await relayOnce(limit);
      } finally {
        done();
      }
    };
  });
}

const prefix = `wgt_ev_${randomBytes(3).toString('hex')}_`;
const logger = pino({ level: 'silent' });
/** Every context's migrations hold the same outbox trigger, and the migration that drops it. */
const MIGRATIONS = new URL('../../../prisma/wallet/migrations', import.meta.url).pathname;
const OUTBOX_NOTIFY = readdirSync(MIGRATIONS).find((d) => d.endsWith('_outbox_notify'))!;
const NO_NOTIFY = readdirSync(MIGRATIONS).find((d) => d.endsWith('_outbox_no_notify'))!;
const OUTBOX = `CREATE TABLE outbox_events (id BIGSERIAL PRIMARY KEY, type VARCHAR(64) NOT NULL, aggregate_id VARCHAR(64) NOT NULL,
  payload JSONB NOT NULL, created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3))`;

let dbCount = 0;
/** A fresh database with an outbox table, and a client on it. */
async function outboxDatabase() {
  const name = `${prefix}${dbCount++}`;
  await ensureDatabase(server!, name);
  const url = databaseUrl(server!, name);
  const client = new pg.Client(url);
  await client.connect();
  await client.query(OUTBOX);
  const write = (n: number, from = 0) =>
    client.query("INSERT INTO outbox_events (type, aggregate_id, payload) SELECT 'Thing', 'a' || i, jsonb_build_object('n', i) FROM generate_series($1::int, $2::int) i", [from, from + n - 1]);
  const unpublished = async () => Number((await client.query('SELECT count(*) FROM outbox_events WHERE published_at IS NULL')).rows[0].count);
  return { url, client, write, unpublished };
}

/** Collects what a consumer receives, and waits until it has `n` events. */
function collector(bus: EventBus, group: string, contexts: string[]) {
  const seen: DomainEvent[] = [];
  const consumer = bus.consume(group, contexts, async (e) => void seen.push(e));
  const until = async (n: number, ms = PATIENCE_MS) => {
    const end = Date.now() + ms;
    while (seen.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    return seen;
  };
  return { seen, until, stop: () => consumer.stop() };
}

// Every Redis key of this file's buses lives under this prefix, deleted afterwards.
const redisPrefix = `wgt:ev:${randomBytes(3).toString('hex')}:`;
afterAll(async () => {
  if (process.env.REDIS_URL) await deleteRedisKeys(process.env.REDIS_URL, redisPrefix);
  if (process.env.REDIS_SENTINEL_URL) await deleteRedisKeys(process.env.REDIS_SENTINEL_URL, redisPrefix);
});

/**
 * The buses the contract runs against: in process, Redis streams (REDIS_URL; and through Sentinel with
 * REDIS_SENTINEL_URL, e.g. tools/redis-ha/launch.sh) and Kafka
 * (KAFKA_BROKERS, e.g. tools/kafka/launch.sh). The contract asserts a context's total order, so its
 * Kafka topics have one partition; the Kafka suite below checks order per aggregate over several.
 */
const KAFKA_BROKERS = process.env.KAFKA_BROKERS?.split(',');
type BusSetup = { redisUrl?: string; kafka?: { brokers: string[]; partitions: number } };
const buses: [string, BusSetup][] = [
  ['in-process', {}],
  ...(process.env.REDIS_URL ? [['redis streams', { redisUrl: process.env.REDIS_URL }] as [string, BusSetup]] : []),
  ...(process.env.REDIS_SENTINEL_URL ? [['redis streams via sentinel', { redisUrl: process.env.REDIS_SENTINEL_URL }] as [string, BusSetup]] : []),
  ...(KAFKA_BROKERS ? [['kafka', { kafka: { brokers: KAFKA_BROKERS, partitions: 1 } }] as [string, BusSetup]] : []),
];
// What this file made on Kafka (topics and groups under its prefixes) is deleted afterwards.
afterAll(async () => {
  if (!KAFKA_BROKERS) return;
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const mine = (name: string) => name.startsWith(redisPrefix.replace(/:/g, '_')) || name.startsWith('wgt_k_');
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter(mine);
    if (groups.length) await admin.deleteGroups(groups).catch(() => {});
    const topics = (await admin.listTopics()).filter(mine);
    if (topics.length) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
});
const busOf = (setup: BusSetup, busPrefix: string, options: { claimIdleMs?: number } = {}) => createEventBus(setup.redisUrl, busPrefix, { ...options, kafka: setup.kafka });

(server ? describe.each(buses) : describe.skip.each(buses))('outbox relay to the %s bus', (_name, setup) => {
  afterAll(() => dropDatabases(server!, prefix));

  it('publishes every event once, in order, and marks it published', async () => {
    const bus = busOf(setup, `${redisPrefix}${randomBytes(3).toString('hex')}:`);
    const db = await outboxDatabase();
    const relay = new OutboxRelay('things', db.url, bus, logger);
    const consumer = collector(bus, 'audit', ['things']);
    try {
      await db.write(250);
      expect(await relay.relayOnce()).toBe(200);
      expect(await relay.relayOnce()).toBe(50);
      expect(await relay.relayOnce()).toBe(0);
      const seen = await consumer.until(250);
      expect(seen.map((e) => e.payload.n)).toEqual(Array.from({ length: 250 }, (_, i) => i));
      expect(seen[0]).toMatchObject({ id: expect.stringMatching(/^things:\d+$/), context: 'things', type: 'Thing', aggregateId: 'a0' });
      expect(await db.unpublished()).toBe(0);
      // A group that starts later reads the stream from its beginning.
      const late = collector(bus, 'notifications', ['things']);
      expect((await late.until(250)).length).toBe(250);
      await late.stop();
    } finally {
      await consumer.stop();
      await relay.stop();
      await db.client.end();
      await bus.close();
    }
  });

  it('relays at once when its process wakes it, long before its next poll; only the relays of that context', async () => {
    const bus = busOf(setup, `${redisPrefix}${randomBytes(3).toString('hex')}:`);
    const db = await outboxDatabase();
    const other = await outboxDatabase();
    const relay = new OutboxRelay('woken', db.url, bus, logger, 600_000); // a poll that never comes in this test
    const otherRelay = new OutboxRelay('asleep', other.url, bus, logger, 600_000);
    const consumer = collector(bus, 'g', ['woken', 'asleep']);
    try {
      // Their first (empty) rounds are over before anything is written: one still under way when
      // `other` writes would relay its events without a wake-up (a fixed 500 ms was not always enough).
      const firstRounds = [firstRound(relay), firstRound(otherRelay)];
      relay.start();
      otherRelay.start();
      await Promise.all(firstRounds);
      await db.write(3);
      await other.write(2);
      wakeOutboxRelays('woken');
      expect((await consumer.until(3)).map((e) => e.payload.n)).toEqual([0, 1, 2]);
      expect(await other.unpublished()).toBe(2); // not woken: its events wait for its poll
      // The outbox carries no trigger that NOTIFYs: a notifying commit would queue on the server's one NOTIFY lock.
      await db.client.query(readFileSync(`${MIGRATIONS}/${OUTBOX_NOTIFY}/migration.sql`, 'utf8'));
      await db.client.query(readFileSync(`${MIGRATIONS}/${NO_NOTIFY}/migration.sql`, 'utf8'));
      expect((await db.client.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'outbox_events'::regclass")).rows[0].n).toBe(0);
    } finally {
      await consumer.stop();
      await relay.stop();
      await otherRelay.stop();
      await db.client.end();
      await other.client.end();
      await bus.close();
    }
  });

  it('after a wake-up, relays until the outbox is empty, then waits for the next wake-up or poll', async () => {
    const bus = busOf(setup, `${redisPrefix}${randomBytes(3).toString('hex')}:`);
    const db = await outboxDatabase();
    const relay = new OutboxRelay('drained', db.url, bus, logger, 600_000); // a poll that never comes in this test
    const consumer = collector(bus, 'g', ['drained']);
    try {
      const first = firstRound(relay);
      relay.start();
      await first; // the first (empty) round is over before anything is written
      await db.write(450); // more than two batches: one wake-up relays them all
      wakeOutboxRelays('drained');
      expect((await consumer.until(450)).length).toBe(450);
      // (The last batch is marked published just after the consumer may have it.)
      for (const end = Date.now() + PATIENCE_MS; (await db.unpublished()) > 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
      expect(await db.unpublished()).toBe(0);
      // A batch short of the limit ended the round: events written without a wake-up wait for one.
      await db.write(2, 450);
      await new Promise((r) => setTimeout(r, 500));
      expect(await db.unpublished()).toBe(2);
      wakeOutboxRelays('drained');
      expect((await consumer.until(452)).map((e) => e.payload.n).slice(450)).toEqual([450, 451]);
    } finally {
      await consumer.stop();
      await relay.stop();
      await db.client.end();
      await bus.close();
    }
  });

  it('delivers again an event whose handler failed', async () => {
    const bus = busOf(setup, `${redisPrefix}${randomBytes(3).toString('hex')}:`);
    const db = await outboxDatabase();
    const relay = new OutboxRelay('retry', db.url, bus, logger);
    let attempts = 0;
    const handled: unknown[] = [];
    const consumer = bus.consume('g', ['retry'], async (e) => {
      if (attempts++ === 0) throw new Error('first attempt fails');
      handled.push(e.payload.n);
    });
    try {
      await db.write(1);
      await relay.relayOnce();
      const end = Date.now() + PATIENCE_MS;
      while (!handled.length && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(handled).toEqual([0]);
      expect(attempts).toBe(2);
    } finally {
      await consumer.stop();
      await relay.stop();
      await db.client.end();
      await bus.close();
    }
  });
});

describe.each(buses)('batches on the %s bus', (_name, setup) => {
  const event = (context: string, n: number): DomainEvent => ({ id: `${context}:${n}`, context, type: 'Thing', aggregateId: `a${n}`, payload: { n }, occurredAt: new Date().toISOString() });
  const prefix = () => `${redisPrefix}${randomBytes(3).toString('hex')}:`;
  /** Publishes once the bus's writer is connected (it fails fast until then, as the relay expects). */
  const publish = async (bus: EventBus, events: DomainEvent[]) => {
    for (const end = Date.now() + PATIENCE_MS; ; await new Promise((r) => setTimeout(r, 100))) {
      try {
        return await bus.publish(events);
      } catch (error) {
        if (Date.now() > end) throw error;
      }
    }
  };

  it('hands over what arrived together, each context in order, and a failed batch again whole', async () => {
    const bus = busOf(setup, prefix());
    const batches: DomainEvent[][] = [];
    let failures = 0;
    try {
      await publish(bus, [...Array.from({ length: 150 }, (_, i) => event('one', i)), ...Array.from({ length: 30 }, (_, i) => event('two', i))]);
      const consumer = bus.consumeBatch('g', ['one', 'two'], async (batch) => {
        if (failures++ === 0) throw new Error('the first batch fails');
        batches.push(batch);
      });
      const end = Date.now() + 20_000;
      while (batches.flat().length < 180 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      await consumer.stop();
      const seen = batches.flat();
      expect(seen).toHaveLength(180);
      for (const context of ['one', 'two']) {
        const ns = seen.filter((e) => e.context === context).map((e) => e.payload.n);
        expect(ns).toEqual(Array.from({ length: context === 'one' ? 150 : 30 }, (_, i) => i));
      }
      expect(batches.length).toBeLessThan(10); // 180 events in a handful of calls, not 180
      expect(Math.max(...batches.map((b) => b.filter((e) => e.context === 'one').length))).toBeLessThanOrEqual(100);
    } finally {
      await bus.close();
    }
  });

  // (Kafka's tails join from the latest offset once assigned: its own test below.)
  (setup.kafka ? it.skip : it)('tails: each sees the events of its contexts published after it starts, in order; one that stops leaves the others reading', async () => {
    const bus = busOf(setup, prefix());
    const until = async (done: () => boolean) => {
      for (const end = Date.now() + PATIENCE_MS; !done() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      await publish(bus, [event('one', -1), event('two', -1)]); // before the tails: not theirs
      const seen = { one: [] as unknown[], two: [] as unknown[], both: [] as string[] };
      const one = bus.tail(['one'], (e) => void seen.one.push(e.payload.n));
      const two = bus.tail(['two'], (e) => void seen.two.push(e.payload.n));
      const both = bus.tail(['one', 'two'], (e) => void seen.both.push(e.id));
      await new Promise((r) => setTimeout(r, 300)); // the Redis tails find their place in the streams
      await publish(bus, [event('one', 0), event('two', 0), event('one', 1)]);
      await until(() => seen.both.length >= 3 && seen.one.length >= 2 && seen.two.length >= 1);
      expect(seen.one).toEqual([0, 1]);
      expect(seen.two).toEqual([0]);
      expect([...seen.both].sort()).toEqual(['one:0', 'one:1', 'two:0']);
      await one.stop();
      await publish(bus, [event('one', 2), event('two', 1)]);
      await until(() => seen.both.length >= 5 && seen.two.length >= 2);
      expect(seen.one).toEqual([0, 1]);
      expect(seen.two).toEqual([0, 1]);
      expect(seen.both.filter((id) => id.startsWith('one:'))).toEqual(['one:0', 'one:1', 'one:2']);
      await two.stop();
      await both.stop();
    } finally {
      await bus.close();
    }
  });

  // Redis streams acknowledge a handled batch with the next read; one that stops acknowledges its last batch then.
  (setup.redisUrl ? it : it.skip)('acknowledges every handled batch, the last one when it stops: the group is not given them again', async () => {
    const bus = busOf(setup, prefix(), { claimIdleMs: 200 });
    try {
      await publish(bus, Array.from({ length: 5 }, (_, i) => event('acked', i)));
      const first: DomainEvent[] = [];
      const consumer = bus.consumeBatch('g', ['acked'], async (batch) => void first.push(...batch));
      for (const end = Date.now() + PATIENCE_MS; first.length < 5 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
      await consumer.stop();
      expect(first.map((e) => e.payload.n)).toEqual([0, 1, 2, 3, 4]);
      await new Promise((r) => setTimeout(r, 400)); // anything left pending would now be claimed by the next consumer
      const next: DomainEvent[] = [];
      const successor = bus.consumeBatch('g', ['acked'], async (batch) => void next.push(...batch));
      await publish(bus, [event('acked', 5)]);
      for (const end = Date.now() + PATIENCE_MS; next.length < 1 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      await successor.stop();
      expect(next.map((e) => e.payload.n)).toEqual([5]);
    } finally {
      await bus.close();
    }
  });

  // Redis streams only: Kafka hands a dead member's partitions over after its session timeout (10 s).
  (setup.redisUrl ? it : it.skip)('takes over what a stopped consumer of the group left unacknowledged', async () => {
    const bus = busOf(setup, prefix(), { claimIdleMs: 200 });
    try {
      await publish(bus, Array.from({ length: 5 }, (_, i) => event('claimed', i)));
      let got: () => void;
      const received = new Promise<void>((r) => (got = r));
      // This consumer receives the batch and never finishes it (a replica stopped mid-batch).
      const dying = bus.consumeBatch('g', ['claimed'], () => (got(), new Promise<void>(() => {})));
      await received;
      void dying.stop();
      await new Promise((r) => setTimeout(r, 400));
      const seen: DomainEvent[] = [];
      const next = bus.consumeBatch('g', ['claimed'], async (batch) => void seen.push(...batch));
      const end = Date.now() + PATIENCE_MS;
      while (seen.length < 5 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      await next.stop();
      expect(seen.map((e) => e.payload.n)).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await bus.close();
    }
  });
});

const redisServer = spawnSync('redis-server', ['--version']).status === 0;

// Needs a Redis of its own to stop and start; machines without redis-server skip it.
(server && redisServer ? describe : describe.skip)('with Redis stopped', () => {
  afterAll(() => dropDatabases(server!, prefix));

  async function startRedis(port: number): Promise<ChildProcess> {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 100));
    return child;
  }

  it('keeps events in the outbox and delivers them all once Redis is back', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    let redis = await startRedis(port);
    const bus = createEventBus(`redis://127.0.0.1:${port}`, 'wgt:down:');
    const db = await outboxDatabase();
    const relay = new OutboxRelay('down', db.url, bus, logger);
    try {
      await db.write(10);
      expect(await relay.relayOnce()).toBe(10);
      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      await db.write(20, 10);
      await expect(relay.relayOnce()).rejects.toThrow();
      expect(await db.unpublished()).toBe(20);

      redis = await startRedis(port); // a fresh server: the first 10 are gone with it, the 20 are still owed
      await new Promise((r) => setTimeout(r, 1_500)); // ioredis reconnects
      expect(await relay.relayOnce()).toBe(20);
      expect(await db.unpublished()).toBe(0);
      const consumer = collector(bus, 'after', ['down']);
      expect((await consumer.until(20)).map((e) => e.payload.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
      await consumer.stop();
    } finally {
      await relay.stop();
      await db.client.end();
      await bus.close();
      redis.kill('SIGKILL');
    }
  }, 30_000);
});

// Kafka beyond the contract: several partitions per topic, keyed by aggregate id; a group's members
// share the partitions; a tail sees only what is published after it starts.
(KAFKA_BROKERS ? describe : describe.skip)('the Kafka bus', () => {
  const event = (context: string, aggregate: string, n: number): DomainEvent => ({ id: `${context}:${aggregate}:${n}`, context, type: 'Thing', aggregateId: aggregate, payload: { n }, occurredAt: new Date().toISOString() });
  const prefix = () => `wgt_k_${randomBytes(3).toString('hex')}_`;
  const waitFor = async (done: () => boolean, ms = 30_000) => {
    for (const end = Date.now() + ms; !done() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 100));
  };

  it("keeps each aggregate's events in order over 4 partitions, and a group's two members share them, each event once", async () => {
    const bus = createEventBus(undefined, prefix(), { kafka: { brokers: KAFKA_BROKERS!, partitions: 4 } });
    try {
      const aggregates = ['a', 'b', 'c', 'd', 'e', 'f'];
      // Interleaved: a0 b0 … f0 a1 b1 …
      await bus.publish(Array.from({ length: 40 }, (_, n) => aggregates.map((a) => event('orders', a, n))).flat());
      const seen: DomainEvent[][] = [[], []];
      const members = [0, 1].map((i) => bus.consumeBatch('g', ['orders'], async (batch) => void seen[i]!.push(...batch)));
      await waitFor(() => seen.flat().length >= 240);
      await Promise.all(members.map((m) => m.stop()));
      const all = seen.flat();
      expect(new Set(all.map((e) => e.id)).size).toBe(240);
      for (const a of aggregates) {
        expect(all.filter((e) => e.aggregateId === a).map((e) => e.payload.n)).toEqual(Array.from({ length: 40 }, (_, n) => n));
      }
    } finally {
      await bus.close();
    }
  }, 60_000);

  it('a tail sees what is published after it starts, in every process, not what came before', async () => {
    const bus = createEventBus(undefined, prefix(), { kafka: { brokers: KAFKA_BROKERS!, partitions: 2 } });
    try {
      await bus.publish([event('live', 'x', 0)]);
      const tailed: number[][] = [[], []];
      const tails = [0, 1].map((i) => bus.tail(['live'], (e) => void tailed[i]!.push(e.payload.n as number)));
      // A tail joins its group from the latest offset once assigned: publish until both see one.
      for (let n = 1; n <= 60 && tailed.some((t) => !t.length); n++) {
        await bus.publish([event('live', 'x', n)]);
        await new Promise((r) => setTimeout(r, 500));
      }
      await Promise.all(tails.map((t) => t.stop()));
      for (const t of tailed) {
        expect(t.length).toBeGreaterThan(0);
        expect(t).not.toContain(0);
        expect(t).toEqual([...t].sort((x, y) => x - y));
      }
    } finally {
      await bus.close();
    }
  }, 60_000);
});
