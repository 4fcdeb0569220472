import { randomBytes } from 'node:crypto';
import { createEventBus, type DomainEvent } from '../src/events/bus.ts';
import { LiveEvents, SlowConsumerError } from '../src/events/live.ts';
import { deleteRedisKeys } from '../src/kv.ts';

const event = (context: string, n: number): DomainEvent => ({ id: `${context}:${n}`, context, type: 'Thing', aggregateId: `a${n}`, payload: { n }, occurredAt: new Date().toISOString() });

// Every Redis key of this file's buses lives under this prefix, deleted afterwards (CI reuses the machine's Redis).
const redisPrefix = `wgt:live:${randomBytes(3).toString('hex')}:`;
afterAll(async () => {
  if (process.env.REDIS_URL) await deleteRedisKeys(process.env.REDIS_URL, redisPrefix);
  if (process.env.REDIS_SENTINEL_URL) await deleteRedisKeys(process.env.REDIS_SENTINEL_URL, redisPrefix);
});

const buses: [string, string | undefined][] = [
  ['in-process', undefined],
  ...(process.env.REDIS_URL ? [['redis streams', process.env.REDIS_URL] as [string, string]] : []),
  ...(process.env.REDIS_SENTINEL_URL ? [['redis streams via sentinel', process.env.REDIS_SENTINEL_URL] as [string, string]] : []),
];

describe.each(buses)('live events on the %s bus', (_name, redisUrl) => {
  it('fans every new event out to each matching subscription, in order', async () => {
    const bus = createEventBus(redisUrl, `${redisPrefix}${randomBytes(3).toString('hex')}:`);
    const live = new LiveEvents(bus);
    try {
      live.follow(['things', 'others']);
      await new Promise((r) => setTimeout(r, 300)); // the Redis tail finds its place in the streams
      const all = live.subscribe(['things']);
      const odd = live.subscribe(['things'], { filter: (e) => (e.payload.n as number) % 2 === 1 });
      const other = live.subscribe(['others']);
      await bus.publish([1, 2, 3, 4].map((n) => event('things', n)));
      const take = async (it: AsyncIterableIterator<DomainEvent>, n: number) => {
        const got: unknown[] = [];
        for (let i = 0; i < n; i++) got.push((await it.next()).value.payload.n);
        return got;
      };
      expect(await take(all, 4)).toEqual([1, 2, 3, 4]);
      expect(await take(odd, 2)).toEqual([1, 3]);
      await bus.publish([event('others', 9)]);
      expect(await take(other, 1)).toEqual([9]);
      expect(live.size).toBe(3);
      await all.return!();
      expect(live.size).toBe(2);
    } finally {
      await live.close();
      await bus.close();
    }
  });
});

describe('a slow live subscriber', () => {
  it('is dropped once more than maxBuffered events wait for it, and the others go on', async () => {
    const bus = createEventBus(undefined, 'x:');
    const live = new LiveEvents(bus);
    const slow = live.subscribe(['things'], { maxBuffered: 3 });
    const fast = live.subscribe(['things']);
    await bus.publish([1, 2, 3, 4, 5].map((n) => event('things', n)));
    await expect(slow.next()).rejects.toBeInstanceOf(SlowConsumerError);
    expect(live.size).toBe(1);
    expect((await fast.next()).value.payload.n).toBe(1);
    await live.close();
  });
});
