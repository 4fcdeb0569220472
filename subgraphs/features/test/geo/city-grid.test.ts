import { CityGrid, type Block, type XY } from '../../src/geo/city-grid.ts';
import { hashSeed, mulberry32 } from '../../src/geo/prng.ts';

/** Shoelace area in m² of a closed ring. */
const area = (ring: XY[]) => ring.slice(0, -1).reduce((sum, [x0, y0], i) => sum + x0 * ring[i + 1]![1] - ring[i + 1]![0] * y0, 0) / 2;
const bounds = (block: Block) => {
  const xs = block.lots.flatMap((l) => l.outline.map((p) => p[0]));
  const ys = block.lots.flatMap((l) => l.outline.map((p) => p[1]));
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

describe('the seeded PRNG', () => {
  it('repeats for a seed, stays in [0, 1), and differs between seeds and streams', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 1_000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1_000 }, () => b()));
    expect(draws.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
    expect(hashSeed(1, 3, 0, 1)).not.toBe(hashSeed(1, 3, 1, 0));
  });
});

describe('the city grid', () => {
  const grid = new CityGrid(1);

  it('visits each block once, ring by ring outward', () => {
    const seen = new Set<string>();
    let previousRing = 0;
    let visited = 0;
    for (const block of grid.blocks()) {
      if (block.ring > 4) break;
      visited++;
      expect(block.ring).toBeGreaterThanOrEqual(previousRing);
      expect(block.ring).toBe(Math.max(Math.abs(block.bx), Math.ceil(Math.abs(block.by) / 2)));
      previousRing = block.ring;
      seen.add(`${block.bx},${block.by}`);
    }
    expect(seen.size).toBe(visited);
    expect(visited).toBe(9 * 17); // columns -4..4, rows -8..8
  });

  it('tiles each block with its lots, cut street corners aside', () => {
    for (const [bx, by] of [[0, 0], [3, -5], [-7, 12], [20, 1]] as const) {
      const block = grid.block(bx, by);
      const { x0, x1, y0, y1 } = bounds(block);
      const lots = block.lots.reduce((sum, lot) => sum + area(lot.outline), 0);
      const cuts = block.lots.filter((lot) => lot.outline.length === 6).length;
      expect(lots).toBeLessThanOrEqual((x1 - x0) * (y1 - y0) + 1e-6);
      expect(lots).toBeGreaterThan((x1 - x0) * (y1 - y0) - cuts * 32.01); // a cut takes at most 8 × 8 / 2 m²
      expect(block.lots.every((lot) => area(lot.outline) > 0)).toBe(true); // counter-clockwise
    }
  });

  it('leaves a street or an avenue between neighbouring blocks', () => {
    const gaps = new Set<number>();
    for (let bx = -6; bx < 6; bx++) {
      gaps.add(Math.round(bounds(grid.block(bx + 1, 0)).x0 - bounds(grid.block(bx, 0)).x1));
      gaps.add(Math.round(bounds(grid.block(0, 2 * bx + 1)).y0 - bounds(grid.block(0, 2 * bx)).y1));
    }
    expect([...gaps].sort()).toEqual([16, 36]);
  });

  it('lines up the blocks of a column and of a row: the streets are straight', () => {
    const a = bounds(grid.block(2, -9));
    const b = bounds(grid.block(2, 14));
    expect([a.x0, a.x1]).toEqual([b.x0, b.x1]);
    const c = bounds(grid.block(-11, 3));
    const d = bounds(grid.block(8, 3));
    expect([c.y0, c.y1]).toEqual([d.y0, d.y1]);
  });

  it('gives the same block whatever was asked for before', () => {
    const fresh = new CityGrid(1);
    expect(fresh.block(-7, 12)).toEqual(grid.block(-7, 12));
    expect(new CityGrid(2).block(-7, 12)).not.toEqual(grid.block(-7, 12));
  });
});
