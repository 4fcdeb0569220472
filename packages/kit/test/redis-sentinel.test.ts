import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { baseConfigSchema, ConfigError, loadConfig } from '../src/config.ts';
import { createEventBus, type DomainEvent } from '../src/events/bus.ts';
import { createKeyValueStore, deleteRedisKeys } from '../src/kv.ts';
import { parseSentinelUrl } from '../src/redis.ts';

describe('REDIS_URL through Sentinel', () => {
  it('reads the sentinels, the master name, credentials and options', () => {
    expect(parseSentinelUrl('redis-sentinel://u:p%40ss@s1:26380,10.0.0.2,[::1]:26381/main-1?db=2&sentinelPassword=sp&waitReplicas=2')).toEqual({
      sentinels: [
        { host: 's1', port: 26380 },
        { host: '10.0.0.2', port: 26379 },
        { host: '::1', port: 26381 },
      ],
      name: 'main-1',
      username: 'u',
      password: 'p@ss',
      sentinelPassword: 'sp',
      db: 2,
      waitReplicas: 2,
    });
    expect(parseSentinelUrl('redis-sentinel://s1/worldgraph')).toEqual({ sentinels: [{ host: 's1', port: 26379 }], name: 'worldgraph', waitReplicas: 1 });
    expect(parseSentinelUrl('redis://127.0.0.1:6379')).toBeUndefined();
  });

  it('is validated with the rest of the configuration, saying what is wrong', () => {
    const config = (url: string) => loadConfig(baseConfigSchema, { REDIS_URL: url });
    expect(config('redis-sentinel://a:26379,b:26379/worldgraph').REDIS_URL).toBe('redis-sentinel://a:26379,b:26379/worldgraph');
    expect(config('rediss://user:pw@cache.example:6380/1').REDIS_URL).toBe('rediss://user:pw@cache.example:6380/1');
    expect(() => config('redis-sentinel://a:26379,b:26379')).toThrow(/REDIS_URL: a redis-sentinel URL names the master/);
    expect(() => config('redis-sentinel://a:99999/m')).toThrow(/"a:99999" is not a sentinel address/);
    expect(() => config('redis-sentinel://a,,b/m')).toThrow(/"" is not a sentinel address/);
    expect(() => config('redis-sentinel://a/m?master=x')).toThrow(/unknown redis-sentinel URL parameter master/);
    expect(() => config('http://a:6379')).toThrow(ConfigError);
    expect(() => config('not a url')).toThrow(/REDIS_URL: not a URL/);
  });
});

const SENTINEL_URL = process.env.REDIS_SENTINEL_URL;
const prefix = `wgt:ha:${randomBytes(3).toString('hex')}:`;

/** Where the sentinels say the master is now. */
async function masterAddress(sentinel: Redis, name: string) {
  const [host, port] = (await sentinel.call('SENTINEL', 'get-master-addr-by-name', name)) as [string, string];
  return `${host}:${port}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A real Sentinel set: tools/redis-ha/launch.sh (CI starts it).
(SENTINEL_URL ? describe : describe.skip)('a Redis failover under the event bus and the key-value store', () => {
  const target = parseSentinelUrl(SENTINEL_URL!)!;
  const sentinel = new Redis({ ...target.sentinels[0], maxRetriesPerRequest: 2 });
  afterAll(async () => {
    await deleteRedisKeys(SENTINEL_URL!, prefix);
    sentinel.disconnect();
  });

  it('keeps publishing and consuming across SENTINEL FAILOVER, losing no event', async () => {
    const bus = createEventBus(SENTINEL_URL, prefix);
    const kv = createKeyValueStore(SENTINEL_URL, prefix);
    const consumed = new Map<string, number>();
    const tailed = new Set<string>();
    const consumer = bus.consume('ha-test', ['things'], async (e) => void consumed.set(e.id, (consumed.get(e.id) ?? 0) + 1));
    const tail = bus.tail(['things'], (e) => tailed.add(e.id));
    const event = (n: number): DomainEvent => ({ id: `things:${n}`, context: 'things', type: 'Thing', aggregateId: `a${n % 7}`, payload: { n }, occurredAt: new Date().toISOString() });
    let failedPublishes = 0;
    try {
      await kv.set('before', 'kept', 300);
      await sleep(300); // the tail finds its place in the stream
      const before = await masterAddress(sentinel, target.name);
      let switchedAt: number | undefined;
      let n = 0;
      // Publishes one event at a time as the outbox relay does: a failed publish is retried until
      // the bus takes it; at least 60 before the failover and 60 once the sentinels name a new master.
      while (switchedAt === undefined || n < switchedAt + 60) {
        if (n === 60) {
          // Another run's failover may still be settling: the sentinels answer INPROG meanwhile.
          for (let tries = 0; ; tries++) {
            const answer = await sentinel.call('SENTINEL', 'FAILOVER', target.name).catch((e: Error) => e);
            if (!(answer instanceof Error) || tries > 40) break;
            await sleep(500);
          }
        }
        if (n > 60 && switchedAt === undefined && (await masterAddress(sentinel, target.name)) !== before) switchedAt = n;
        try {
          await bus.publish([event(n)]);
          n++;
        } catch {
          failedPublishes++;
          await sleep(100);
        }
        if (failedPublishes > 300) throw new Error('the bus never reached the new master');
        await sleep(10);
      }
      const end = Date.now() + 20_000;
      while ((consumed.size < n || tailed.size < n) && Date.now() < end) await sleep(100);
      // For the record (README): how many publishes the failover refused and how many came twice.
      console.info(`failover: ${n} events, ${failedPublishes} publishes retried, ${[...consumed.values()].filter((c) => c > 1).length} delivered twice`);
      const missing = Array.from({ length: n }, (_, i) => `things:${i}`).filter((id) => !consumed.has(id));
      expect({ missing, published: n }).toEqual({ missing: [], published: n });
      // The tail (live subscriptions) resumes from its last event on the new master.
      expect(Array.from({ length: n }, (_, i) => `things:${i}`).filter((id) => !tailed.has(id))).toEqual([]);
      // Redelivery is allowed (consumers are idempotent); only a failover's unacknowledged batch comes again.
      expect([...consumed.values()].filter((count) => count > 1).length).toBeLessThan(n / 2);
      // The key-value store (rate limits, revocations) works on the new master and kept its keys.
      expect(await masterAddress(sentinel, target.name)).not.toBe(before);
      expect(await kv.get('before')).toBe('kept');
      let count = 0;
      for (let tries = 0; tries < 50 && !count; tries++) count = await kv.increment('after', 60).catch(async () => (await sleep(100), 0));
      expect(count).toBe(1);
      expect(await kv.increment('after', 60)).toBe(2);
    } finally {
      await consumer.stop();
      await tail.stop();
      await bus.close();
      await kv.close();
    }
  }, 90_000);
});
