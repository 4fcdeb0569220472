/** A clue as stored, whichever store holds the graph. */
export interface ClueNode {
  id: string;
  huntId: string;
  name: string;
  riddle: string;
  hint: string | null;
  lat: number;
  lng: number;
  radiusM: number;
  start: boolean;
  treasure: boolean;
}

export interface CluePath {
  from: string;
  to: string;
}

export interface ClueGraph {
  clues: ClueNode[];
  paths: CluePath[];
}

/**
 * The clue graph's port: Neo4j when NEO4J_URL is set, Postgres (recursive queries) otherwise.
 * test/clue-graph.contract.test.ts holds both to the same behaviour. Lists come in id order.
 */
export interface ClueGraphStore {
  readonly kind: 'neo4j' | 'postgres';
  addClue(clue: ClueNode): Promise<void>;
  /** Removes a clue and its paths; false when the hunt has no such clue. */
  removeClue(huntId: string, clueId: string): Promise<boolean>;
  /** Adds a directed path between two clues of the hunt (both must exist; adding it twice is a no-op). */
  connect(huntId: string, from: string, to: string): Promise<void>;
  /** The hunt's clues with these ids (all of them without `ids`). */
  clues(huntId: string, ids?: string[]): Promise<ClueNode[]>;
  graph(huntId: string): Promise<ClueGraph>;
  /** The clues a player who found `found` may look for: the start clues at first, then every unfound successor. */
  next(huntId: string, found: string[]): Promise<ClueNode[]>;
  /** Fewest steps from one clue to another, both included; null when unreachable. Ties: smallest ids first. */
  shortestPath(huntId: string, from: string, to: string): Promise<ClueNode[] | null>;
  /** Drops a hunt's whole graph (tests, and hunts deleted as drafts). */
  dropHunt(huntId: string): Promise<void>;
  close(): Promise<void>;
}

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Of several equally short paths (lists of ids), the one smallest element by element. */
export function smallestPath(paths: string[][]): string[] | null {
  let best: string[] | null = null;
  for (const p of paths) {
    if (!best || p.length < best.length || (p.length === best.length && p.join(',') < best.join(','))) best = p;
  }
  return best;
}

/**
 * Walks from `from` to `to` along shortest paths, choosing the smallest next id each step: the
 * smallest-ids shortest path. `fromSource`/`toTarget` are hop distances (from the source, to the target).
 */
export function walkShortest(
  from: string,
  to: string,
  successors: Map<string, string[]>,
  toTarget: Map<string, number>,
): string[] | null {
  const total = toTarget.get(from);
  if (total === undefined) return null;
  const path = [from];
  let current = from;
  for (let left = total; left > 0; left--) {
    const options = (successors.get(current) ?? []).filter((n) => toTarget.get(n) === left - 1).sort();
    if (!options.length) return null;
    current = options[0]!;
    path.push(current);
  }
  return current === to ? path : null;
}
