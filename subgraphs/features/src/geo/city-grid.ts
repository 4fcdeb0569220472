// The demo city's street plan, in metres east (x) and north (y) of its centre: straight streets
// between columns and rows of blocks, a wider main avenue every few streets, and each block split
// into two rows of lots back to back, each row facing its street. Pure and deterministic: a
// block's shape depends only on the seed and its grid indexes.
import { between, streamFor, type Random } from './prng.ts';

/** [x, y] in metres east and north of the city's centre. */
export type XY = [number, number];

/** One lot: a future parcel, before it has a land use or a price. */
export interface Lot {
  /** Closed, counter-clockwise, simple: a rectangle, a trapezoid, or a pentagon with a cut corner. */
  outline: XY[];
  /** Faces a main avenue (shops go there). */
  onAvenue: boolean;
  /** At a street corner of its block. */
  corner: boolean;
}

/** A block between four streets, with its lots (each row west to east, the south row first). */
export interface Block {
  bx: number;
  by: number;
  /** Which ring around the centre block it is in; rings are filled in order. */
  ring: number;
  /** The block's centre. */
  centre: XY;
  lots: Lot[];
}

const STREET = 16;
const AVENUE = 36;
const AVENUE_EVERY_COLUMNS = 5; // about every 1.2 km east-west
const AVENUE_EVERY_ROWS = 8; // about every 1 km north-south
/** Rows per ring: blocks are about twice as wide as deep, so rings stay roughly square. */
const ROWS_PER_COLUMN = 2;
/** Most a lot's side boundary leans east (going north). Under a quarter of the narrowest lot (20 m):
 *  the middle of a lot's bounding box never reaches a neighbour. */
const MAX_LEAN = 4;

// Stream tags, so columns, rows and blocks never share random numbers.
const COLUMN = 1;
const ROW = 2;
const BLOCK = 3;

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** Lot widths along the street: small lots downtown, larger ones farther out. */
function lotWidths(distance: number): [min: number, max: number] {
  if (distance < 1_000) return [20, 45];
  if (distance < 2_500) return [25, 60];
  return [35, 80];
}

/** The city's street plan for one seed; remembers street positions as the city grows. */
export class CityGrid {
  private readonly columns = new Map<number, number>(); // column index → west edge
  private readonly rows = new Map<number, number>(); // row index → south edge

  constructor(private readonly seed: number) {}

  /** Blocks ring by ring outward from the centre, without end: the caller stops when it has enough. */
  *blocks(): Generator<Block> {
    yield this.block(0, 0);
    for (let k = 1; ; k++) {
      const rows = ROWS_PER_COLUMN * k;
      const inner = rows - ROWS_PER_COLUMN; // rows of the rings inside this one
      for (let bx = -k; bx <= k; bx++) {
        const edgeColumn = Math.abs(bx) === k;
        for (let by = -rows; by <= rows; by++) {
          if (!edgeColumn && Math.abs(by) <= inner) {
            by = inner; // jump over the inner rings to this ring's northern rows
            continue;
          }
          yield this.block(bx, by);
        }
      }
    }
  }

  /** The ring a block belongs to. */
  ringOf(bx: number, by: number): number {
    return Math.max(Math.abs(bx), Math.ceil(Math.abs(by) / ROWS_PER_COLUMN));
  }

  /** Distance from the centre to the nearest outer edge of rings 0..k: how far the city reaches. */
  reach(k: number): number {
    const rows = ROWS_PER_COLUMN * k;
    return Math.min(-this.west(-k), this.west(k) + this.width(k), -this.south(-rows), this.south(rows) + this.height(rows));
  }

  /** The block at column bx, row by, split into its lots. */
  block(bx: number, by: number): Block {
    const x0 = this.west(bx);
    const x1 = x0 + this.width(bx);
    const y0 = this.south(by);
    const y1 = y0 + this.height(by);
    const rnd = streamFor(this.seed, BLOCK, bx, by);
    const centre: XY = [(x0 + x1) / 2, (y0 + y1) / 2];
    const [minWidth, maxWidth] = lotWidths(Math.hypot(...centre));
    const ym = y0 + (y1 - y0) * between(rnd, 0.4, 0.6);
    // Cut corners (Tehran's chamfered street corners) on the south-west, south-east and north-west
    // corners; never the north-east one, so every lot's bounding-box north-east corner is its own.
    const cut = () => (rnd() < 0.5 ? between(rnd, 4, 8) : 0);
    const [sw, se, nw] = [cut(), cut(), cut()];
    const lots = [
      ...this.row(rnd, x0, x1, y0, ym, minWidth, maxWidth, { sw, se, nw: 0 }, this.avenueSouthOf(by), [this.avenueWestOf(bx), this.avenueWestOf(bx + 1)]),
      ...this.row(rnd, x0, x1, ym, y1, minWidth, maxWidth, { sw: 0, se: 0, nw }, this.avenueSouthOf(by + 1), [this.avenueWestOf(bx), this.avenueWestOf(bx + 1)]),
    ];
    return { bx, by, ring: this.ringOf(bx, by), centre, lots };
  }

