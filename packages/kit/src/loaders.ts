import DataLoader from 'dataloader';

/** Options of keyedLoader and groupedLoader. */
export interface LoaderOptions<K> {
  /**
   * The keys that can name a row (`isUuid` for a uuid column). The others resolve to null (or [])
   * without reaching the query: one malformed id in a batch (an entity representation, an id another
   * context passed on from its client) would otherwise fail the whole statement, and with it every
   * other key of the batch, as an internal error.
   */
  only?: (key: K) => boolean;
}

/** The keys `fetch` may be given: all of them, or those `only` accepts (no query at all when none is). */
function fetchable<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, only?: (key: K) => boolean) {
  if (!only) return fetch;
  return (keys: readonly K[]) => {
    const kept = keys.filter(only);
    return kept.length ? fetch(kept) : Promise.resolve([]);
  };
}

/**
 * A per-request DataLoader over a batch query that returns rows in any order: rows are matched
 * back to their keys by `keyOf`, and a key with no row resolves to null.
 */
export function keyedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, options: LoaderOptions<K> = {}): DataLoader<K, V | null> {
  const load = fetchable(fetch, options.only);
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like keyedLoader, for one-to-many: every key resolves to the (possibly empty) list of its rows. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, options: LoaderOptions<K> = {}): DataLoader<K, V[]> {
  const load = fetchable(fetch, options.only);
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of await load(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
