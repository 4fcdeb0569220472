import type { ClueGraph, ClueNode } from '../../src/domain/clue-graph.ts';
import { smallestPath, walkShortest } from '../../src/domain/clue-graph.ts';
import { graphProblems, reachableFrom } from '../../src/domain/graph-rules.ts';

const clue = (id: string, extra: Partial<ClueNode> = {}): ClueNode => ({
  id, huntId: 'h', name: `clue ${id}`, riddle: 'r', hint: null, lat: 0, lng: 0, radiusM: 30, start: false, treasure: false, ...extra,
});
const area = { center: { lat: 0, lng: 0 }, radiusM: 10_000 };
const graph = (clues: ClueNode[], paths: [string, string][]): ClueGraph => ({ clues, paths: paths.map(([from, to]) => ({ from, to })) });

describe('graphProblems', () => {
  const valid = graph([clue('a', { start: true }), clue('b'), clue('c'), clue('t', { treasure: true })], [['a', 'b'], ['a', 'c'], ['b', 't'], ['c', 't']]);

  it('accepts a branching graph whose treasure every start reaches', () => {
    expect(graphProblems(valid, area)).toEqual([]);
  });

  it('needs a start and a treasure', () => {
    const codes = graphProblems(graph([clue('a')], []), area).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['NO_START', 'NO_TREASURE']));
  });

  it('names an unreachable clue and an unreachable treasure', () => {
    const g = graph([clue('a', { start: true }), clue('x'), clue('t', { treasure: true })], [['x', 't']]);
    expect(graphProblems(g, area)).toEqual([
      { code: 'UNREACHABLE_TREASURE', message: 'Treasure "clue t" cannot be reached from any start clue', clueId: 't', clueName: 'clue t' },
      { code: 'UNREACHABLE_CLUE', message: 'Clue "clue x" cannot be reached from any start clue', clueId: 'x', clueName: 'clue x' },
    ].sort((p, q) => (p.clueId < q.clueId ? -1 : 1)));
  });

  it('names clues outside the play area or with invalid coordinates', () => {
    const g = graph([clue('a', { start: true }), clue('far', { lat: 1 }), clue('t', { treasure: true, lat: 91 })], [['a', 'far'], ['far', 't']]);
    expect(graphProblems(g, area).map((p) => [p.code, p.clueName])).toEqual([
      ['OUTSIDE_PLAY_AREA', 'clue far'],
      ['INVALID_COORDINATES', 'clue t'],
    ]);
  });

  it('measures the play area across the antimeridian', () => {
    const east = { center: { lat: 0, lng: 179.99 }, radiusM: 5_000 };
    const g = graph([clue('a', { start: true, lng: -179.99 }), clue('t', { treasure: true, lng: 179.995 })], [['a', 't']]);
    expect(graphProblems(g, east)).toEqual([]);
  });

  it('follows cycles without looping', () => {
    const g = graph([clue('a', { start: true }), clue('b'), clue('t', { treasure: true })], [['a', 'b'], ['b', 'a'], ['b', 't']]);
    expect([...reachableFrom(g, ['a'])].sort()).toEqual(['a', 'b', 't']);
    expect(graphProblems(g, area)).toEqual([]);
  });
});

describe('shortest-path tie-breaking (shared by both stores)', () => {
  it('smallestPath prefers fewer steps, then smaller ids element by element', () => {
    expect(smallestPath([['a', 'c', 'd'], ['a', 'b', 'd'], ['a', 'b', 'x', 'd']])).toEqual(['a', 'b', 'd']);
    expect(smallestPath([])).toBeNull();
  });

  it('walkShortest walks the smallest next id along shortest steps', () => {
    const successors = new Map([['a', ['c', 'b']], ['b', ['d']], ['c', ['d']]]);
    const toTarget = new Map([['a', 2], ['b', 1], ['c', 1], ['d', 0]]);
    expect(walkShortest('a', 'd', successors, toTarget)).toEqual(['a', 'b', 'd']);
    expect(walkShortest('z', 'd', successors, toTarget)).toBeNull();
  });
});
