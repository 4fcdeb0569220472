import type { ClueGraph, ClueNode } from './clue-graph.ts';
import { distanceMeters, isValidLatLng, type LatLng } from './geo.ts';

export interface PlayArea {
  center: LatLng;
  radiusM: number;
}

/** One reason a clue graph cannot be published; `clueId`/`clueName` name the clue at fault. */
export interface GraphProblem {
  code: 'NO_START' | 'NO_TREASURE' | 'INVALID_COORDINATES' | 'OUTSIDE_PLAY_AREA' | 'UNREACHABLE_CLUE' | 'UNREACHABLE_TREASURE';
  message: string;
  clueId?: string;
  clueName?: string;
}

/** Clues reachable from `roots` along the paths (roots included). */
export function reachableFrom(graph: ClueGraph, roots: string[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const p of graph.paths) out.set(p.from, [...(out.get(p.from) ?? []), p.to]);
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length) {
    for (const next of out.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * What stops a hunt from being published: no start or treasure, a clue with invalid coordinates
 * or outside the play area, a clue (or treasure) no start leads to. In clue-id order.
 */
export function graphProblems(graph: ClueGraph, area: PlayArea): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const clues = [...graph.clues].sort((a, b) => (a.id < b.id ? -1 : 1));
  const named = (c: ClueNode) => ({ clueId: c.id, clueName: c.name });
  const starts = clues.filter((c) => c.start);
  if (!starts.length) problems.push({ code: 'NO_START', message: 'The hunt has no start clue' });
  if (!clues.some((c) => c.treasure)) problems.push({ code: 'NO_TREASURE', message: 'The hunt has no treasure clue' });
  for (const c of clues) {
    if (!isValidLatLng(c)) {
      problems.push({ code: 'INVALID_COORDINATES', message: `Clue "${c.name}" has invalid coordinates (${c.lat}, ${c.lng})`, ...named(c) });
    } else if (distanceMeters(area.center, c) > area.radiusM) {
      problems.push({ code: 'OUTSIDE_PLAY_AREA', message: `Clue "${c.name}" lies outside the play area`, ...named(c) });
    }
  }
  const reached = reachableFrom(graph, starts.map((c) => c.id));
  for (const c of clues) {
    if (reached.has(c.id)) continue;
    problems.push(
      c.treasure
        ? { code: 'UNREACHABLE_TREASURE', message: `Treasure "${c.name}" cannot be reached from any start clue`, ...named(c) }
        : { code: 'UNREACHABLE_CLUE', message: `Clue "${c.name}" cannot be reached from any start clue`, ...named(c) },
    );
  }
  return problems;
}
