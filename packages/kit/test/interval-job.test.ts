import { intervalJob } from '../src/interval-job.ts';
import type { Logger } from '../src/logger.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const logger = () => {
  const lines: { level: string; msg: string }[] = [];
  const log = (level: string) => (_: unknown, msg: string) => void lines.push({ level, msg });
  return { lines, logger: { error: log('error'), warn: log('warn') } as unknown as Logger };
};

describe('intervalJob', () => {
  it('skips ticks while a run is in flight, and stop() waits for that run and ends the job', async () => {
    let calls = 0;
    let finish!: () => void;
    let finished = false;
    const job = intervalJob(
      5,
      () => {
        calls++;
        return new Promise<void>((resolve) => (finish = () => ((finished = true), resolve())));
      },
      { name: 'sweeper', ...logger(), atStart: true },
    );
    expect(calls).toBe(1);
    await sleep(60); // a dozen ticks, all while the first run is in flight
    expect(calls).toBe(1);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await sleep(20);
    expect(stopped).toBe(false); // still waiting for the run in flight
    finish();
    await stopping;
    expect(finished).toBe(true);
    await sleep(40);
    expect(calls).toBe(1); // nothing runs after stop
  });

  it('logs a failed run and runs again at the next tick', async () => {
    const { lines, logger: log } = logger();
    let calls = 0;
    const job = intervalJob(5, async () => {
      calls++;
      throw new Error('down');
    }, { name: 'reminders', logger: log, level: 'warn' });
    for (let i = 0; i < 500 && calls < 2; i++) await sleep(10);
    await job.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toEqual({ level: 'warn', msg: 'reminders failed' });
  });

  it('does nothing without an interval', async () => {
    let calls = 0;
    const job = intervalJob(0, async () => void calls++, { name: 'off', ...logger(), atStart: true });
    await sleep(20);
    await job.stop();
    expect(calls).toBe(0);
  });
});
