// One contract for every clue-graph store: Postgres always (the stack's hunts database), Neo4j
// when NEO4J_URL is set (.ci/run starts one from Maven Central with tools/neo4j/launch.sh and sets it).
import { randomUUID } from 'node:crypto';
import { createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { stack } from '@worldgraph/testenv';
import type { ClueGraphStore, ClueNode } from '../src/domain/clue-graph.ts';
import { walkShortest } from '../src/domain/clue-graph.ts';
import { Neo4jClueStore } from '../src/domain/neo4j-clue-store.ts';
import { PostgresClueStore } from '../src/domain/pg-clue-store.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';

type Factory = () => { store: ClueGraphStore; close(): Promise<void> };

const stores: [string, Factory][] = [
  [
    'postgres',
    () => {
      const { databaseUrl: server, dbPrefix } = stack();
      const db = createPrismaClient(PrismaClient, databaseUrl(server, `${dbPrefix}hunts`));
      return { store: new PostgresClueStore(db), close: () => db.$disconnect() };
    },
  ],
];
if (process.env.NEO4J_URL) {
  stores.push([
    'neo4j',
    () => {
      const store = new Neo4jClueStore({ url: process.env.NEO4J_URL!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
      return { store, close: () => store.close() };
    },
  ]);
}

/** `n` fresh ids in ascending order, so a test can say which of two is "smaller". */
const sortedIds = (n: number) => Array.from({ length: n }, () => randomUUID()).sort();

const clue = (huntId: string, id: string, name: string, extra: Partial<ClueNode> = {}): ClueNode => ({
  id, huntId, name, riddle: `riddle ${name}`, hint: null, lat: 48.85, lng: 2.35, radiusM: 25, start: false, treasure: false, ...extra,
});

/** A hunt in `store` from names and paths; returns name → id with ids ascending in the order of `names`. */
async function seed(store: ClueGraphStore, names: string[], paths: [string, string][], extra: Record<string, Partial<ClueNode>> = {}) {
  const huntId = randomUUID();
  const ids = sortedIds(names.length);
  const byName = Object.fromEntries(names.map((n, i) => [n, ids[i]!]));
  for (const n of names) await store.addClue(clue(huntId, byName[n]!, n, extra[n]));
  for (const [f, t] of paths) await store.connect(huntId, byName[f]!, byName[t]!);
  return { huntId, id: byName, name: Object.fromEntries(names.map((n) => [byName[n]!, n])) };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The reference: breadth-first distances to `to`, then the smallest-ids walk. */
function referencePath(paths: [string, string][], from: string, to: string): string[] | null {
  const into = new Map<string, string[]>();
  const out = new Map<string, string[]>();
  for (const [f, t] of paths) {
    into.set(t, [...(into.get(t) ?? []), f]);
    out.set(f, [...(out.get(f) ?? []), t]);
  }
  const dist = new Map([[to, 0]]);
  const queue = [to];
  while (queue.length) {
    const n = queue.shift()!;
    for (const p of into.get(n) ?? []) if (!dist.has(p)) (dist.set(p, dist.get(n)! + 1), queue.push(p));
  }
  return walkShortest(from, to, out, dist);
}

describe.each(stores)('clue-graph store contract: %s', (_kind, factory) => {
  let store: ClueGraphStore;
  let close: () => Promise<void>;
  beforeAll(() => ({ store, close } = factory()));
  afterAll(() => close());

  it('stores clues with their coordinates exactly, near the poles and the antimeridian too', async () => {
    const huntId = randomUUID();
    const [a, b, c] = sortedIds(3);
    await store.addClue(clue(huntId, c!, 'pole', { lat: 89.999999, lng: -179.999999, radiusM: 12.5, treasure: true, hint: 'cold' }));
    await store.addClue(clue(huntId, a!, 'fiji', { lat: -16.5, lng: 180, start: true }));
    await store.addClue(clue(huntId, b!, 'south', { lat: -90, lng: 0 }));
    const clues = await store.clues(huntId);
    expect(clues).toEqual([
      clue(huntId, a!, 'fiji', { lat: -16.5, lng: 180, start: true }),
      clue(huntId, b!, 'south', { lat: -90, lng: 0 }),
      clue(huntId, c!, 'pole', { lat: 89.999999, lng: -179.999999, radiusM: 12.5, treasure: true, hint: 'cold' }),
    ]);
    expect((await store.clues(huntId, [c!, a!])).map((x) => x.name)).toEqual(['fiji', 'pole']);
    expect(await store.clues(huntId, [randomUUID()])).toEqual([]);
    expect(await store.clues(randomUUID())).toEqual([]);
  });

  it('keeps paths per hunt; connecting twice is one path', async () => {
    const h = await seed(store, ['s', 'a', 't'], [['s', 'a'], ['a', 't'], ['s', 'a']], { s: { start: true }, t: { treasure: true } });
    const other = await seed(store, ['s', 't'], [['s', 't']]);
    const graph = await store.graph(h.huntId);
    expect(graph.clues.map((c) => c.name)).toEqual(['s', 'a', 't']);
    expect(graph.paths).toEqual([{ from: h.id.s, to: h.id.a }, { from: h.id.a, to: h.id.t }]);
    expect((await store.graph(other.huntId)).paths).toEqual([{ from: other.id.s, to: other.id.t }]);
  });

  it('next: the start clues first, then every unfound successor of what was found (branches, cycles)', async () => {
    const h = await seed(
      store,
      ['s1', 's2', 'a', 'b', 'c', 't'],
      [['s1', 'a'], ['s1', 'b'], ['s2', 'c'], ['a', 'b'], ['b', 'a'], ['b', 't'], ['c', 't']],
      { s1: { start: true }, s2: { start: true }, t: { treasure: true } },
    );
    const next = async (...found: string[]) => (await store.next(h.huntId, found.map((n) => h.id[n]!))).map((c) => c.name);
    expect(await next()).toEqual(['s1', 's2']);
    expect(await next('s1')).toEqual(['a', 'b']);
    expect(await next('s1', 'a')).toEqual(['b']);
    expect(await next('s1', 'a', 'b')).toEqual(['t']);
    expect(await next('s1', 's2')).toEqual(['a', 'b', 'c']);
    expect(await next('s1', 'a', 'b', 't')).toEqual([]);
  });

  it('shortestPath: fewest steps, smallest ids on a tie, null when unreachable, the clue itself from itself', async () => {
    const h = await seed(
      store,
      ['s', 'a', 'b', 'c', 'd', 't'],
      [['s', 'b'], ['s', 'a'], ['a', 't'], ['b', 't'], ['s', 'c'], ['c', 'd'], ['d', 't'], ['d', 'c']],
    );
    const path = async (f: string, t: string) => (await store.shortestPath(h.huntId, h.id[f]!, h.id[t]!))?.map((c) => c.name) ?? null;
    expect(await path('s', 't')).toEqual(['s', 'a', 't']);
    expect(await path('c', 't')).toEqual(['c', 'd', 't']);
    expect(await path('d', 'c')).toEqual(['d', 'c']);
    expect(await path('t', 's')).toBeNull();
    expect(await path('s', 's')).toEqual(['s']);
    const full = await store.shortestPath(h.huntId, h.id.s!, h.id.t!);
    expect(full![0]).toEqual(clue(h.huntId, h.id.s!, 's'));
  });

  it('shortestPath matches the reference on a random graph of 40 clues, for every pair', async () => {
    const random = prng(42);
    const names = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const paths: [string, string][] = [];
    for (const f of names) for (const t of names) if (f !== t && random() < 0.06) paths.push([f, t]);
    const h = await seed(store, names, paths);
    const idPaths = paths.map(([f, t]) => [h.id[f]!, h.id[t]!] as [string, string]);
    let reachable = 0;
    for (const f of names.slice(0, 8)) {
      for (const t of names) {
        const expected = referencePath(idPaths, h.id[f]!, h.id[t]!);
        const got = await store.shortestPath(h.huntId, h.id[f]!, h.id[t]!);
        expect(got?.map((c) => c.id) ?? null).toEqual(expected);
        if (expected && expected.length > 2) reachable++;
      }
    }
    expect(reachable).toBeGreaterThan(20); // the graph is not trivially disconnected
  });

  it('removeClue removes the clue and its paths, in its hunt only', async () => {
    const h = await seed(store, ['s', 'a', 't'], [['s', 'a'], ['a', 't'], ['s', 't']]);
    expect(await store.removeClue(randomUUID(), h.id.a!)).toBe(false);
    expect(await store.removeClue(h.huntId, h.id.a!)).toBe(true);
    expect(await store.removeClue(h.huntId, h.id.a!)).toBe(false);
    const graph = await store.graph(h.huntId);
    expect(graph.clues.map((c) => c.name)).toEqual(['s', 't']);
    expect(graph.paths).toEqual([{ from: h.id.s, to: h.id.t }]);
    await store.dropHunt(h.huntId);
    expect(await store.graph(h.huntId)).toEqual({ clues: [], paths: [] });
  });
});

// With both stores at hand, one graph (the same ids) in each must answer every question alike.
(stores.length > 1 ? describe : describe.skip)('clue-graph stores agree with each other', () => {
  let opened: ReturnType<Factory>[] = [];
  beforeAll(() => (opened = stores.map(([, factory]) => factory())));
  afterAll(() => Promise.all(opened.map((o) => o.close())));

  it('gives the same next clues and shortest paths on one random graph', async () => {
    const random = prng(7);
    const huntId = randomUUID();
    const ids = sortedIds(30);
    const paths: [string, string][] = [];
    for (const f of ids) for (const t of ids) if (f !== t && random() < 0.08) paths.push([f, t]);
    for (const { store } of opened) {
      for (const [i, id] of ids.entries()) await store.addClue(clue(huntId, id, `c${i}`, { start: i < 2, treasure: i === 29, lat: -89 + i * 6, lng: 179.5 - i * 12 }));
      for (const [f, t] of paths) await store.connect(huntId, f, t);
    }
    const answers = await Promise.all(
      opened.map(async ({ store }) => {
        const out: unknown[] = [await store.graph(huntId)];
        for (let k = 0; k < 10; k++) out.push(await store.next(huntId, ids.filter((_, i) => (i * 7 + k) % 5 === 0)));
        for (const f of ids.slice(0, 5)) for (const t of ids) out.push(await store.shortestPath(huntId, f, t));
        return out;
      }),
    );
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });
});
