import { createKeyValueStore, type KeyValueStore, type Logger } from '@worldgraph/kit';

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

/**
 * Sliding-window rate limits (the two-window approximation: the previous fixed window's count,
 * weighted by how much of it still overlaps the sliding window, plus the current one's) on the
 * kit's key-value store: Redis with REDIS_URL, shared by every router replica; in process
 * otherwise. Refused requests count too, so a client that keeps hammering stays refused. While
 * Redis fails, counting goes on in this process (logged), so an outage neither opens the gate
 * nor refuses everyone.
 */
export class RateLimiter {
  private readonly local = createKeyValueStore(undefined, '');
  private lastFailureLog = 0;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges one request to every scope; refused when any is past its limit. */
  async consume(scopes: readonly RateScope[]): Promise<RateDecision> {
    const decisions = await Promise.all(scopes.map((s) => this.charge(s)));
    // The refused one, else the one with the fewest requests left.
    return decisions.reduce((worst, d) => (!d.allowed && worst.allowed ? d : d.allowed === worst.allowed && d.remaining < worst.remaining ? d : worst));
  }

  private async charge({ scope, id, rule }: RateScope): Promise<RateDecision> {
    const now = this.now();
    const windowMs = rule.windowSeconds * 1000;
    const index = Math.floor(now / windowMs);
    const key = (i: number) => `rl:${scope}:${id}:${rule.windowSeconds}:${i}`;
    let current: number;
    let previous: number;
    try {
      [current, previous] = await Promise.all([this.kv.increment(key(index), rule.windowSeconds * 2), this.kv.get(key(index - 1)).then(Number)]);
    } catch (err) {
      if (now - this.lastFailureLog > 60_000) {
        this.lastFailureLog = now;
        this.logger.warn({ err }, 'rate limits counted in this process: the shared store failed');
      }
      [current, previous] = await Promise.all([this.local.increment(key(index), rule.windowSeconds * 2), this.local.get(key(index - 1)).then(Number)]);
    }
    const elapsed = (now - index * windowMs) / windowMs;
    const overlap = 1 - elapsed;
    const estimated = previous * overlap + current;
    const allowed = estimated <= rule.limit;
    // Allowed: the current window's end. Refused: when the estimate falls to limit - 1, still in
    // this window (the previous window's share shrinks) or in the next (this one's share does).
    let resetMs = (index + 1) * windowMs - now;
    if (!allowed) {
      if (current <= rule.limit - 1 && previous > 0) resetMs = (1 - (rule.limit - 1 - current) / previous - elapsed) * windowMs;
      else resetMs += Math.max(0, 1 - (rule.limit - 1) / current) * windowMs;
    }
    const resetSeconds = resetMs / 1000;
    return {
      allowed,
      scope,
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
      remaining: Math.max(0, Math.floor(rule.limit - estimated)),
      resetSeconds: Math.max(1, Math.ceil(resetSeconds)),
    };
  }

  close() {
    return this.local.close();
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
