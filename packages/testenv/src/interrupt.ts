import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

/**
 * How long an interrupted process may clean up in all before it exits anyway. A stack stops within
 * its own 20 s shutdown deadline (kit's onShutdown), or is killed at KILL_AFTER_MS; then its
 * databases and keys are dropped.
 */
const CLEANUP_MS = 45_000;
/** A child still running this long after its SIGTERM, on an interrupt, gets SIGKILL. */
const KILL_AFTER_MS = 25_000;

const cleanups: (() => Promise<void>)[] = [];
let interrupted = false;

function interrupt(signal: NodeJS.Signals): void {
  // One Ctrl-C reaches a benchmark twice under npm run (the terminal's, and npm's forwarded copy): once is enough.
  if (interrupted) return;
  interrupted = true;
  // What fails from now on because its stack is going away (a request, the benchmark's own
  // top-level await) is no news, and must not end the process before the cleanups are done.
  process.on('uncaughtException', () => {}).on('unhandledRejection', () => {});
  const code = 128 + constants.signals[signal];
  setTimeout(() => {
    console.error(`${signal}: cleanup did not finish within ${CLEANUP_MS / 1000} s; exiting`);
    process.exit(code);
  }, CLEANUP_MS).unref();
  void (async () => {
    // Last started first: a router before the stack it joined, the stack before its databases go.
    for (const cleanup of cleanups.slice().reverse()) await cleanup().catch((error) => console.error(`${signal}: cleanup failed`, error));
    process.exit(code);
  })();
}

/**
 * Runs `cleanup` if SIGINT or SIGTERM ends the process before the returned `release` is called:
 * the test stack and the processes started beside it register here, so an interrupted benchmark or
 * test run still stops them and drops its databases and Redis keys (CI and developers share one
 * Postgres and Redis). Cleanups run last registered first, for at most 45 s in all; then the process
 * exits 130 (SIGINT) or 143 (SIGTERM), as the signal would have ended it. The signal handlers are
 * installed only while something is registered.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  if (!cleanups.length) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, interrupt);
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
    if (!cleanups.length && !interrupted) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, interrupt);
  };
}

/**
 * `onInterrupt` for a child process: runs `stop` (which ends `child` with SIGTERM, then cleans up
 * after it), and kills the child if it is still running KILL_AFTER_MS later.
 */
export function stopOnInterrupt(child: ChildProcess, stop: () => Promise<void>): () => void {
  return onInterrupt(async () => {
    const kill = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    try {
      await stop();
    } finally {
      clearTimeout(kill);
    }
  });
}
