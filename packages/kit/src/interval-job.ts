import type { Logger } from './logger.ts';

/** A subgraph's background work on an interval (interval-job.ts). */
export interface IntervalJob {
  /** Clears the interval and waits for a run in flight: after it, the job touches nothing. */
  stop(): Promise<void>;
}

/**
 * Background work a subgraph runs every `intervalMs` on every replica (sweepers, reminders,
 * reconciliation; none when `intervalMs` is 0 or unset). A tick while a run is in flight is skipped,
 * so runs never overlap; a run that fails is logged (`<name> failed`) and the next tick runs again.
 * `stop()` waits for the run in flight, so a subgraph's close ends its database after it: stopped
 * with only a `clearInterval`, a run still querying went on while the pool and the server went
 * away, and logged errors on every such stop (tools/dev clean-stop test).
 */
export function intervalJob(
  intervalMs: number | undefined,
  run: () => Promise<unknown>,
  options: { name: string; logger: Logger; level?: 'error' | 'warn'; /** Also run once now. */ atStart?: boolean },
): IntervalJob {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = run()
      .then(
        () => {},
        (err: unknown) => options.logger[options.level ?? 'error']({ err }, `${options.name} failed`),
      )
      .finally(() => (running = undefined));
  };
  const timer = intervalMs ? setInterval(tick, intervalMs) : undefined;
  // A subgraph's servers keep its process alive; the timer alone must not.
  timer?.unref();
  if (timer && options.atStart) tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
