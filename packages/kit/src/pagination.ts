import { randomBytes } from 'node:crypto';
import { badInput } from './errors.ts';

/** Opaque cursor for a string key (an id, a sequence number). */
export const encodeCursor = (key: string) => Buffer.from(`k:${key}`).toString('base64url');

/** The key inside a cursor; anything not made by encodeCursor, or not matching `pattern`, is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, pattern: RegExp = /^[\w.:-]{1,128}$/): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const key = decoded.startsWith('k:') ? decoded.slice(2) : '';
  if (!pattern.test(key)) throw badInput('Invalid cursor', { field: 'after' });
  return key;
}

/** Checks a page size against its bounds (BAD_USER_INPUT outside them). */
export function pageSize(first: number | null | undefined, { fallback = 50, max = 100 } = {}): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return size;
}

/** A connection from `rows` fetched with one extra row (to know whether another page exists). */
export function connection<T>(rows: T[], size: number, keyOf: (row: T) => string) {
  const page = rows.slice(0, size);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(keyOf(page.at(-1)!)) : null },
  };
}

/** A string id that sorts by creation time: prefix, milliseconds in base 36, then randomness. */
export const timeOrderedId = (prefix: string) => `${prefix}_${Date.now().toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
