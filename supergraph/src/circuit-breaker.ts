/**
 * A circuit breaker per subgraph. After `failures` consecutive failed calls the circuit opens and
 * calls fail at once, without waiting for a subgraph that is down; after `resetMs` one call is let
 * through as a probe (half-open): its success closes the circuit, its failure opens it again.
 *
 * Written here rather than taken from `opossum`: that library wraps a function per breaker with
 * its own timers, events and rolling statistics, while the router needs three states checked on
 * the hot path of every subgraph call, with no timer at all (the clock is read when a call comes).
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | undefined;
  private probing = false;

  constructor(private readonly failures: number, private readonly resetMs: number) {}

  /** `closed`, `open` (failing fast) or `half-open` (a probe may go). */
  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return Date.now() - this.openedAt >= this.resetMs ? 'half-open' : 'open';
  }

  /** Whether a call may go now; in half-open, only one probe at a time. Pair each `true` with `succeeded` or `failed`. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openedAt = undefined;
    this.probing = false;
  }

  failed(): void {
    this.probing = false;
    this.consecutiveFailures++;
    if (this.openedAt !== undefined || this.consecutiveFailures >= this.failures) this.openedAt = Date.now();
  }
}
