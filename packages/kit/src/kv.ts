import type { Redis } from 'ioredis';
import { GroupWriter } from './group-writer.ts';
import { closeRedis, connectRedis } from './redis.ts';

/**
 * Small shared state with expiry: rate-limit counters, revoked sessions, caches.
 * Redis when REDIS_URL is set; otherwise in process memory, which is only shared by the
 * subgraphs of a single-process run (npm start, the test stack).
 */
export interface KeyValueStore {
  /** Adds `by` (default 1) to `key` and returns the new count; the key expires `ttlSeconds` after its first increment. */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Round trip to the store, for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store named by the config: Redis at `redisUrl`, or memory when it is unset. */
export function createKeyValueStore(redisUrl: string | undefined, prefix: string): KeyValueStore {
  return redisUrl ? new RedisStore(redisUrl, prefix) : new MemoryStore();
}

class RedisStore implements KeyValueStore {
  private readonly redis: Redis;
  constructor(url: string, prefix: string) {
    // Fail commands fast while Redis is away instead of queueing them without bound.
    this.redis = connectRedis(url, { keyPrefix: prefix, maxRetriesPerRequest: 2, lazyConnect: false });
    // While Redis is away each command fails on its own (and readiness says so); the connection's
    // error events carry nothing more, and unhandled they would end the process.
    this.redis.on('error', () => {});
  }
  async increment(key: string, ttlSeconds: number, by = 1) {
    const [[, count]] = (await this.redis.multi().incrby(key, by).expire(key, ttlSeconds, 'NX').exec()) as [[null, number]];
    return count;
  }
  /**
   * Reads asked for while one is in flight go together in the next MGET (group commit, for reads):
   * every authenticated request looks up its session's revocation here, in the router and again in
   * the subgraph, and under load each GET was a socket write and a reply read of its own (about 1.4 %
   * of the test stack's CPU under the purchase benchmark). Each read is still made after it was asked.
   */
  private readonly reads = new GroupWriter<{ key: string; value?: string | null }>(async (batch) => {
    const values = await this.redis.mget(batch.map((r) => r.key));
    batch.forEach((r, i) => (r.value = values[i] ?? null));
  });
  async get(key: string) {
    const read: { key: string; value?: string | null } = { key };
    await this.reads.add([read]);
    return read.value ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(key, value, 'EX', ttlSeconds);
  }
  async delete(key: string) {
    await this.redis.del(key);
  }
  async ping() {
    await this.redis.ping();
  }
  async close() {
    await closeRedis(this.redis);
  }
}

class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) this.entries.delete(key);
    return this.entries.get(key);
  }
  async increment(key: string, ttlSeconds: number, by = 1) {
    const entry = this.live(key);
    const count = (entry ? Number(entry.value) : 0) + by;
    this.entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? Date.now() + ttlSeconds * 1000 });
    return count;
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }
  async delete(key: string) {
    this.entries.delete(key);
  }
  async ping() {}
  async close() {
    this.entries.clear();
  }
}

/**
 * Deletes every Redis key under `prefix` (streams, counters, revocations): how a test run or a
 * benchmark leaves a shared Redis as it found it. Returns how many keys went.
 */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  if (!prefix) throw new Error('deleteRedisKeys needs a prefix'); // never the whole database
  const redis = connectRedis(redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => {});
  let deleted = 0;
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    for await (const keys of redis.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length) deleted += await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
