// Deterministic randomness for the demo world: the same seed gives the same city on every start.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG, plenty for laying out a demo city (not for secrets). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes integers (a seed, grid indexes, a purpose tag) into a 32-bit seed, so each block or street
 * draws from its own stream: its shape does not depend on how many parcels came before it.
 */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** A stream of its own for the thing `parts` names. */
export const streamFor = (...parts: number[]): Random => mulberry32(hashSeed(...parts));

/** Uniform in [min, max). */
export const between = (rnd: Random, min: number, max: number) => min + rnd() * (max - min);
