import type { KeyValueStore, Logger } from '@worldgraph/kit';

/** At most `limit` requests per `windowSeconds`. */
export interface RateRule {
  limit: number;
  windowSeconds: number;
}

/** Parses `600/60` (requests per seconds). */
export function parseRateRule(spec: string): RateRule {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new Error(`a rate limit is "<requests>/<seconds>", e.g. 600/60; got "${spec}"`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

/** One counter a request is charged to: its address, its user, its API key. */
export interface RateScope {
  scope: 'address' | 'user' | 'apiKey';
  id: string;
  rule: RateRule;
}

/** The outcome for the most constrained of a request's scopes, for the RateLimit headers. */
export interface RateDecision {
  allowed: boolean;
  scope: RateScope['scope'];
  limit: number;
  windowSeconds: number;
  remaining: number;
  /** Seconds until the window frees a request (Retry-After when refused). */
  resetSeconds: number;
}

/** One key's count in its current window: what the store last said, and what this process added since. */
interface WindowCount {
  index: number;
  synced: number;
  /** Being added to the store right now. */
  sending: number;
  pending: number;
  lastSync: number;
  inflight?: Promise<void>;
}

/**
 * Sliding-window rate limits (the two-window approximation: the previous fixed window's count,
 * weighted by how much of it still overlaps the sliding window, plus the current one's) on the
 * kit's key-value store: Redis with REDIS_URL, shared by every router replica; in process
 * otherwise. Refused requests count too, so a client that keeps hammering stays refused.
 *
 * Counts reach the store in batches: a key's first request in each window waits for the store's
 * count; later ones are decided on it plus this process's own since, which are added to the store
 * at most every `syncMs`, and on every request once the key is past 80% of its limit (exact near
 * the limit; far from it a replica may admit `syncMs` worth of its own traffic unseen by others).
 * A closed window's count is read once. While the store fails, counting goes on in this process
 * (logged), so an outage neither opens the gate nor refuses everyone.
 */
export class RateLimiter {
  private readonly windows = new Map<string, WindowCount>();
  /** Counts of windows that have closed, by key (cleared when it grows past 100,000 keys). */
  private readonly closed = new Map<string, number>();
  private lastFailureLog = 0;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly syncMs = 100,
  ) {}

  /** Charges one request to every scope; refused when any is past its limit. */
  async consume(scopes: readonly RateScope[]): Promise<RateDecision> {
    const decisions = await Promise.all(scopes.map((s) => this.charge(s)));
    // The refused one, else the one with the fewest requests left.
    return decisions.reduce((worst, d) => (!d.allowed && worst.allowed ? d : d.allowed === worst.allowed && d.remaining < worst.remaining ? d : worst));
  }

  private failed(err: unknown) {
    const now = this.now();
    if (now - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = now;
    this.logger.warn({ err }, 'rate limits counted in this process: the shared store failed');
  }

  private async previousCount(key: string): Promise<number> {
    const known = this.closed.get(key);
    if (known !== undefined) return known;
    let count = 0;
    try {
      count = Number(await this.kv.get(key));
    } catch (err) {
      this.failed(err);
      return 0;
    }
    if (this.closed.size >= 100_000) this.closed.clear();
    this.closed.set(key, count);
    return count;
  }

  private sync(key: string, count: WindowCount, ttlSeconds: number): Promise<void> {
    count.inflight ??= (async () => {
      const sent = count.pending;
      count.pending = 0;
      count.sending = sent;
      count.lastSync = this.now();
      try {
        count.synced = sent ? await this.kv.increment(key, ttlSeconds, sent) : count.synced;
      } catch (err) {
        count.synced += sent;
        this.failed(err);
      }
      count.sending = 0;
    })().finally(() => (count.inflight = undefined));
    return count.inflight;
  }

  private async charge({ scope, id, rule }: RateScope): Promise<RateDecision> {
    const now = this.now();
    const windowMs = rule.windowSeconds * 1000;
    const index = Math.floor(now / windowMs);
    const name = `rl:${scope}:${id}:${rule.windowSeconds}`;
    let count = this.windows.get(name);
    if (!count || count.index !== index) {
      count = { index, synced: 0, sending: 0, pending: 0, lastSync: 0 };
      if (this.windows.size >= 100_000) this.windows.clear();
      this.windows.set(name, count);
    }
    count.pending++;
    const previous = this.previousCount(`${name}:${index - 1}`);
    const first = count.lastSync === 0;
    const near = count.synced + count.sending + count.pending >= rule.limit * 0.8;
    if (first || near) await this.sync(`${name}:${index}`, count, rule.windowSeconds * 2);
    else if (now - count.lastSync >= this.syncMs) void this.sync(`${name}:${index}`, count, rule.windowSeconds * 2);
    const current = count.synced + count.sending + count.pending;

    const elapsed = (now - index * windowMs) / windowMs;
    const estimated = (await previous) * (1 - elapsed) + current;
    const allowed = estimated <= rule.limit;
    // Allowed: the current window's end. Refused: when the estimate falls to limit - 1, still in
    // this window (the previous window's share shrinks) or in the next (this one's share does).
    let resetMs = (index + 1) * windowMs - now;
    if (!allowed) {
      const before = await previous;
      if (current <= rule.limit - 1 && before > 0) resetMs = (1 - (rule.limit - 1 - current) / before - elapsed) * windowMs;
      else resetMs += Math.max(0, 1 - (rule.limit - 1) / current) * windowMs;
    }
    return {
      allowed,
      scope,
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
      remaining: Math.max(0, Math.floor(rule.limit - estimated)),
      resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
    };
  }

  close() {
    return Promise.resolve();
  }
}

/** IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): policy, limit, remaining, reset. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': `${decision.limit};w=${decision.windowSeconds}`,
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
  };
  if (!decision.allowed) headers['Retry-After'] = String(decision.resetSeconds);
  return headers;
}
