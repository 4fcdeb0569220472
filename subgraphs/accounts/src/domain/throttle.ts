import { AppError, type KeyValueStore } from '@worldgraph/kit';

const WINDOW_SECONDS = 15 * 60;

export interface ThrottleLimits {
  /** Failures of one login from one address after which each further attempt must wait (doubling from 1 s). */
  slowAfter: number;
  /** Failures from one address, whatever the logins, after which each further attempt from it must wait. */
  addressSlowAfter: number;
  /** The longest wait, in ms. */
  maxDelayMs: number;
}

/**
 * Slows repeated failed sign-ins without ever locking an account: the counters are bound to the
 * client's address (the pair login + address, and the address alone, over a 15-minute window in
 * the shared key-value store), so failing someone's login from one address never stops its owner
 * signing in from another. Past a counter's limit each failure sets a growing delay (1 s, 2 s, 4 s…
 * up to `maxDelayMs`) before which the next attempt is refused with RATE_LIMITED and
 * `retryAfterSeconds`: a time-based brake that parallel requests cannot get around, and no captcha.
 */
export class LoginThrottle {
  constructor(private readonly kv: KeyValueStore, private readonly limits: ThrottleLimits) {}

  private keys(login: string, address: string) {
    const pair = `${login.toLowerCase()}\n${address}`;
    return {
      pairFailures: `login-fail:pair:${pair}`,
      pairWait: `login-wait:pair:${pair}`,
      addressFailures: `login-fail:address:${address}`,
      addressWait: `login-wait:address:${address}`,
    };
  }

  /** Refuses with RATE_LIMITED while this login from this address, or this address, must wait. */
  async check(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    const [pair, byAddress] = await Promise.all([this.kv.get(keys.pairWait), this.kv.get(keys.addressWait)]);
    const until = Math.max(Number(pair ?? 0), Number(byAddress ?? 0));
    const now = Date.now();
    if (until > now) {
      const retryAfterSeconds = Math.ceil((until - now) / 1000);
      throw new AppError('RATE_LIMITED', `Too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  }

  /** Counts a failure; past a limit, sets the wait before the next attempt. */
  async failed(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    const [pair, byAddress] = await Promise.all([
      this.kv.increment(keys.pairFailures, WINDOW_SECONDS),
      this.kv.increment(keys.addressFailures, WINDOW_SECONDS),
    ]);
    await Promise.all([this.wait(keys.pairWait, pair - this.limits.slowAfter + 1), this.wait(keys.addressWait, byAddress - this.limits.addressSlowAfter + 1)]);
  }

  /** A success clears this login's failures from this address (not the address's own count). */
  async succeeded(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    await Promise.all([this.kv.delete(keys.pairFailures), this.kv.delete(keys.pairWait)]);
  }

  private async wait(key: string, over: number): Promise<void> {
    if (over <= 0) return;
    const ms = Math.min(1000 * 2 ** Math.min(over - 1, 30), this.limits.maxDelayMs);
    await this.kv.set(key, String(Date.now() + ms), Math.ceil(ms / 1000) + 1);
  }
}
