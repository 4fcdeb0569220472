import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, type KeyValueStore } from '@worldgraph/kit';

const WINDOW_SECONDS = 15 * 60;

export interface ThrottleLimits {
  /** Account failures after which each attempt waits before answering. */
  slowAfter: number;
  /** Account failures after which sign-in is refused until the window ends. */
  lockAfter: number;
  /** Address failures after which sign-in from it is refused until the window ends. */
  addressLockAfter: number;
}

/**
 * Slows, then refuses, repeated failed sign-ins for one account or one client address,
 * over a 15-minute window kept in the shared key-value store (Redis when configured).
 */
export class LoginThrottle {
  constructor(private readonly kv: KeyValueStore, private readonly limits: ThrottleLimits) {}

  private keys(login: string, address: string) {
    return { account: `login-fail:account:${login.toLowerCase()}`, address: `login-fail:address:${address}` };
  }

  /** Refuses with RATE_LIMITED while either counter is over its limit. */
  async check(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    const [account, byAddress] = await Promise.all([this.kv.get(keys.account), this.kv.get(keys.address)]);
    if (Number(account) >= this.limits.lockAfter || Number(byAddress) >= this.limits.addressLockAfter) {
      throw new AppError('RATE_LIMITED', 'Too many failed sign-ins; try again in 15 minutes', { retryAfterSeconds: WINDOW_SECONDS });
    }
  }

  /** Counts a failure, and past `slowAfter` waits (doubling, at most 4 s) before the caller answers. */
  async failed(login: string, address: string): Promise<void> {
    const keys = this.keys(login, address);
    const [count] = await Promise.all([
      this.kv.increment(keys.account, WINDOW_SECONDS),
      this.kv.increment(keys.address, WINDOW_SECONDS),
    ]);
    if (count > this.limits.slowAfter) await sleep(Math.min(250 * 2 ** (count - this.limits.slowAfter - 1), 4_000));
  }

  /** A success clears the account's failures (not the address's). */
  async succeeded(login: string): Promise<void> {
    await this.kv.delete(this.keys(login, '').account);
  }
}
