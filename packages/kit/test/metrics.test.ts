// The event metrics the alerts (k8s/monitoring) are written against, read from /metrics' text as
// Prometheus scrapes it: outbox lag, events relayed and consumed, consumer lag and failures.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { databaseUrl, dropDatabases, ensureDatabase } from '../src/database.ts';
import { createEventBus } from '../src/events/bus.ts';
import { OutboxRelay } from '../src/events/relay.ts';
import { deleteRedisKeys } from '../src/kv.ts';
import { metricsText } from '../src/metrics.ts';

const server = process.env.DATABASE_URL;
const prefix = `wgt_me_${randomBytes(3).toString('hex')}_`;
const redisPrefix = `wgt:me:${randomBytes(3).toString('hex')}:`;
const logger = pino({ level: 'silent' });

/** A sample's value in the scrape, or undefined when the series is absent. */
async function sample(name: string, labels: string): Promise<number | undefined> {
  const line = (await metricsText()).split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

afterAll(async () => {
  if (server) await dropDatabases(server, prefix);
  if (process.env.REDIS_URL) await deleteRedisKeys(process.env.REDIS_URL, redisPrefix);
});

(server ? describe : describe.skip)('event metrics', () => {
  it('show the outbox backlog and its age, then what was relayed and what each group consumed', async () => {
    const name = `${prefix}0`;
    await ensureDatabase(server!, name);
    const url = databaseUrl(server!, name);
    const db = new pg.Client(url);
    await db.connect();
    const bus = createEventBus(process.env.REDIS_URL, redisPrefix);
    const relay = new OutboxRelay('metered', url, bus, logger);
    const seen: string[] = [];
    const consumer = bus.consume('metrics-test', ['metered'], async (e) => void seen.push(e.id));
    let failedOnce = false;
    const flaky = bus.consumeBatch('metrics-flaky', ['metered'], async () => {
      if (!failedOnce) throw ((failedOnce = true), new Error('first delivery fails'));
    });
    try {
      await db.query(`CREATE TABLE outbox_events (id BIGSERIAL PRIMARY KEY, type VARCHAR(64) NOT NULL, aggregate_id VARCHAR(64) NOT NULL,
        payload JSONB NOT NULL, created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3))`);
      // Three events waiting for two minutes (a relay that was down).
      await db.query("INSERT INTO outbox_events (type, aggregate_id, payload, created_at) SELECT 'Thing', 'a' || i, '{}', now() - interval '120 seconds' + i * interval '1 second' FROM generate_series(0, 2) i");
      expect(await sample('outbox_unpublished_events', 'context="metered"')).toBe(3);
      expect(await sample('outbox_oldest_unpublished_age_seconds', 'context="metered"')).toBeGreaterThanOrEqual(120);
      expect(await sample('outbox_events_published_total', 'context="metered"')).toBeUndefined();

      expect(await relay.relayOnce()).toBe(3);
      expect(await sample('outbox_unpublished_events', 'context="metered"')).toBe(0);
      expect(await sample('outbox_oldest_unpublished_age_seconds', 'context="metered"')).toBe(0);
      expect(await sample('outbox_events_published_total', 'context="metered"')).toBe(3);
      const newest = (await db.query<{ t: Date }>('SELECT max(created_at) AS t FROM outbox_events')).rows[0]!.t.getTime() / 1000;
      expect(await sample('outbox_last_published_event_timestamp_seconds', 'context="metered"')).toBeCloseTo(newest, 3);

      const end = Date.now() + 15_000;
      while ((seen.length < 3 || !failedOnce || (await sample('events_consumed_total', 'group="metrics-flaky",context="metered"')) !== 3) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      expect(await sample('events_consumed_total', 'group="metrics-test",context="metered"')).toBe(3);
      // Caught up: the newest event the group handled is the newest relayed (lag 0).
      expect(await sample('event_consumer_last_event_timestamp_seconds', 'group="metrics-test",context="metered"')).toBeCloseTo(newest, 3);
      expect(await sample('event_consumer_failures_total', 'group="metrics-flaky"')).toBe(1);
      expect(await sample('events_consumed_total', 'group="metrics-flaky",context="metered"')).toBe(3);
    } finally {
      await consumer.stop();
      await flaky.stop();
      await relay.stop();
      await db.end();
      await bus.close();
    }
  }, 60_000);
});
