// Self and inclusive time by function in a V8 .cpuprofile (node --cpu-prof, or the inspector's
// Profiler), optionally only the samples inside a window on the profile's clock (µs: bench:live
// prints its events' window when it profiles). Chrome DevTools and speedscope show one profile at a
// time, by hand; this prints a table to compare runs side by side.
//   node --import tsx tools/bench/cpuprofile-top.ts FILE [FROM_US TO_US] [ROWS]
// Every sample weighs the profile's median sampling interval (not the time to the next sample: a
// thread that waited for a core takes its next sample late, and that wait would count for whatever
// ran before it); `(idle)` samples are counted apart. Time in a system call (a socket write) counts
// for the function that made it.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, from, to, rows] = process.argv.slice(2);
if (!file) throw new Error('usage: cpuprofile-top.ts FILE [FROM_US TO_US] [ROWS]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const lo = from ? Number(from) : -Infinity;
const hi = to ? Number(to) : Infinity;
const top = Number(rows ?? 30);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const nameOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
let idle = 0;
const interval = [...profile.timeDeltas].sort((a, b) => a - b)[profile.timeDeltas.length >> 1]! / 1000;
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  if (t < lo || t > hi) continue;
  const node = byId.get(profile.samples[i]!)!;
  const ms = interval;
  if (node.callFrame.functionName === '(idle)') {
    idle += ms;
    continue;
  }
  busy += ms;
  self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms);
  // A recursive function counts once per sample.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
    const name = nameOf(byId.get(id)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
}
console.log(`busy ${busy.toFixed(0)} ms, idle ${idle.toFixed(0)} ms (samples × ${interval.toFixed(2)} ms)`);
for (const [title, table] of [['self', self], ['inclusive', inclusive]] as const) {
  console.log(`--- ${title}`);
  for (const [name, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${name}`);
}
