// CPU time and peak memory of a process and its descendants (cluster workers, forks), from /proc.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; userSeconds: number; systemSeconds: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), userSeconds: Number(fields[11]) / TICKS_PER_SECOND, systemSeconds: Number(fields[12]) / TICKS_PER_SECOND };
  } catch {
    return undefined; // gone
  }
}

/** CPU seconds one process (all its threads) has used so far: user + system, and system alone (the kernel's share). 0 when it is gone. */
export function processCpu(pid: number): { total: number; system: number } {
  const s = stat(pid);
  return s ? { total: s.userSeconds + s.systemSeconds, system: s.systemSeconds } : { total: 0, system: 0 };
}

/** The same for a process and every live descendant (a router cluster's workers). */
export function treeCpu(root: number): { total: number; system: number } {
  return processTree(root).reduce(
    (sum, pid) => {
      const c = processCpu(pid);
      return { total: sum.total + c.total, system: sum.system + c.system };
    },
    { total: 0, system: 0 },
  );
}

/** The process and every live descendant. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s) parents.set(Number(entry), s.ppid);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/**
 * CPU seconds the whole machine has been busy so far, every core together (/proc/stat's first line:
 * user, nice, system, irq and softirq; not idle, iowait or steal, the time the hypervisor gave to
 * others): the gateway, the subgraphs, the load generator and every server beside them.
 */
export function machineCpuSeconds(): number {
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / TICKS_PER_SECOND;
}

/** CPU seconds (user + system) used so far by the tree. */
export const cpuSeconds = (root: number) => treeCpu(root).total;

/** Sum of each process's peak resident set (VmHWM), MiB. */
export function peakMemoryMiB(root: number): number {
  let kib = 0;
  for (const pid of processTree(root)) {
    try {
      kib += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kib / 1024);
}

/** The 1-minute load average. */
export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Waits until these processes are quiet (under `cores` of CPU over a second), at most `maxMs`:
 * a case must not pay for the background work the previous one left (a write case leaves the
 * audit log and notifications behind it, consumed from the event streams).
 */
export async function settle(pids: number[], cores = 0.15, maxMs = 60_000): Promise<number> {
  const started = Date.now();
  const busy = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  for (;;) {
    const from = busy();
    await new Promise((r) => setTimeout(r, 1_000));
    const used = busy() - from;
    if (used < cores || Date.now() - started > maxMs) return Date.now() - started;
  }
}

/** The yardstick's work: fixed bytes hashed and a fixed document through JSON, the same on every run. */
const YARD_BYTES = Buffer.alloc(1 << 20, 7);
const YARD_DOC = { items: Array.from({ length: 500 }, (_, i) => ({ id: `item-${i}`, price: i * 1.5, tags: ['a', 'b', String(i)], nested: { ok: i % 2 === 0 } })) };

/**
 * The machine's speed now, in ms (lower is faster): one fixed piece of single-threaded work (32 SHA-256
 * of 1 MiB, 200 JSON round trips of a 40 KB document), its best of three. Taken with the machine idle
 * before each measured window. The same build's figures moved by up to a third between runs of one
 * hour here (tools/bench/README.md); the yardstick beside each window says how fast the machine itself
 * was then, and lets a session's figures be set beside another machine's.
 */
export function yardstickMs(): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const t0 = performance.now();
    for (let i = 0; i < 32; i++) createHash('sha256').update(YARD_BYTES).digest();
    for (let i = 0; i < 200; i++) JSON.parse(JSON.stringify(YARD_DOC));
    best = Math.min(best, performance.now() - t0);
  }
  return Number(best.toFixed(1));
}
