import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';

/** Where a Redis Sentinel set is: its sentinels and the name of the master they watch. */
export interface SentinelTarget {
  sentinels: { host: string; port: number }[];
  /** The master's name in the sentinels' configuration (`sentinel monitor <name> …`). */
  name: string;
  /** AUTH of the data nodes (the URL's user information). Default: none. */
  username?: string;
  password?: string;
  /** AUTH of the sentinels themselves (`?sentinelUsername=…&sentinelPassword=…`). Default: none. */
  sentinelUsername?: string;
  sentinelPassword?: string;
  /** Database number (`?db=N`). Default: 0. */
  db?: number;
  /**
   * Replicas that must hold a published event before the event bus counts it as published
   * (`?waitReplicas=N`; the bus sends WAIT after its writes and fails the publish, which the outbox
   * retries, when fewer have it within a second). Replication is asynchronous: without it, events
   * the old master took just before a failover could vanish with it. Default: 1.
   */
  waitReplicas: number;
}

const SENTINEL_SCHEME = 'redis-sentinel://';

/**
 * Reads `redis-sentinel://[user[:password]@]host[:port][,host[:port]…]/<master name>[?db=N&sentinelPassword=…]`
 * (a sentinel's port defaults to 26379; also `&waitReplicas=N`). Answers undefined for any other scheme (`redis://`,
 * `rediss://`: one server); throws, saying what is wrong, for a sentinel URL that does not parse.
 */
export function parseSentinelUrl(url: string): SentinelTarget | undefined {
  if (!url.startsWith(SENTINEL_SCHEME)) return undefined;
  const rest = url.slice(SENTINEL_SCHEME.length);
  const [beforeQuery = '', query = ''] = rest.split('?', 2);
  const slash = beforeQuery.indexOf('/');
  if (slash < 0) throw new Error('a redis-sentinel URL names the master after the sentinels: redis-sentinel://host:port,…/<master name>');
  const authority = beforeQuery.slice(0, slash);
  const name = decodeURIComponent(beforeQuery.slice(slash + 1));
  if (!/^[\w.-]+$/.test(name)) throw new Error(`a redis-sentinel URL needs a master name of letters, digits, '.', '_' or '-' after the sentinels (got "${name}")`);
  const at = authority.lastIndexOf('@');
  const [user, password] = at < 0 ? [] : authority.slice(0, at).split(':', 2).map((part) => decodeURIComponent(part));
  const sentinels = authority
    .slice(at + 1)
    .split(',')
    .map((address) => {
      const match = /^(\[[0-9a-fA-F:.]+\]|[\w.-]+)(?::(\d{1,5}))?$/.exec(address);
      const port = Number(match?.[2] ?? 26379);
      if (!match || port < 1 || port > 65535) throw new Error(`"${address}" is not a sentinel address (host or host:port)`);
      return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
    });
  const params = new URLSearchParams(query);
  const unknown = [...params.keys()].filter((key) => !['db', 'sentinelUsername', 'sentinelPassword', 'waitReplicas'].includes(key));
  if (unknown.length) throw new Error(`unknown redis-sentinel URL parameter ${unknown.join(', ')} (db, sentinelUsername, sentinelPassword, waitReplicas)`);
  const db = params.get('db');
  if (db !== null && !/^\d+$/.test(db)) throw new Error(`db must be a database number (got "${db}")`);
  const waitReplicas = params.get('waitReplicas') ?? '1';
  if (!/^\d+$/.test(waitReplicas)) throw new Error(`waitReplicas must be a number of replicas (got "${waitReplicas}")`);
  return {
    sentinels,
    name,
    waitReplicas: Number(waitReplicas),
    ...(user ? { username: user } : {}),
    ...(password ? { password } : {}),
    ...(params.get('sentinelUsername') ? { sentinelUsername: params.get('sentinelUsername')! } : {}),
    ...(params.get('sentinelPassword') ? { sentinelPassword: params.get('sentinelPassword')! } : {}),
    ...(db !== null ? { db: Number(db) } : {}),
  };
}

/** REDIS_URL as the config accepts it: `redis://`, `rediss://` (one server) or `redis-sentinel://` (a Sentinel set). */
export const redisUrlSchema = z.string().superRefine((url, ctx) => {
  try {
    if (parseSentinelUrl(url)) return;
    if (!URL.canParse(url)) throw new Error('not a URL');
    if (!['redis:', 'rediss:'].includes(new URL(url).protocol)) throw new Error('the scheme must be redis://, rediss:// or redis-sentinel://');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/**
 * Opens a connection to the Redis that `url` names (see redisUrlSchema), with `options` for the
 * caller's use (timeouts, queueing, key prefix). Through Sentinel it asks the sentinels for the
 * master, follows them when they fail over (`+switch-master`), and reconnects when a write meets
 * a node demoted to replica (READONLY), so the caller's own retry reaches the new master.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  const target = parseSentinelUrl(url);
  if (!target) return new Redis(url, options);
  const { waitReplicas: _, ...connection } = target;
  return new Redis({
    ...connection,
    failoverDetector: true,
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
    ...options,
  });
}

/**
 * Closes a connection of connectRedis: QUIT (replies in flight arrive), then the sockets that
 * QUIT leaves open (ioredis' watch on the sentinels for `+switch-master`).
 */
export async function closeRedis(redis: Redis): Promise<void> {
  await redis.quit().catch(() => {});
  redis.disconnect();
}
