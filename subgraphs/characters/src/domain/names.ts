import { RESERVED_NAMES, RESERVED_PREFIXES } from '../data/reserved-names.ts';

/**
 * Character name rules: 3-16 ASCII letters, with at most one apostrophe or hyphen between letters
 * (O'Brien, Anne-Lise), no letter three times in a row, not a reserved name or staff prefix.
 * Returns why a name is refused, or null when it is fine.
 */
export function nameProblem(name: string): string | null {
  if (name.length < 3 || name.length > 16) return 'Names have 3 to 16 characters';
  if (!/^[A-Za-z]+(['-][A-Za-z]+)?$/.test(name)) return "Names are letters, with at most one apostrophe or hyphen between letters";
  if (/([a-z])\1\1/i.test(name)) return 'Names never repeat a letter three times in a row';
  const lower = name.toLowerCase();
  const letters = lower.replace(/['-]/g, '');
  if (RESERVED_NAMES.includes(lower) || RESERVED_NAMES.includes(letters)) return 'This name is reserved';
  if (RESERVED_PREFIXES.some((p) => letters.startsWith(p))) return 'This name is reserved';
  return null;
}

/** How a valid name is stored: first letter upper case, as VoxelHeim shows names. */
export const normalizeName = (name: string) => name[0]!.toUpperCase() + name.slice(1);
