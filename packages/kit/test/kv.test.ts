import { createKeyValueStore } from '../src/kv.ts';

// Both implementations keep one contract; Redis runs when REDIS_URL is set (CI), and through Sentinel
// with REDIS_SENTINEL_URL (tools/redis-ha/launch.sh).
const stores: [string, string | undefined][] = [
  ['memory', undefined],
  ...(process.env.REDIS_URL ? [['redis', process.env.REDIS_URL] as [string, string]] : []),
  ...(process.env.REDIS_SENTINEL_URL ? [['redis via sentinel', process.env.REDIS_SENTINEL_URL] as [string, string]] : []),
];

describe.each(stores)('key-value store (%s)', (_name, url) => {
  const kv = createKeyValueStore(url, `wgt:kit:${process.pid}:${Date.now()}:`);
  afterAll(() => kv.close());

  it('counts and expires', async () => {
    expect(await kv.increment('n', 1)).toBe(1);
    expect(await kv.increment('n', 1)).toBe(2);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await kv.get('n')).toBeNull();
  });

  it('answers reads asked for together, each its own value', async () => {
    await kv.set('a', '1', 60);
    await kv.set('b', '2', 60);
    const keys = ['a', 'missing', 'b', 'a', ...Array.from({ length: 40 }, (_, i) => (i % 2 ? 'b' : 'absent'))];
    expect(await Promise.all(keys.map((k) => kv.get(k)))).toEqual(keys.map((k) => (k === 'a' ? '1' : k === 'b' ? '2' : null)));
  });

  it('sets, gets and deletes', async () => {
    await kv.set('k', 'v', 60);
    expect(await kv.get('k')).toBe('v');
    await kv.delete('k');
    expect(await kv.get('k')).toBeNull();
    await kv.ping();
  });
});