  /** One row of lots between ya and yb, split west to east by boundaries leaning a little east. */
  private row(
    rnd: Random,
    x0: number,
    x1: number,
    ya: number,
    yb: number,
    minWidth: number,
    maxWidth: number,
    cuts: { sw: number; se: number; nw: number },
    facesAvenue: boolean,
    [avenueWest, avenueEast]: [boolean, boolean],
  ): Lot[] {
    // Each boundary k runs from (south[k], ya) to (north[k], yb).
    const south = [x0];
    const north = [x0];
    let left = x1 - x0;
    while (left > maxWidth) {
      const width = between(rnd, minWidth, Math.min(maxWidth, left - minWidth));
      const at = south.at(-1)! + width;
      south.push(at);
      north.push(at + (rnd() < 0.4 ? between(rnd, 1, MAX_LEAN) : 0));
      left -= width;
    }
    south.push(x1);
    north.push(x1);
    const n = south.length - 1;
    const lots: Lot[] = [];
    for (let k = 0; k < n; k++) {
      const first = k === 0;
      const last = k === n - 1;
      const sw = first ? cuts.sw : 0;
      const se = last ? cuts.se : 0;
      const nw = first ? cuts.nw : 0;
      const outline: XY[] = [];
      if (sw) outline.push([x0 + sw, ya]);
      else outline.push([south[k]!, ya]);
      if (se) outline.push([x1 - se, ya], [x1, ya + se]);
      else outline.push([south[k + 1]!, ya]);
      outline.push([north[k + 1]!, yb]);
      if (nw) outline.push([x0 + nw, yb], [x0, yb - nw]);
      else outline.push([north[k]!, yb]);
      if (sw) outline.push([x0, ya + sw]);
      outline.push([outline[0]![0], outline[0]![1]]);
      lots.push({ outline, onAvenue: facesAvenue || (first && avenueWest) || (last && avenueEast), corner: first || last });
    }
    return lots;
  }

  private width(i: number): number {
    return 170 + 70 * streamFor(this.seed, COLUMN, i)();
  }

  private height(j: number): number {
    return 80 + 50 * streamFor(this.seed, ROW, j)();
  }

  /** Is the street along the west side of column i a main avenue? */
  private avenueWestOf(i: number): boolean {
    return mod(i, AVENUE_EVERY_COLUMNS) === 0;
  }

  /** Is the street along the south side of row j a main avenue? */
  private avenueSouthOf(j: number): boolean {
    return mod(j, AVENUE_EVERY_ROWS) === 0;
  }

  /** The x of column i's west edge; column 0 is centred on the origin. */
  private west(i: number): number {
    return edge(this.columns, i, -this.width(0) / 2, (k) => this.width(k), (k) => (this.avenueWestOf(k) ? AVENUE : STREET));
  }

  /** The y of row j's south edge; row 0 is centred on the origin. */
  private south(j: number): number {
    return edge(this.rows, j, -this.height(0) / 2, (k) => this.height(k), (k) => (this.avenueSouthOf(k) ? AVENUE : STREET));
  }
}

/**
 * Where strip i starts, strips laid side by side from strip 0 (starting at `start0`), each `size(k)`
 * wide with a street of `gap(k)` before strip k. Memoised in `known`, filled outward as needed.
 */
function edge(known: Map<number, number>, i: number, start0: number, size: (k: number) => number, gap: (k: number) => number): number {
  const cached = known.get(i);
  if (cached !== undefined) return cached;
  if (!known.has(0)) known.set(0, start0);
  const step = i > 0 ? 1 : -1;
  let k = 0;
  while (known.has(k + step) && k !== i) k += step;
  let at = known.get(k)!;
  while (k !== i) {
    at = step > 0 ? at + size(k) + gap(k + 1) : at - gap(k) - size(k - 1);
    k += step;
    known.set(k, at);
  }
  return at;
}
